// Attaching files in the composer: each file is kept at once and shown as a
// chip; a refused one says why beside its chip and nothing else is lost; the
// × takes a file off; saving attaches what was kept, in one step with the entry.

import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { StagedFile, TimelineEntry } from '../../lib/api';
import Composer from '../cases/Composer.svelte';

afterEach(() => clearMocks());

const EMPTY = '“empty.txt” is empty (0 bytes). Nothing was attached.';

function staged(name: string, size: number): StagedFile {
  const photo = /\.jpe?g$/.test(name);
  return {
    hash: (name.length.toString(16) + 'a'.repeat(64)).slice(0, 64),
    name,
    mime: photo ? 'image/jpeg' : 'application/pdf',
    kind: photo ? 'photo' : 'pdf',
    risky: false,
    size,
    width: photo ? 4000 : null,
    height: photo ? 3000 : null,
  };
}

function backend(calls: { cmd: string; args: Record<string, unknown> }[]) {
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    if (cmd === 'attachment_limit') return 25;
    if (cmd === 'stage_file') {
      const { name, data } = args as { name: string; data: string };
      if (data === '') throw { code: 'invalid_input', message: `“${name}” is empty (0 bytes). Nothing was attached.`, field: 'file' };
      return staged(name, atob(data).length);
    }
    if (cmd === 'add_entry_with_files' || cmd === 'add_entry') {
      const { input } = args as { input: { body: string; kind: 'note' } };
      const entry: TimelineEntry = {
        id: 'e1',
        at: new Date().toISOString(),
        desk_id: 'd',
        staff_id: null,
        staff_name: 'Sam',
        customer_id: 'u1',
        case_id: 'k1',
        case_subject: 'Brake squeal',
        payload: { kind: 'note', body: input.body },
      };
      return entry;
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
}

function pick(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  return fireEvent.change(input);
}

const chips = () => [...document.querySelectorAll('[data-testid=picked-file]')];

test('picked files become chips with name and size; a refused one says why and the others stay', async () => {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  backend(calls);
  const { getByTestId, getByLabelText, findAllByTestId } = render(Composer, { caseId: 'k1', customerName: 'Ana' });

  const input = getByLabelText('Attach files: photos, PDFs or documents');
  expect(input.getAttribute('type')).toBe('file');
  expect(input.hasAttribute('multiple'), 'several at once').toBe(true);

  await pick(input, [
    new File(['x'.repeat(2048)], 'IMG_2041.jpg', { type: 'image/jpeg' }),
    new File([], 'empty.txt', { type: 'text/plain' }),
    new File(['%PDF-1.7 quote'], 'quote.pdf', { type: 'application/pdf' }),
  ]);
  await waitFor(() => expect(chips().length, 'a chip per file at once').toBe(3));
  expect(chips()[0]?.textContent).toContain('IMG_2041.jpg');
  expect(chips()[0]?.textContent, 'with its size').toContain('2 KB');

  const errors = await findAllByTestId('picked-error');
  expect(errors.length, 'only the empty file is refused').toBe(1);
  expect(errors[0]?.textContent, 'in the backend’s own words').toBe(EMPTY);
  expect(chips()[1]?.contains(errors[0]!), 'beside its own chip').toBe(true);
  await waitFor(() => expect(calls.filter((c) => c.cmd === 'stage_file').length, 'each file kept at once').toBe(3));
  expect(calls.find((c) => c.cmd === 'stage_file')?.args, 'sent by name, as base64').toEqual({ name: 'IMG_2041.jpg', data: btoa('x'.repeat(2048)) });

  // Take the PDF off again.
  await fireEvent.click(chips()[2]!.querySelector('[data-testid=picked-remove]')!);
  expect(chips().map((c) => c.querySelector('[data-testid=picked-name]')?.textContent)).toEqual(['IMG_2041.jpg', 'empty.txt']);

  // Saving attaches only the kept photo, in one step with the note.
  await fireEvent.input(getByTestId('composer-body'), { target: { value: 'Photo of the cracked frame' } });
  await fireEvent.click(getByTestId('composer-save'));
  await waitFor(() => expect(calls.some((c) => c.cmd === 'add_entry_with_files')).toBe(true));
  const saved = calls.find((c) => c.cmd === 'add_entry_with_files')!.args as { files: StagedFile[] };
  expect(saved.files.map((f) => f.name), 'the refused and the removed files are not attached').toEqual(['IMG_2041.jpg']);
  expect(calls.some((c) => c.cmd === 'add_entry'), 'never saved without its files').toBe(false);
  await waitFor(() => expect(chips().length, 'the kept files go once saved').toBe(1));
  expect(chips()[0]?.textContent, 'the refusal stays in view until taken off').toContain(EMPTY);
});

test('a file refused as too big stays in view after Ctrl+Enter, and the notice says the entry went without it', async () => {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  backend(calls);
  const { desk } = await import('../../lib/state/desk.svelte');
  desk.dismissAll();
  const { getByTestId } = render(Composer, { caseId: 'k1', customerName: 'Ana' });
  const big = new File(['x'], 'ride.mov', { type: 'video/quicktime' });
  Object.defineProperty(big, 'size', { value: 30 * 1024 * 1024 });
  await pick(getByTestId('attach-input'), [big]);
  await waitFor(() => expect(document.querySelector('[data-testid=picked-error]')?.textContent, 'refused as over the limit').toMatch(/ride\.mov.*25 MB/));

  await fireEvent.input(getByTestId('composer-body'), { target: { value: 'Sent you the quote' } });
  await fireEvent.keyDown(getByTestId('composer-body'), { key: 'Enter', ctrlKey: true });
  await waitFor(() => expect(calls.some((c) => c.cmd === 'add_entry'), 'the note is saved without the file').toBe(true));
  expect(calls.some((c) => c.cmd === 'add_entry_with_files'), 'nothing refused is sent').toBe(false);
  await waitFor(() => expect(desk.notices.at(-1)?.text ?? '', 'the notice says the file is not attached').toMatch(/“ride\.mov” was refused, so it is not attached/));
  expect(chips().length, 'the refused chip stays until dismissed').toBe(1);
  expect(document.querySelector('[data-testid=picked-error]'), 'with its reason').not.toBeNull();

  await fireEvent.click(chips()[0]!.querySelector('[data-testid=picked-remove]')!);
  expect(chips().length, '× dismisses it').toBe(0);
});

test('a pasted screenshot is attached under a name of its own; pasted text is left alone', async () => {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  backend(calls);
  const { getByTestId } = render(Composer, { caseId: 'k1', customerName: 'Ana' });
  const body = getByTestId('composer-body');

  const paste = (clipboardData: unknown) => {
    const e = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: clipboardData });
    body.dispatchEvent(e);
    return e;
  };
  const text = paste({ files: [], items: [{ kind: 'string', getAsFile: () => null }], types: ['text/plain'] });
  expect(text.defaultPrevented, 'text pastes as text').toBe(false);

  const shot = new File(['\x89PNG....'], 'image.png', { type: 'image/png' });
  const image = paste({ files: [shot], items: [], types: ['Files'] });
  expect(image.defaultPrevented, 'the picture does not go into the text').toBe(true);
  await waitFor(() => expect(chips().length).toBe(1));
  const name = chips()[0]?.querySelector('[data-testid=picked-name]')?.textContent ?? '';
  expect(name, 'named for when it was pasted').toMatch(/^Pasted image \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.png$/);
  await waitFor(() => expect(calls.some((c) => c.cmd === 'stage_file' && c.args.name === name)).toBe(true));
});

test('the attach button is a labelled file input in the tab order, and Ctrl+Enter still saves', async () => {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  backend(calls);
  const { getByTestId } = render(Composer, { caseId: 'k1', customerName: 'Ana' });
  const input = getByTestId('attach-input') as HTMLInputElement;
  expect(input.tabIndex, 'reachable with Tab').toBe(0);
  expect(input.closest('label')?.textContent?.trim(), 'a visible label').toBe('Attach files…');

  await pick(input, [new File(['abc'], 'receipt.jpg', { type: 'image/jpeg' })]);
  await fireEvent.input(getByTestId('composer-body'), { target: { value: 'Receipt for the pads' } });
  await fireEvent.keyDown(getByTestId('composer-body'), { key: 'Enter', ctrlKey: true });
  await waitFor(() => expect(calls.some((c) => c.cmd === 'add_entry_with_files'), 'Ctrl+Enter saves with the file').toBe(true));
});
