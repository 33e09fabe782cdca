import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import DataPage from './DataPage.svelte';
import type { BackupInfo, CsvInspection, CsvReport } from '../../lib/api';

afterEach(() => clearMocks());

function backup(file_name: string, kind: BackupInfo['kind'], taken_at: string): BackupInfo {
  return { path: `/data/backups/${file_name}`, file_name, taken_at, kind, size_kb: 420, schema_version: 3, customers: 12, cases: 30, events: 410 };
}

const inspection: CsvInspection = {
  delimiter: ';',
  headers: ['Naam', 'Telefoon', 'Onderwerp'],
  mapping: ['name', 'phone', 'ignore'],
  rows: 2,
  sample: [
    ['Ana <b>Costa</b>', '0612345678', 'Brakes'],
    ['Bo', '', 'Chain'],
  ],
};

function report(extra: Partial<CsvReport> = {}): CsvReport {
  return {
    rows: 2,
    new_customers: 1,
    matched_customers: 1,
    cases: 0,
    problems: [],
    problem_count: 0,
    sample: [{ line: 2, name: 'Ana Costa', contact: '0612345678', existing: 'Ana C.', subject: null }],
    imported: false,
    ...extra,
  };
}

test('backups are listed, and restoring asks first and then says where the old history went', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  const recent = new Date(Date.now() - 3_600_000).toISOString();
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'list_backups') return [backup('b2.sqlite', 'manual', recent), backup('b1.sqlite', 'auto', recent)];
    if (cmd === 'list_exports') return [];
    if (cmd === 'restore_backup') {
      return { restored: backup('b1.sqlite', 'auto', recent), previous: backup('b3.sqlite', 'before-restore', recent) };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByTestId, getAllByTestId, findByTestId, queryByTestId, container } = render(DataPage);
  const rows = await findAllByTestId('backup-row');
  expect(rows.length, 'one row per backup').toBe(2);
  expect(rows[1]?.textContent, 'the kind is in words').toContain('Automatic');
  expect(queryByTestId('backup-warning'), 'an hour-old automatic backup needs no warning').toBeNull();

  await fireEvent.click(getAllByTestId('restore-button')[1]!);
  const confirm = await findByTestId('restore-confirm');
  expect(document.activeElement, 'the dialog focuses its first button').toBe(confirm);
  expect(calls.some((c) => c.cmd === 'restore_backup'), 'nothing is restored before confirming').toBe(false);
  await fireEvent.click(confirm);
  const result = await findByTestId('restore-result');
  expect(calls.find((c) => c.cmd === 'restore_backup')?.args, 'the chosen backup is restored by file name').toEqual({ file_name: 'b1.sqlite' });
  expect(result.textContent, 'the message names where the replaced history is kept').toContain('b3.sqlite');
  expect(container.querySelector('[role="dialog"]'), 'the dialog closes after a restore').toBeNull();
});

test('an empty backup list says how to make the first one; errors show in the section', async () => {
  mockIPC((cmd) => {
    if (cmd === 'list_backups') return [];
    if (cmd === 'list_exports') throw { code: 'io', message: 'Could not read the exports folder.' };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findByTestId, findByText } = render(DataPage);
  expect((await findByTestId('backups-empty')).textContent, 'the empty state tells what to do').toContain('Back up now');
  const alert = await findByText('Could not read the exports folder.');
  expect(alert.getAttribute('role'), 'API errors are announced').toBe('alert');
});

test('a CSV is mapped, previewed, and imported only with the mapping that was previewed', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'list_backups' || cmd === 'list_exports') return [];
    if (cmd === 'csv_inspect') return inspection;
    if (cmd === 'csv_preview') return report();
    if (cmd === 'csv_import') return report({ imported: true });
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId, container } = render(DataPage);
  const input = getByTestId('csv-file') as HTMLInputElement;
  const text = 'Naam;Telefoon;Onderwerp\nAna;0612345678;Brakes\n';
  const file = new File([text], 'klanten.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);

  const third = (await findByTestId('csv-field-2')) as HTMLSelectElement;
  expect((getByTestId('csv-field-0') as HTMLSelectElement).value, 'the guessed mapping is shown').toBe('name');
  expect(container.querySelector('b'), 'sample values are text, never markup').toBeNull();
  expect(container.textContent, 'the sample value is shown as typed').toContain('Ana <b>Costa</b>');
  const importButton = getByTestId('csv-import') as HTMLButtonElement;
  expect(importButton.disabled, 'no import before a preview').toBe(true);

  await fireEvent.click(getByTestId('csv-preview'));
  await waitFor(() => expect(importButton.disabled, 'a clean preview allows the import').toBe(false));
  expect(importButton.textContent, 'the button says how many rows').toContain('Import 2 rows');

  third.value = 'subject';
  await fireEvent.change(third);
  expect(importButton.disabled, 'changing the mapping invalidates the preview').toBe(true);

  await fireEvent.click(getByTestId('csv-preview'));
  await waitFor(() => expect(importButton.disabled).toBe(false));
  await fireEvent.click(importButton);
  expect((await findByTestId('csv-result')).textContent, 'the result is reported').toContain('Imported 2 rows');
  const sent = calls.find((c) => c.cmd === 'csv_import')?.args as { request: { mapping: string[] } };
  expect(sent.request.mapping, 'the import uses the mapping that was previewed').toEqual(['name', 'phone', 'subject']);
});

test('problems block the import and are listed by line, with the rest counted', async () => {
  mockIPC((cmd) => {
    if (cmd === 'list_backups' || cmd === 'list_exports') return [];
    if (cmd === 'csv_inspect') return inspection;
    if (cmd === 'csv_preview') {
      return report({ problems: [{ line: 7, message: 'No name.' }], problem_count: 3 });
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId } = render(DataPage);
  const input = getByTestId('csv-file') as HTMLInputElement;
  const file = new File(['x'], 'bad.csv');
  Object.defineProperty(file, 'text', { value: () => Promise.resolve('x') });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
  await findByTestId('csv-field-0');
  await fireEvent.click(getByTestId('csv-preview'));
  const problems = await findByTestId('csv-problems');
  expect(problems.textContent, 'each problem names its line').toContain('Line 7: No name.');
  expect(problems.textContent, 'problems not listed are counted').toContain('and 2 more');
  expect(problems.textContent, 'it says plainly that nothing is imported').toContain('Nothing will be imported');
  expect((getByTestId('csv-import') as HTMLButtonElement).disabled, 'all-or-nothing: no import with problems').toBe(true);
});
