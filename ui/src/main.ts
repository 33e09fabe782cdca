import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

// Whether the last thing used was the keyboard or a pointer, for focus rings
// the browser's own :focus-visible misses (WebKit does not count a radio that
// an arrow key moved to as focus-visible). See `.chip` in app.css.
const root = document.documentElement;
addEventListener('keydown', () => (root.dataset.input = 'keyboard'), true);
addEventListener('pointerdown', () => (root.dataset.input = 'pointer'), true);

const target = document.getElementById('app');
if (!target) throw new Error('The page is missing its #app element.');

export default mount(App, { target });
