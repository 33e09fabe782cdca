import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { prefetchQueue } from './features/cases/firstPage';

// The app's script is loaded and its modules evaluated (imports run before
// this line): read by tests/perf/startup.mjs.
performance.mark('casebook:script');
// A start shows the queue: its first page is asked for now, beside the desk's
// own start-up calls, not after them.
prefetchQueue();

// Whether the last thing used was the keyboard or a pointer, for focus rings
// the browser's own :focus-visible misses (WebKit does not count a radio that
// an arrow key moved to as focus-visible). See `.chip` in app.css.
const root = document.documentElement;
addEventListener('keydown', () => (root.dataset.input = 'keyboard'), true);
addEventListener('pointerdown', () => (root.dataset.input = 'pointer'), true);

// A file dropped anywhere but on a form that takes files (the composer, a new
// case) is refused: the web view would otherwise open it itself.
const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
addEventListener('dragover', (e) => {
  if (!carriesFiles(e) || e.defaultPrevented) return;
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'none';
});
addEventListener('drop', (e) => {
  if (carriesFiles(e)) e.preventDefault();
});

const target = document.getElementById('app');
if (!target) throw new Error('The page is missing its #app element.');

export default mount(App, { target });
