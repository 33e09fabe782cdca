import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import DataPage from './DataPage.svelte';
import type { BackupInfo, CsvInspection, CsvReport } from '../../lib/api';

afterEach(() => clearMocks());

function backup(file_name: string, kind: BackupInfo['kind'], taken_at: string): BackupInfo {
  return { path: `/data/backups/${file_name}`, file_name, taken_at, kind, size_kb: 420, schema_version: 3, customers: 12, cases: 30, events: 410, files: 0 };
}

const inspection: CsvInspection = {
  format: 'csv',
  encoding: 'UTF-8',
  encoding_guessed: true,
  delimiter: ';',
  sheets: [],
  sheet: null,
  header_row: 1,
  header_found: true,
  top: [
    { line: 1, cells: ['Naam', 'Telefoon', 'Onderwerp'] },
    { line: 2, cells: ['Ana <b>Costa</b>', '0612345678', 'Brakes'] },
  ],
  columns: [
    { heading: 'Naam', field: 'name', reason: 'heading' },
    { heading: 'Telefoon', field: 'phone', reason: 'heading' },
    { heading: 'Onderwerp', field: 'ignore', reason: 'unknown' },
  ],
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
    updated_customers: 1,
    cases: 0,
    problems: [],
    problem_count: 0,
    sample: [
      { line: 2, name: 'Ana Costa', contact: '0612345678', existing: 'Ana C.', adds: ['0612345678'], subject: null },
      { line: 3, name: 'Bo', contact: '', existing: null, adds: [], subject: null },
    ],
    imported: false,
    ...extra,
  };
}

/** Picks a file in the page's file input, as a person would. */
async function pickFile(input: HTMLInputElement, name: string, bytes: Uint8Array<ArrayBuffer>) {
  const file = new File([bytes], name);
  // jsdom's File may lack arrayBuffer: give it the bytes as the browser would.
  Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.resolve(bytes.slice().buffer) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
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
    if (cmd === 'csv_encodings') return ['UTF-8', 'windows-1252'];
    if (cmd === 'csv_inspect') return inspection;
    if (cmd === 'csv_preview') return report();
    if (cmd === 'csv_import') return report({ imported: true });
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId, container } = render(DataPage);
  const input = getByTestId('csv-file') as HTMLInputElement;
  const bytes = new TextEncoder().encode('Naam;Telefoon;Onderwerp\nAna;0612345678;Brakes\n');
  await pickFile(input, 'klanten.csv', bytes);

  const third = (await findByTestId('csv-field-2')) as HTMLSelectElement;
  const inspected = calls.find((c) => c.cmd === 'csv_inspect')?.args as { source: { name: string; data: string; encoding?: string } };
  expect(inspected.source.name, 'the file is sent by name').toBe('klanten.csv');
  expect(atob(inspected.source.data), 'and by its bytes, base64').toBe('Naam;Telefoon;Onderwerp\nAna;0612345678;Brakes\n');
  expect(inspected.source.encoding, 'the encoding is found by the backend unless chosen').toBeUndefined();
  expect(getByTestId('csv-reason-2').textContent, 'an unknown column says why it is not used').toMatch(/Not used.*Pick a field/);
  expect(getByTestId('csv-reason-0').textContent, 'a known one says how it was recognised').toMatch(/heading/);
  expect(getByTestId('csv-examples-0').textContent, 'sample values under each heading').toContain('Bo');
  expect((getByTestId('csv-field-0') as HTMLSelectElement).value, 'the guessed mapping is shown').toBe('name');
  expect(container.querySelector('b'), 'sample values are text, never markup').toBeNull();
  expect(container.textContent, 'the sample value is shown as typed').toContain('Ana <b>Costa</b>');
  const importButton = getByTestId('csv-import') as HTMLButtonElement;
  expect(importButton.disabled, 'no import before a preview').toBe(true);

  await fireEvent.click(getByTestId('csv-preview'));
  await waitFor(() => expect(importButton.disabled, 'a clean preview allows the import').toBe(false));
  expect(importButton.textContent, 'the button says how many rows').toContain('Import 2 rows');
  const sample = getByTestId('csv-sample').textContent ?? '';
  expect(sample, 'a matched row says what it adds to whom').toContain('Adds 0612345678 to Ana C.');
  expect(getByTestId('csv-updated').textContent, 'the customers given a new contact are counted').toMatch(/1\s+customer gets a new phone or email/);

  third.value = 'subject';
  await fireEvent.change(third);
  expect(importButton.disabled, 'changing the mapping invalidates the preview').toBe(true);

  await fireEvent.click(getByTestId('csv-preview'));
  await waitFor(() => expect(importButton.disabled).toBe(false));
  await fireEvent.click(importButton);
  expect((await findByTestId('csv-result')).textContent, 'the result is reported').toContain('Imported 2 rows');
  const sent = calls.find((c) => c.cmd === 'csv_import')?.args as { request: { source: { data: string }; mapping: string[] } };
  expect(sent.request.mapping, 'the import uses the mapping that was previewed').toEqual(['name', 'phone', 'subject']);
  expect(sent.request.source.data, 'and the same file').toBe(inspected.source.data);
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
  await pickFile(getByTestId('csv-file') as HTMLInputElement, 'bad.csv', new TextEncoder().encode('x'));
  await findByTestId('csv-field-0');
  await fireEvent.click(getByTestId('csv-preview'));
  const problems = await findByTestId('csv-problems');
  expect(problems.textContent, 'each problem names its row as the spreadsheet numbers it').toContain('Row 7: No name.');
  expect(problems.textContent, 'problems not listed are counted').toContain('and 2 more');
  expect(problems.textContent, 'it says plainly that nothing is imported').toContain('Nothing will be imported');
  expect((getByTestId('csv-import') as HTMLButtonElement).disabled, 'all-or-nothing: no import with problems').toBe(true);
});

test('choosing another encoding reads the file again in it, and so does another heading row', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'list_backups' || cmd === 'list_exports') return [];
    if (cmd === 'csv_encodings') return ['UTF-8', 'windows-1252', 'ISO-8859-15'];
    if (cmd === 'csv_inspect') {
      const { source } = args as { source: { encoding?: string; header_row?: number } };
      if (source.encoding === 'windows-1252') {
        return { ...inspection, encoding: 'windows-1252', encoding_guessed: false, header_row: source.header_row ?? 1 };
      }
      return { ...inspection, encoding: 'ISO-8859-15', encoding_guessed: true };
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId } = render(DataPage);
  // "José;Müller" in windows-1252: not UTF-8.
  const bytes = new Uint8Array([0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]);
  await pickFile(getByTestId('csv-file') as HTMLInputElement, 'klanten.csv', bytes);

  const encoding = (await findByTestId('csv-encoding')) as HTMLSelectElement;
  await waitFor(() => expect(encoding.value, 'the encoding it was read in is shown').toBe('ISO-8859-15'));
  expect(encoding.selectedOptions[0]?.textContent, 'marked as detected').toContain('(detected)');
  expect(getByTestId('csv-encoding-note').textContent).toContain('ISO-8859-15 (detected)');

  encoding.value = 'windows-1252';
  await fireEvent.change(encoding);
  await waitFor(() => expect(calls.filter((c) => c.cmd === 'csv_inspect').length, 'read again').toBe(2));
  const again = calls.filter((c) => c.cmd === 'csv_inspect')[1]?.args as { source: { name: string; data: string; encoding?: string } };
  expect(again.source.encoding, 'in the encoding chosen').toBe('windows-1252');
  expect(again.source.data, 'the same bytes').toBe(btoa(String.fromCharCode(...bytes)));
  await waitFor(() => expect(encoding.value, 'the select shows what it was read in').toBe('windows-1252'));

  const headerRow = getByTestId('csv-header-row') as HTMLSelectElement;
  expect([...headerRow.options].map((o) => o.textContent), 'the first rows are offered as the heading row').toEqual([
    'Row 1: Naam · Telefoon · Onderwerp',
    'Row 2: Ana <b>Costa</b> · 0612345678 · Brakes',
  ]);
  headerRow.value = '2';
  await fireEvent.change(headerRow);
  await waitFor(() => expect(calls.filter((c) => c.cmd === 'csv_inspect').length).toBe(3));
  const third = calls.filter((c) => c.cmd === 'csv_inspect')[2]?.args as { source: { encoding?: string; header_row?: number } };
  expect(third.source, 'the heading row chosen, keeping the encoding chosen').toMatchObject({ encoding: 'windows-1252', header_row: 2 });
});

test('a file that cannot be read says why and offers another encoding to try', async () => {
  mockIPC((cmd, args) => {
    if (cmd === 'list_backups' || cmd === 'list_exports') return [];
    if (cmd === 'csv_encodings') return ['UTF-8', 'windows-1252'];
    if (cmd === 'csv_inspect') {
      const { source } = args as { source: { encoding?: string } };
      if (source.encoding === 'UTF-8') {
        throw { code: 'invalid_input', field: 'file', message: 'The file does not read as UTF-8 text. Choose the encoding the file was saved in.' };
      }
      return inspection;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId, queryByTestId } = render(DataPage);
  await pickFile(getByTestId('csv-file') as HTMLInputElement, 'klanten.csv', new TextEncoder().encode('a;b\n1;2\n'));
  const encoding = (await findByTestId('csv-encoding')) as HTMLSelectElement;
  await findByTestId('csv-field-0');
  encoding.value = 'UTF-8';
  await fireEvent.change(encoding);
  expect((await findByTestId('csv-error')).textContent).toContain('does not read as UTF-8');
  expect(queryByTestId('csv-field-0'), 'no columns from a reading that failed').toBeNull();
  expect((getByTestId('csv-encoding') as HTMLSelectElement).value, 'the encoding tried is still shown, to change').toBe('UTF-8');
  encoding.value = '';
  await fireEvent.change(encoding);
  await findByTestId('csv-field-0');
  expect(queryByTestId('csv-error'), 'the message goes once it reads').toBeNull();
});

test('a spreadsheet whose heading row cannot be found shows its first rows to pick it from; nothing is imported until then', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  const top = [
    { line: 1, cells: ['Klantenlijst fietsenwinkel', '', ''] },
    { line: 2, cells: ['', '', ''] },
    { line: 3, cells: ['Wie', 'Tel', 'Wat'] },
    { line: 4, cells: ['Ana Costa', '0612345678', 'Remmen'] },
  ];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    if (cmd === 'list_backups' || cmd === 'list_exports') return [];
    if (cmd === 'csv_encodings') return ['UTF-8'];
    if (cmd === 'csv_inspect') {
      const { source } = args as { source: { header_row?: number } };
      if (source.header_row === undefined) return { ...inspection, header_row: 1, header_found: false, top };
      return { ...inspection, header_row: source.header_row, header_found: true, top };
    }
    if (cmd === 'csv_preview') return report();
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId, queryByTestId } = render(DataPage);
  await pickFile(getByTestId('csv-file') as HTMLInputElement, 'lijst.csv', new Uint8Array([0x41, 0x0a]));

  const notFound = await findByTestId('csv-header-not-found');
  expect(notFound.textContent).toMatch(/could not find the row/i);
  const topRows = getByTestId('csv-top');
  expect(topRows.closest('details')?.open, 'the first rows are shown open').toBe(true);
  expect(topRows.querySelectorAll('tr').length).toBe(4);
  expect(topRows.textContent, 'no row is marked as the headings yet').not.toContain('headings');
  const headerRow = getByTestId('csv-header-row') as HTMLSelectElement;
  expect(headerRow.value, 'no row is chosen for them').toBe('');
  expect((getByTestId('csv-preview') as HTMLButtonElement).disabled, 'no preview yet').toBe(true);
  expect((getByTestId('csv-import') as HTMLButtonElement).disabled, 'no import yet').toBe(true);

  headerRow.value = '3';
  await fireEvent.change(headerRow);
  await waitFor(() => expect(queryByTestId('csv-header-not-found'), 'the notice goes once a row is chosen').toBeNull());
  const second = calls.filter((c) => c.cmd === 'csv_inspect')[1]?.args as { source: { header_row?: number } };
  expect(second.source.header_row, 'read again with the row chosen').toBe(3);
  expect((getByTestId('csv-header-row') as HTMLSelectElement).value).toBe('3');
  expect((getByTestId('csv-preview') as HTMLButtonElement).disabled, 'preview is offered').toBe(false);
});

test('cells whose invisible control characters were left out are named by row and column', async () => {
  mockIPC((cmd) => {
    if (cmd === 'list_backups' || cmd === 'list_exports') return [];
    if (cmd === 'csv_encodings') return ['UTF-8'];
    if (cmd === 'csv_inspect') return { ...inspection, left_out: [{ line: 2, column: 'Telefoon', count: 1 }, { line: 3, column: 'Naam', count: 2 }] };
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { getByTestId, findByTestId } = render(DataPage);
  await pickFile(getByTestId('csv-file') as HTMLInputElement, 'export.csv', new TextEncoder().encode('Naam;Telefoon\nAna;06\0\n'));
  const note = await findByTestId('csv-left-out');
  expect(note.textContent, 'the person is told what was left out, and where').toContain('Row 2, column “Telefoon”: one character');
  expect(note.textContent).toContain('Row 3, column “Naam”: 2 characters');
  expect(getByTestId('csv-import'), 'the file can still be imported').toBeTruthy();
});
