// How an entry's files show: photos as sized, lazily loaded thumbnails from
// the attachment protocol; other files as a row with kind, name as typed,
// type and size; a file not here or erased says so. And opening: a photo in
// the viewer, a file that could run code only after a warning.

import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Attachment } from '../../lib/api';
import AttachmentList from './AttachmentList.svelte';
import AttachmentDialogs from './AttachmentDialogs.svelte';
import { attachmentActions } from './actions.svelte';

afterEach(() => {
  clearMocks();
  attachmentActions.viewing = null;
  attachmentActions.risky = null;
  attachmentActions.menu = null;
});

const HASH = 'ab'.repeat(32);

function file(over: Partial<Attachment>): Attachment {
  return {
    id: 'a1',
    event_id: 'e1',
    customer_id: 'u1',
    case_id: 'k1',
    hash: HASH,
    name: 'frame.jpg',
    mime: 'image/jpeg',
    kind: 'photo',
    risky: false,
    size: 2_400_000,
    width: 4000,
    height: 3000,
    added_at: '2026-11-03T10:00:00Z',
    added_by: 'Ana Costa',
    erased_at: null,
    erased_reason: null,
    present: true,
    ...over,
  };
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

test('a photo is a thumbnail sized before it loads, from the attachment protocol, loaded lazily', () => {
  const { getByTestId } = render(AttachmentList, { files: [file({})] });
  const img = getByTestId('attachment-thumb') as HTMLImageElement;
  expect(img.getAttribute('src')).toBe(`attachment://localhost/thumb/${HASH}`);
  expect(img.getAttribute('loading')).toBe('lazy');
  expect([img.getAttribute('width'), img.getAttribute('height')], 'the photo’s shape, so nothing jumps').toEqual(['128', '96']);
  expect(img.getAttribute('alt')).toBe('Photo: frame.jpg');
});

test('other files: kind, the name as typed, type and size; missing and erased ones say so', () => {
  const { getAllByTestId, container } = render(AttachmentList, {
    files: [
      file({ id: 'p', kind: 'pdf', mime: 'application/pdf', name: 'Quote <b>#12</b>.pdf', size: 84_000, width: null, height: null }),
      file({ id: 'm', name: 'before.jpg', present: false }),
      file({ id: 'x', kind: 'other', mime: 'application/zip', name: 'logs.zip', erased_at: '2026-11-04T09:30:00Z', erased_reason: 'Customer asked us to delete it', present: false }),
    ],
  });
  const rows = getAllByTestId('attachment');
  expect(rows.length).toBe(3);
  expect(text(rows[0]!), 'kind, name, type and size').toMatch(/^PDF Quote <b>#12<\/b>\.pdf PDF · 82 KB/);
  expect(container.querySelector('b'), 'a name is never markup').toBeNull();
  expect(text(rows[1]!.querySelector('[data-testid=attachment-state]')), 'a photo whose content is not here').toBe('Not on this desk yet');
  expect(rows[1]!.querySelector('img'), 'and no broken thumbnail').toBeNull();
  expect(rows[1]!.querySelector('[data-testid=attachment-open]'), 'nothing to open').toBeNull();
  expect(text(rows[2]!.querySelector('[data-testid=attachment-state]'))).toMatch(/^Erased on \w{3} \d{1,2} \w{3} \d\d:\d\d: Customer asked us to delete it$/);
});

test('a photo opens in the viewer, with ← and → to the other photos of the entry', async () => {
  mockIPC(() => null);
  const photos = [file({ id: 'a1', name: 'front.jpg' }), file({ id: 'a2', name: 'back.jpg', hash: 'cd'.repeat(32) })];
  const list = render(AttachmentList, { files: photos });
  const dialogs = render(AttachmentDialogs);
  await fireEvent.click(list.getAllByTestId('attachment-open')[1]!);
  const photo = (await dialogs.findByTestId('viewer-photo')) as HTMLImageElement;
  expect(photo.getAttribute('src'), 'the file itself, from the attachment protocol').toBe(`attachment://localhost/file/${'cd'.repeat(32)}`);
  expect(text(dialogs.getByTestId('viewer-count'))).toBe('Photo 2 of 2');
  await fireEvent.keyDown(window, { key: 'ArrowRight' });
  expect(text(dialogs.getByTestId('viewer-count'))).toBe('Photo 1 of 2');
  expect(dialogs.getByRole('dialog').getAttribute('aria-label')).toBe('front.jpg');
  await fireEvent.keyDown(window, { key: 'Escape' });
  await waitFor(() => expect(dialogs.queryByRole('dialog'), 'Escape closes it').toBeNull());
});

test('a file that could run code opens only after the warning, and then as confirmed', async () => {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return null;
  });
  const list = render(AttachmentList, {
    files: [
      file({ id: 'r', kind: 'other', mime: 'application/x-msdownload', name: 'invoice.exe', risky: true, width: null, height: null }),
      file({ id: 't', kind: 'other', mime: 'text/plain', name: 'notes.txt', width: null, height: null }),
    ],
  });
  const dialogs = render(AttachmentDialogs);
  const [risky, plain] = list.getAllByTestId('attachment-open');

  await fireEvent.click(risky!);
  const warning = await dialogs.findByTestId('risky-warning');
  expect(text(warning)).toBe('This file could run a program on this computer. Open it only if you trust who sent it.');
  expect(calls, 'nothing opened before the answer').toEqual([]);
  await fireEvent.click(dialogs.getByTestId('risky-cancel'));
  await waitFor(() => expect(dialogs.queryByRole('dialog')).toBeNull());
  expect(calls, '“Don’t open it” opens nothing').toEqual([]);

  await fireEvent.click(risky!);
  await fireEvent.click(await dialogs.findByTestId('risky-open'));
  await waitFor(() => expect(calls).toEqual([{ cmd: 'open_attachment', args: { attachment_id: 'r', confirmed: true } }]));

  await fireEvent.click(plain!);
  await waitFor(() => expect(calls.at(-1), 'a plain file opens at once').toEqual({ cmd: 'open_attachment', args: { attachment_id: 't', confirmed: false } }));
  expect(dialogs.queryByRole('dialog'), 'without a warning').toBeNull();
});
