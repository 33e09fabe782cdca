// Every word a screen shows comes from the catalogues: no English left in the
// markup as text, in an attribute a person reads or hears (alt, title,
// placeholder, aria-label, label), or as a little literal tacked on in a
// template (`' (me)'`, `' · reading…'`). Names, protocols and commands that
// are the same in every language are listed as such.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = resolve(__dirname, '../..');

/** Written the same in every language: the product, protocols, commands, placeholders of codes and addresses. */
const SAME_EVERYWHERE = /^((Ctrl|Shift|Alt)(\+\S+)+|Casebook|PDF ·|-----BEGIN CERTIFICATE-----|TLS|STARTTLS|casebook sla due --calendar FILE|--db PATH|CASEBOOK_DB|postgres:\/\/.*|casebook1\.…|cbkey1\.…)$/;

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return name.endsWith('.svelte') ? [path] : [];
  });
}

/** The markup of a component: without its script and style blocks, comments and {…} expressions (nested ones too). */
function markup(source: string): string {
  const html = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  let out = '';
  let depth = 0;
  for (const ch of html) {
    if (ch === '{') depth++;
    if (depth === 0) out += ch;
    else if (ch === '}' && --depth === 0) out += '{}';
  }
  return out;
}

/** The literals inside a component's {…} expressions, where `' (me)'` hides. */
function expressions(source: string): string[] {
  const html = source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '');
  const found: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of html) {
    if (ch === '{') depth++;
    if (depth > 0) current += ch;
    if (ch === '}' && depth > 0 && --depth === 0) {
      found.push(current);
      current = '';
    }
  }
  return found;
}

test('no screen shows words that are not from the catalogues', () => {
  const found: string[] = [];
  for (const file of svelteFiles(SRC)) {
    const where = relative(SRC, file);
    const html = markup(readFileSync(file, 'utf8'));
    // Text between tags, outside {…}.
    for (const m of html.matchAll(/>([^<>]+)</g)) {
      const text = (m[1] ?? '').replace(/&[a-z]+;/g, ' ').replace(/\{\}/g, ' ').replace(/\s+/g, ' ').trim();
      if (/\p{L}{2,}/u.test(text) && !SAME_EVERYWHERE.test(text)) found.push(`${where}: text “${text}”`);
    }
    // Attributes read or heard, written as literal words.
    for (const m of html.matchAll(/\s(alt|title|placeholder|aria-label|label)="([^"{]*\p{L}{2,}[^"]*)"/gu)) {
      if (!SAME_EVERYWHERE.test(m[2] ?? '')) found.push(`${where}: ${m[1]}="${m[2]}"`);
    }
    // A literal tacked on to something shown: ' (me)', ' · reading…'.
    for (const e of expressions(readFileSync(file, 'utf8'))) {
      for (const m of e.matchAll(/'\s*[(·]\s*\p{L}{2,}[^']*'/gu)) found.push(`${where}: ${m[0]}`);
    }
  }
  expect(found, 'every word shown comes from locales/<lang>/ui.ftl').toEqual([]);
});
