// The catalogues agree: every language has every key the English one has and
// no other, each message takes the same variables in every language, every key
// the screens ask for exists, and no key is left unused.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FluentResource } from '@fluent/bundle';
import { catalogue, LANGUAGES } from './i18n.svelte';

const SRC = resolve(__dirname, '../..');

/** Each message of a catalogue (and attribute, as `key.attr`) with the variables it uses. */
function messages(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const resource = new FluentResource(text);
  // Read the source once more for the variables: the parsed form is internal to the library.
  const blocks = text.split(/\n(?=[a-z][a-z0-9-]* =)/);
  const vars = new Map<string, Set<string>>();
  for (const b of blocks) {
    const key = /^([a-z][a-z0-9-]*) =/.exec(b.trimStart())?.[1];
    if (key) vars.set(key, new Set([...b.matchAll(/\{\s*\$([a-zA-Z0-9_-]+)/g)].map((m) => m[1] as string)));
  }
  for (const entry of resource.body) {
    if (!('id' in entry) || entry.id.startsWith('-')) continue;
    out.set(entry.id, vars.get(entry.id) ?? new Set());
    for (const attr of Object.keys(entry.attributes ?? {})) out.set(`${entry.id}.${attr}`, new Set());
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // The generated wrappers and types hold no words of ours; call.ts does.
    if (path.includes(`${join('lib', 'api')}`) && name !== 'call.ts') return [];
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const sources = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await catalogue(l)] as const)));
const english = messages(sources.en ?? '');
const code = sourceFiles(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const own = messages(sources[language] ?? '');
  test('has every English key and no other', () => {
    expect([...english.keys()].filter((k) => !own.has(k)), 'missing').toEqual([]);
    expect([...own.keys()].filter((k) => !english.has(k)), 'not in English').toEqual([]);
  });
  test('uses the same variables as English in every message', () => {
    const differ = [...english].filter(([k, v]) => {
      const theirs = own.get(k);
      return theirs && [...v].sort().join() !== [...theirs].sort().join();
    });
    expect(differ.map(([k]) => k)).toEqual([]);
  });
});

test('every key the screens ask for is in the English catalogue', () => {
  const asked = [...code.matchAll(/\bt(?:Attr)?\(\s*'([a-z][a-z0-9-]*)'/g)].map((m) => m[1] as string);
  expect(asked.length).toBeGreaterThan(50);
  expect([...new Set(asked)].filter((k) => !english.has(k))).toEqual([]);
});

test('no key is left unused', () => {
  // Keys asked for by a computed name (`language-${l}`) count by their prefix.
  const prefixes = [...code.matchAll(/`([a-z][a-z0-9-]*-)\$\{/g)].map((m) => m[1] as string);
  const unused = [...english.keys()]
    .map((k) => k.split('.')[0] as string)
    .filter((k) => !code.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
  expect([...new Set(unused)]).toEqual([]);
});
