import { afterEach, expect, test } from 'vitest';
import { render } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import VirtualList from './VirtualList.svelte';

interface Item {
  id: string;
}

const original = Element.prototype.getBoundingClientRect;
afterEach(() => {
  Element.prototype.getBoundingClientRect = original;
  document.body.innerHTML = '';
});

/** A scrolling box whose list starts at its top; jsdom does no layout, so positions are computed here. */
function scroller() {
  const box = document.createElement('div');
  box.style.overflowY = 'auto';
  document.body.append(box);
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const top = this.classList.contains('virtual') ? -box.scrollTop : 0;
    return { top, bottom: top, left: 0, right: 0, width: 0, height: 0, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  return box;
}

const items = (ids: string[]): Item[] => ids.map((id) => ({ id }));
const row = createRawSnippet<[Item, number]>((item) => ({ render: () => `<p>${item().id}</p>` }));
const base = { key: (i: Item) => i.id, estimate: 50, gap: 0, label: 'List', row };

test('entries added on top keep the entry the reader was looking at in the same place', async () => {
  const box = scroller();
  const { rerender } = render(VirtualList<Item>, { target: box, props: { ...base, items: items(['c', 'b', 'a']) } });
  box.scrollTop = 70; // 20 px into the second row, "b"
  box.dispatchEvent(new Event('scroll'));
  await tick();
  await rerender({ ...base, items: items(['e', 'd', 'c', 'b', 'a']) });
  await tick();
  expect(box.scrollTop, 'scrolled down by the two new rows, so "b" has not moved on screen').toBe(170);
});

test('at the top of the list, new entries simply appear above', async () => {
  const box = scroller();
  const { rerender } = render(VirtualList<Item>, { target: box, props: { ...base, items: items(['b', 'a']) } });
  box.dispatchEvent(new Event('scroll'));
  await rerender({ ...base, items: items(['c', 'b', 'a']) });
  await tick();
  expect(box.scrollTop, 'the reader sees the newest entry arrive').toBe(0);
});
