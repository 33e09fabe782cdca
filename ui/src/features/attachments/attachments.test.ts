import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Attachment, ChangeSet, TimelineEntry } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import { CHUNK, kindBadge, pastedName, readBase64, sizeText } from './files';
import { EntryFiles } from './entryFiles.svelte';
import { Staging } from './staging.svelte';
import { attachmentActions } from './actions.svelte';
import AttachmentDialogs from './AttachmentDialogs.svelte';
import { withoutFileEntries } from '../cases/timeline';

afterEach(() => {
  clearMocks();
  attachmentActions.menu = null;
  attachmentActions.removing = null;
  attachmentActions.erasing = null;
  desk.staff = [];
  desk.info = null;
});

function entry(id: string, kind: 'note' | 'status_changed' | 'files_attached', minutesAgo: number, entryId = ''): TimelineEntry {
  const payload =
    kind === 'note'
      ? { kind, body: 'x' }
      : kind === 'files_attached'
        ? { kind, entry_id: entryId, files: [] }
        : { kind, from: 'open' as const, to: 'waiting' as const, reason: null };
  return {
    id,
    at: new Date(Date.parse('2026-11-03T10:00:00Z') - minutesAgo * 60_000).toISOString(),
    desk_id: 'd',
    staff_id: null,
    staff_name: null,
    customer_id: 'u1',
    case_id: 'k1',
    case_subject: null,
    payload: payload as TimelineEntry['payload'],
  };
}

function attachment(id: string, eventId: string): Attachment {
  return {
    id,
    event_id: eventId,
    customer_id: 'u1',
    case_id: 'k1',
    hash: 'ab'.repeat(32),
    name: `${id}.jpg`,
    mime: 'image/jpeg',
    kind: 'photo',
    risky: false,
    size: 10,
    width: 4,
    height: 3,
    added_at: '2026-11-03T10:00:00Z',
    added_by: null,
    erased_at: null,
    erased_reason: null,
    present: true,
  };
}

const change = (over: Partial<ChangeSet>): ChangeSet => ({
  customers: [],
  cases: [],
  kinds: [],
  staff: false,
  settings: false,
  everything: false,
  request: null,
  ...over,
});

test('a file is read in pieces whose base64 joins up exactly', async () => {
  const bytes = new Uint8Array(CHUNK * 2 + 5).map((_, i) => (i * 7) % 256);
  const shares: number[] = [];
  const b64 = await readBase64(new Blob([bytes]), (s) => shares.push(s));
  expect(b64).toBe(Buffer.from(bytes).toString('base64'));
  expect(shares, 'progress after each piece').toEqual([CHUNK / bytes.length, (2 * CHUNK) / bytes.length, 1]);
});

test('sizes, badges and pasted names read as people expect', () => {
  expect(sizeText(820)).toBe('820 bytes');
  expect(sizeText(14_500)).toBe('14 KB');
  expect(sizeText(3_565_158)).toBe('3.4 MB');
  expect(sizeText(26_214_400)).toBe('25 MB');
  expect(kindBadge('other', 'Setup.EXE')).toBe('EXE');
  expect(kindBadge('other', 'no extension')).toBe('FILE');
  expect(kindBadge('pdf', 'x.bin')).toBe('PDF');
  const at = new Date(2026, 10, 3, 9, 5, 7);
  expect(pastedName(new File(['x'], 'image.png', { type: 'image/png' }), at)).toBe('Pasted image 2026-11-03 09.05.07.png');
  expect(pastedName(new File(['x'], 'Bildschirmfoto.png', { type: 'image/png' }), at), 'a real name is kept').toBe('Bildschirmfoto.png');
});

test('a file over the shop’s limit is refused before it is read or sent', async () => {
  const staged: string[] = [];
  const staging = new Staging({
    limit: async () => 1,
    stage: async (name) => {
      staged.push(name);
      throw new Error('not reached');
    },
    preview: () => null,
  });
  staging.add([new File([new Uint8Array(1024 * 1024 + 1)], 'huge.tif')]);
  await staging.settled();
  expect(staging.items[0]?.error).toBe(
    '“huge.tif” is 1.0 MB; the shop accepts files up to 1 MB. Make it smaller (a photo at a lower resolution, a PDF scanned in grey), or ask the owner to raise the limit.',
  );
  expect(staged, 'nothing sent').toEqual([]);
});

test('a timeline page’s files are asked for in one call, kept, and asked again after a change to them', async () => {
  const asked: string[][] = [];
  const files = new EntryFiles(async (ids) => {
    asked.push(ids);
    return ids.includes('e1') ? [attachment('a1', 'e1'), attachment('a2', 'e1')] : [];
  });
  const page = [entry('e1', 'note', 1), entry('s1', 'status_changed', 2), entry('e2', 'note', 3)];
  await files.load(page);
  expect(asked, 'one call, only for entries that can carry files').toEqual([['e1', 'e2']]);
  expect(files.of('e1').map((a) => a.id)).toEqual(['a1', 'a2']);
  expect(files.of('e2')).toEqual([]);

  await files.load(page);
  expect(asked.length, 'kept: not asked again').toBe(1);

  expect(files.forget(change({ customers: ['u9'], kinds: ['files_attached'] })), 'another customer').toBe(false);
  expect(files.forget(change({ customers: ['u1'], kinds: ['reply'] })), 'not a change to files').toBe(false);
  expect(files.forget(change({ customers: ['u1'], cases: ['k1'], kinds: ['attachment_removed'] }))).toBe(true);
  await files.load(page);
  expect(asked, 'asked again after a file was removed').toEqual([['e1', 'e2'], ['e1', 'e2']]);
});

test('files saved with their entry show on it, not a second time as an entry of their own', () => {
  const list = [entry('f1', 'files_attached', 0, 'e1'), entry('e1', 'note', 0), entry('f2', 'files_attached', 0, 'e0'), entry('f3', 'files_attached', 0, 'e9'), entry('e9', 'note', 60)];
  expect(withoutFileEntries(list).map((e) => e.id), 'attached later, or to an entry not loaded: a line of its own').toEqual(['e1', 'f2', 'f3', 'e9']);
});

test('the menu offers erasing to the owner only; erasing needs a reason and says it cannot be undone', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return null;
  });
  const a = attachment('a1', 'e1');
  desk.staff = [
    { id: 's1', name: 'Ana Costa', role: 'owner', active: true, has_passcode: false },
    { id: 's2', name: 'Ben Okafor', role: 'staff', active: true, has_passcode: false },
  ];
  desk.info = { current_staff_id: 's2' } as typeof desk.info;
  const button = document.createElement('button');
  document.body.append(button);
  const ui = render(AttachmentDialogs);

  attachmentActions.showMenu(a, button);
  const menu = await ui.findByTestId('attachment-actions');
  expect([...menu.querySelectorAll('[role=menuitem]')].map((m) => m.textContent?.trim()), 'for staff').toEqual([
    'Open',
    'Remove from the history view…',
  ]);
  await fireEvent.click(ui.getByTestId('attachment-remove'));
  const remove = await ui.findByTestId('remove-dialog');
  expect(remove.textContent, 'what removing does').toContain('The history records who removed it and when; the file itself is kept.');
  await fireEvent.click(ui.getByTestId('remove-confirm'));
  await waitFor(() => expect(calls).toEqual([{ cmd: 'remove_attachment', args: { attachment_id: 'a1' } }]));
  await waitFor(() => expect(ui.queryByRole('dialog')).toBeNull());

  desk.info = { current_staff_id: 's1' } as typeof desk.info;
  attachmentActions.showMenu(a, button);
  await fireEvent.click(await ui.findByTestId('attachment-erase'));
  const erase = await ui.findByTestId('erase-dialog');
  expect(erase.textContent).toContain('This cannot be undone.');
  await fireEvent.click(ui.getByTestId('erase-confirm'));
  expect((await ui.findByRole('alert')).textContent, 'a reason is needed').toContain('Say why the file is erased');
  expect(document.activeElement, 'focus on the reason').toBe(ui.getByTestId('erase-reason'));
  expect(calls.length, 'nothing erased without one').toBe(1);
  await fireEvent.input(ui.getByTestId('erase-reason'), { target: { value: 'Photo of their ID, asked to delete' } });
  await fireEvent.click(ui.getByTestId('erase-confirm'));
  await waitFor(() =>
    expect(calls.at(-1)).toEqual({ cmd: 'erase_attachment', args: { attachment_id: 'a1', reason: 'Photo of their ID, asked to delete' } }),
  );
  button.remove();
});

test('a file chip reads in the desk’s language while the file is being read', async () => {
  const { render } = await import('@testing-library/svelte');
  const { i18n } = await import('../../lib/i18n/i18n.svelte');
  const AttachField = (await import('./AttachField.svelte')).default;
  const { Staging } = await import('./staging.svelte');
  await i18n.use({ language: 'nl', region: 'nl-NL' });
  try {
    // Never kept: the chip stays "being read".
    const staging = new Staging({ limit: () => new Promise(() => {}) });
    staging.add([new File(['x'.repeat(1_572_864)], 'foto.jpg', { type: 'image/jpeg' })]);
    const { container } = render(AttachField, { staging, id: 'f' });
    const hint = container.querySelector('[data-testid=picked-file] .what .hint')?.textContent ?? '';
    expect(hint, 'Dutch words and a Dutch decimal comma, not "1.5 MB · reading…"').toBe('1,5 MB · wordt gelezen…');
    expect(sizeText(820), 'bytes in Dutch').toBe('820 bytes');
  } finally {
    await i18n.use({ language: 'en', region: 'en-GB' });
  }
});
