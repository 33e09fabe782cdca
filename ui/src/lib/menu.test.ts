import { expect, test } from 'vitest';
import { menuItems, onMenuKey } from './menu';

function menu(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = ['One', 'Two', 'Three'].map((n) => `<button role="menuitem">${n}</button>`).join('');
  document.body.replaceChildren(root);
  return root;
}

const press = (key: string) => new KeyboardEvent('keydown', { key, cancelable: true });

test('arrows move round the items, Home and End go to either end', () => {
  const m = menu();
  const [one, two, three] = menuItems(m);
  one!.focus();
  onMenuKey(press('ArrowDown'), m, () => {});
  expect(document.activeElement, '↓ moves to the next item').toBe(two);
  onMenuKey(press('End'), m, () => {});
  expect(document.activeElement).toBe(three);
  onMenuKey(press('ArrowDown'), m, () => {});
  expect(document.activeElement, '↓ on the last item comes round to the first').toBe(one);
  onMenuKey(press('ArrowUp'), m, () => {});
  expect(document.activeElement, '↑ on the first item goes to the last').toBe(three);
  onMenuKey(press('Home'), m, () => {});
  expect(document.activeElement).toBe(one);
});

test('Escape closes and gives focus back; Tab closes and lets focus move on', () => {
  const m = menu();
  const closed: boolean[] = [];
  const escape = press('Escape');
  onMenuKey(escape, m, (back) => closed.push(back));
  expect(escape.defaultPrevented, 'Escape is the menu’s, not the page’s').toBe(true);
  const tab = press('Tab');
  onMenuKey(tab, m, (back) => closed.push(back));
  expect(tab.defaultPrevented, 'Tab still moves focus').toBe(false);
  expect(closed).toEqual([true, false]);
  onMenuKey(press('x'), m, (back) => closed.push(back));
  expect(closed, 'other keys leave the menu open').toEqual([true, false]);
});
