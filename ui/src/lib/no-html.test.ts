// Customer text is shown as text. `{@html}` would turn a pasted `<img onerror>`
// into live markup, so it is banned from every component.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : [],
  );
}

test('no component renders text as HTML', () => {
  const root = join(import.meta.dirname, '..');
  const files = svelteFiles(root);
  expect(files.length, 'the scan found the components').toBeGreaterThan(5);
  const offenders = files.filter((f) => /\{@html|innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(f, 'utf8')));
  expect(offenders, 'these files render raw HTML').toEqual([]);
});
