import { describe, expect, test } from 'vitest';
import { ago, duration, initials, splitList, when } from './format';

describe('duration', () => {
  test('reads like a person would say it', () => {
    expect(duration(30_000), 'under a minute is not "0 min"').toBe('under a minute');
    expect(duration(4 * 60_000)).toBe('4 min');
    expect(duration(2 * 3_600_000 + 10 * 60_000)).toBe('2 h 10 min');
    expect(duration(3 * 3_600_000), 'whole hours drop the minutes').toBe('3 h');
    expect(duration(26 * 3_600_000)).toBe('1 day');
    expect(duration(3 * 86_400_000)).toBe('3 days');
  });

  test('a clock slightly ahead never shows a negative wait', () => {
    expect(duration(-5_000)).toBe('under a minute');
  });
});

describe('when', () => {
  const now = new Date(2026, 10, 20, 15, 0).getTime();
  test('today and yesterday are named', () => {
    expect(when(new Date(2026, 10, 20, 9, 5).toISOString(), now)).toMatch(/^Today /);
    expect(when(new Date(2026, 10, 19, 23, 59).toISOString(), now)).toMatch(/^Yesterday /);
  });
  test('older dates show the date, and the year only when it differs', () => {
    expect(when(new Date(2026, 9, 3, 10, 0).toISOString(), now)).not.toMatch(/2026/);
    expect(when(new Date(2025, 9, 3, 10, 0).toISOString(), now)).toMatch(/2025/);
  });
});

test('initials for the staff avatars', () => {
  expect(initials('Chloé Martin')).toBe('CM');
  expect(initials('Ana')).toBe('A');
  expect(initials('  ')).toBe('?');
});

test('lists typed as lines or with commas', () => {
  expect(splitList('06 1234 5678\n 020 555 0101 ,,')).toEqual(['06 1234 5678', '020 555 0101']);
});

test('handled things are told roughly: the minutes no longer matter', () => {
  const now = Date.parse('2026-11-20T15:00:00Z');
  expect(ago('2026-11-19T20:40:00Z', now)).toBe('18 h ago');
  expect(ago('2026-11-20T14:48:00Z', now)).toBe('12 min ago');
  expect(ago('2026-11-17T15:00:00Z', now)).toBe('3 days ago');
});

test('one clock style everywhere: 24-hour', () => {
  const now = new Date(2026, 10, 20, 15, 0).getTime();
  expect(when(new Date(2026, 10, 20, 14, 6).toISOString(), now)).toBe('Today 14:06');
});

test('a time typed in the shop time zone becomes the right instant, across DST', async () => {
  const { shopInstant, shopParts } = await import('./format');
  expect(shopInstant('2026-11-27', '12:00', 'Europe/Amsterdam')).toBe('2026-11-27T11:00:00.000Z');
  expect(shopInstant('2026-07-03', '12:00', 'Europe/Amsterdam'), 'summer time').toBe('2026-07-03T10:00:00.000Z');
  expect(shopInstant('2026-03-08', '09:00', 'America/New_York'), 'the day New York springs forward').toBe('2026-03-08T13:00:00.000Z');
  expect(shopInstant('27/11/2026', '12:00', 'UTC'), 'a malformed date is no time at all').toBeNull();
  expect(shopParts(Date.parse('2026-11-27T11:00:00Z'), 'Europe/Amsterdam')).toEqual(['2026-11-27', '12:00']);
});

describe('dateTime and shopDay', () => {
  test('a date is written out, never "today"', async () => {
    const { dateTime } = await import('./format');
    const now = new Date(2026, 10, 3, 15, 0).getTime();
    expect(dateTime(new Date(2026, 10, 3, 14, 5).toISOString(), now)).toBe('Tue 3 Nov 14:05');
    expect(dateTime(new Date(2025, 10, 3, 14, 5).toISOString(), now), 'another year says which').toBe('Mon 3 Nov 2025 14:05');
  });

  test('a day in the shop is said as in a sentence', async () => {
    const { shopDay } = await import('./format');
    const now = Date.parse('2026-11-30T09:00:00Z');
    const tz = 'Europe/Amsterdam';
    expect(shopDay('2026-11-30T16:00:00Z', tz, now)).toBe('today');
    expect(shopDay('2026-12-01T11:00:00Z', tz, now)).toBe('tomorrow');
    expect(shopDay('2026-12-03T11:00:00Z', tz, now)).toBe('Thursday');
    expect(shopDay('2026-12-25T11:00:00Z', tz, now)).toBe('Friday 25 December');
  });
});

describe('a moment inside a sentence', () => {
  const now = new Date(2026, 10, 20, 15, 0).getTime();
  test.each([
    ['en', 'today', 'yesterday'],
    ['nl', 'vandaag', 'gisteren'],
    ['de', 'heute', 'gestern'],
    ['fr', 'aujourd’hui', 'hier'],
    ['es', 'hoy', 'ayer'],
  ] as const)('in %s, the day word is lower case mid-sentence', async (language, today, yesterday) => {
    const { i18n } = await import('./i18n/i18n.svelte');
    const { whenInSentence } = await import('./format');
    const { HOME } = await import('./i18n/locale');
    await i18n.use({ language, region: HOME[language] ?? '' });
    try {
      expect(whenInSentence(new Date(2026, 10, 20, 4, 59).toISOString(), now), '"opened today 04:59", never "opened Today"').toMatch(
        new RegExp(`^${today} 04:59$`),
      );
      expect(whenInSentence(new Date(2026, 10, 19, 9, 0).toISOString(), now), 'yesterday too').toMatch(new RegExp(`^${yesterday} 09:00$`));
    } finally {
      await i18n.use({ language: 'en', region: 'en-GB' });
    }
  });

  test('no screen puts the standalone form ("Today 14:05") inside a message', async () => {
    const { readFileSync, readdirSync, statSync } = await import('node:fs');
    const { join, resolve } = await import('node:path');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return walk(path);
        return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
      });
    const offenders = walk(resolve(__dirname, '..')).filter((f) =>
      // A message's variable given `when(…)`: `t('case-opened-at', { when: when(…) })`.
      /\bt\(\s*'[a-z0-9-]+',\s*\{[^}]*:\s*when\(/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders, 'a moment going into a sentence uses whenInSentence, so the day word is lower case').toEqual([]);
  });
});
