import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { addMessages, i18n, loadLanguage, t } from './i18n.svelte';
import { firstDayOfWeek, weekOrder } from './weeks';
import { ago, dayMonth, duration, longDate, minutes, shortDate, when } from '../format';
import WeekHoursEditor from '../../features/hours/WeekHoursEditor.svelte';
import type { CalendarSpec } from '../api';

afterEach(() => i18n.set({ language: 'en', region: 'GB' }));

const calendar: CalendarSpec = {
  time_zone: 'Europe/Amsterdam',
  week: { monday: [{ start: '09:00', end: '17:30' }], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] },
  holidays: [],
};

test('a language is fetched the first time it is chosen; English shows meanwhile, never a raw key', async () => {
  i18n.set({ language: 'es', region: 'es-ES' });
  expect(t('common-cancel')).toBe('Cancel');
  await loadLanguage('es');
  expect(t('common-cancel')).toBe('Cancelar');
});

test('switching to Dutch re-renders a screen in Dutch at once, and back', async () => {
  const { getByText, queryByText, getByTestId } = render(WeekHoursEditor, { calendar, zones: ['Europe/Amsterdam'] });
  expect(getByText('Opening hours')).toBeTruthy();
  expect(getByTestId('day-monday').textContent).toContain('Monday');

  await i18n.use({ language: 'nl', region: 'NL' });
  flushSync();
  expect(getByText('Openingstijden')).toBeTruthy();
  expect(queryByText('Opening hours')).toBeNull();
  expect(getByTestId('day-monday').textContent).toContain('maandag');
  expect(getByTestId('day-tuesday').textContent).toContain('Gesloten');

  i18n.set({ language: 'en', region: 'GB' });
  flushSync();
  expect(getByText('Opening hours')).toBeTruthy();
});

describe('Dutch dates', () => {
  test('"ma 2 nov" and "1 november 2026"', async () => {
    await i18n.use({ language: 'nl', region: 'NL' });
    expect(shortDate(new Date(2026, 10, 2, 12))).toBe('ma 2 nov');
    expect(longDate('2026-11-01')).toBe('1 november 2026');
    expect(dayMonth('2026-11-02')).toBe('2 nov');
  });

  test('today, yesterday and older dates in words of the language', async () => {
    const now = new Date(2026, 10, 20, 15, 0).getTime();
    await i18n.use({ language: 'nl', region: 'NL' });
    expect(when(new Date(2026, 10, 20, 9, 5).toISOString(), now)).toBe('Vandaag 09:05');
    expect(when(new Date(2026, 10, 19, 23, 59).toISOString(), now)).toBe('Gisteren 23:59');
    expect(when(new Date(2026, 10, 2, 14, 5).toISOString(), now)).toBe('ma 2 nov 14:05');
    await i18n.use({ language: 'de', region: 'DE' });
    expect(when(new Date(2026, 10, 20, 9, 5).toISOString(), now)).toBe('Heute 09:05');
  });

  test('the week starts on Monday in the Netherlands and on Sunday in the US', () => {
    expect(firstDayOfWeek('nl-NL')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(weekOrder('nl-NL')[0]).toBe(1);
    expect(weekOrder('en-US')[0]).toBe(0);
  });
});

describe('durations and plurals', () => {
  test('in English', () => {
    expect(minutes(80)).toBe('1 h 20 min');
    expect(duration(26 * 3_600_000)).toBe('1 day');
    expect(duration(3 * 86_400_000)).toBe('3 days');
    expect(ago(new Date(Date.now() - 5 * 60_000).toISOString(), Date.now())).toBe('5 min ago');
  });

  test('in Dutch and German, with numbers in the region’s style', async () => {
    await i18n.use({ language: 'nl', region: 'NL' });
    expect(minutes(80)).toBe('1 u 20 min');
    expect(duration(26 * 3_600_000)).toBe('1 dag');
    expect(duration(3 * 86_400_000)).toBe('3 dagen');
    expect(duration(1500 * 86_400_000)).toBe('1.500 dagen');
    expect(ago(new Date(Date.now() - 5 * 60_000).toISOString(), Date.now())).toBe('5 min geleden');
    await i18n.use({ language: 'de', region: 'DE' });
    expect(minutes(80)).toBe('1 Std. 20 Min.');
    expect(duration(3 * 86_400_000)).toBe('3 Tage');
    expect(ago(new Date(Date.now() - 5 * 60_000).toISOString(), Date.now())).toBe('vor 5 Min.');
  });

  test('plural forms come from the language’s own rules', async () => {
    await i18n.use({ language: 'fr', region: 'FR' });
    expect(t('hours-holidays-added', { count: 1 })).toMatch(/^1 jour férié ajouté/);
    expect(t('hours-holidays-added', { count: 2 })).toMatch(/^2 jours fériés ajoutés/);
    await i18n.use({ language: 'es', region: 'ES' });
    expect(t('common-duration-days', { days: 1 })).toBe('1 día');
    expect(t('common-duration-days', { days: 4 })).toBe('4 días');
  });
});

describe('a missing message', () => {
  test('falls back to English, logged once, never a raw key', async () => {
    addMessages('en', 'test-only-in-english = Only in English, { $name }');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await i18n.use({ language: 'nl', region: 'NL' });
    expect(t('test-only-in-english', { name: 'Ana' })).toBe('Only in English, Ana');
    expect(t('test-only-in-english', { name: 'Ana' })).toBe('Only in English, Ana');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('test-only-in-english');
    warn.mockRestore();
  });

  test('missing everywhere, it reads as words, not as a key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('queue-nothing-like-this')).toBe('Nothing like this');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
