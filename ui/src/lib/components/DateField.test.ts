// Date fields in the shop's style, not the computer's: a native date field
// showed 12/07/2026 beside "7 november 2026" at a Dutch desk.

import { afterEach, expect, test } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import DateField from './DateField.svelte';
import { addDays, readDate, writeDate } from '../dates';
import { i18n } from '../i18n/i18n.svelte';

afterEach(async () => {
  await i18n.use({ language: 'en', region: 'en-GB' });
});

test('a date is written and read the region’s way', () => {
  expect(writeDate('2026-11-07', 'nl-NL'), 'Dutch').toBe('07-11-2026');
  expect(writeDate('2026-11-07', 'de-DE'), 'German').toBe('07.11.2026');
  expect(writeDate('2026-11-07', 'en-GB'), 'British').toBe('07/11/2026');
  expect(writeDate('2026-11-07', 'en-US'), 'American, month first').toBe('11/07/2026');
  expect(readDate('7-11-2026', 'nl-NL')).toBe('2026-11-07');
  expect(readDate('07.11.2026', 'de-DE')).toBe('2026-11-07');
  expect(readDate('11/07/2026', 'en-US'), 'month first where the region writes it so').toBe('2026-11-07');
  expect(readDate('2026-11-07', 'de-DE'), 'the ISO form is understood everywhere').toBe('2026-11-07');
  expect(readDate('07/11/2', 'en-GB'), 'a year half typed is not 2002').toBeNull();
  expect(readDate('31/02/2026', 'en-GB'), 'no 31 February').toBeNull();
  expect(readDate('morgen', 'nl-NL')).toBeNull();
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
});

test('at a Dutch desk the field shows the Dutch style, never the computer’s', async () => {
  await i18n.use({ language: 'nl', region: 'nl-NL' });
  const { getByTestId } = render(DateField, { value: '2026-11-07', testid: 'd' });
  const input = getByTestId('d') as HTMLInputElement;
  expect(input.type, 'not a native date field, which draws the system’s format').toBe('text');
  expect(input.value, 'beside “7 november 2026”, the same order').toBe('07-11-2026');
});

test('typing, ↑ ↓ and a wrong date', async () => {
  await i18n.use({ language: 'de', region: 'de-DE' });
  const changes: string[] = [];
  const { getByTestId, queryByRole } = render(DateField, {
    value: '2026-11-07',
    testid: 'd',
    onchange: () => changes.push(getByTestId('d').dataset.value ?? ''),
  });
  const input = getByTestId('d') as HTMLInputElement;

  await fireEvent.input(input, { target: { value: '24.12.2026' } });
  await fireEvent.change(input);
  expect(input.dataset.value, 'read in the German order').toBe('2026-12-24');
  expect(changes, 'told once the date is whole').toEqual(['2026-12-24']);

  await fireEvent.keyDown(input, { key: 'ArrowUp' });
  expect(input.value, '↑ is the next day').toBe('25.12.2026');
  await fireEvent.keyDown(input, { key: 'ArrowDown' });
  await fireEvent.keyDown(input, { key: 'ArrowDown' });
  expect(input.value, '↓ the day before').toBe('23.12.2026');

  await fireEvent.input(input, { target: { value: '32.13.2026' } });
  await fireEvent.blur(input);
  expect(queryByRole('alert')?.textContent, 'says what it could not read, with an example in the right style').toMatch(/^„32\.13\.2026“ ist kein Datum\. Schreib es wie \d\d\.\d\d\.\d{4}\.$/);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(input.dataset.value, 'no stale date is kept behind a wrong one').toBe('');
});
