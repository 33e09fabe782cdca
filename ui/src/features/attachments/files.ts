// Files as the counter sees them: where the window may read them, how big
// they are and what they are, and reading a picked file for staging without
// holding up the window.

import { convertFileSrc } from '@tauri-apps/api/core';
import type { Attachment, EventKind, FileKind, TimelineEntry } from '../../lib/api';
import { t } from '../../lib/i18n/i18n.svelte';
import { number } from '../../lib/format';

/**
 * The one address files reach the window through: the `attachment:` protocol
 * (`attachment://localhost/` here, `http://attachment.localhost/` on Windows).
 * Built from `convertFileSrc` with an empty path, since it would encode the
 * slashes of `thumb/<hash>`.
 */
function base(): string {
  try {
    const url = convertFileSrc('', 'attachment');
    return url.endsWith('/') ? url : `${url}/`;
  } catch {
    // Outside the app (a component test): the address it would have on Linux.
    return 'attachment://localhost/';
  }
}

/** A photo's thumbnail (a small JPEG, turned the right way up, with no location data). */
export function thumbUrl(hash: string): string {
  return `${base()}thumb/${hash}`;
}

/** The content of a photo or PDF that is attached and not erased. */
export function fileUrl(hash: string): string {
  return `${base()}file/${hash}`;
}

/** "820 bytes", "14 KB", "3.4 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return t('attach-size-bytes', { count: bytes });
  // Sizes are numbers in the region's style ("1,5 MB" in Dutch), handed over
  // as text so Fluent does not format them a second time.
  if (bytes < 1024 * 1024) return t('attach-size-kb', { size: number(Math.round(bytes / 1024)) });
  const mb = bytes / (1024 * 1024);
  const size = mb < 10 ? number(mb, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : number(Math.round(mb));
  return t('attach-size-mb', { size });
}

const TYPES: Record<string, string> = {
  'application/pdf': 'attach-type-pdf',
  'image/jpeg': 'attach-type-jpeg',
  'image/png': 'attach-type-png',
  'image/gif': 'attach-type-gif',
  'image/webp': 'attach-type-webp',
  'image/heic': 'attach-type-heic',
  'image/tiff': 'attach-type-tiff',
  'image/bmp': 'attach-type-bmp',
  'image/svg+xml': 'attach-type-svg',
  'text/plain': 'attach-type-text',
  'text/csv': 'attach-type-csv',
  'text/html': 'attach-type-html',
  'application/zip': 'attach-type-zip',
  'application/msword': 'attach-type-word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'attach-type-word',
  'application/vnd.ms-excel': 'attach-type-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'attach-type-excel',
  'application/vnd.oasis.opendocument.text': 'attach-type-odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'attach-type-ods',
  'application/octet-stream': 'attach-type-file',
};

/** What a file is, in words: "PDF", "JPEG photo", or its type as recorded. */
export function typeText(mime: string): string {
  const key = TYPES[mime.toLowerCase()];
  return key ? t(key) : mime;
}

/** A short badge for the kind of file, beside its name: "PDF", "IMG", "DOCX", "FILE". */
export function kindBadge(kind: FileKind, name: string): string {
  if (kind === 'pdf') return 'PDF';
  if (kind === 'photo') return 'IMG';
  const ext = /\.([A-Za-z0-9]{1,4})$/.exec(name)?.[1];
  return ext ? ext.toUpperCase() : 'FILE';
}

/** The entries a file may be attached to: what was said, noted, called or visited, and mail. */
export const ATTACHABLE = new Set([
  'customer_message',
  'reply',
  'note',
  'call',
  'visit',
  'mail_received',
  'mail_sent_elsewhere',
  'mail_reply',
]);

/** The ids of the entries of a timeline page that may carry files. */
export function attachableIds(entries: readonly TimelineEntry[]): string[] {
  return entries.filter((e) => ATTACHABLE.has(e.payload.kind)).map((e) => e.id);
}

/** Events that change which files an entry shows. */
export const FILE_KINDS: readonly EventKind[] = ['files_attached', 'attachment_removed', 'attachment_erased'];

/** Whether the window can show this file itself (a photo or PDF whose content is here). */
export function viewable(a: Attachment): boolean {
  return a.present && !a.erased_at && (a.kind === 'photo' || a.kind === 'pdf');
}

// ---------------------------------------------------------------------------
// Reading a picked file

/**
 * Bytes read per step: a multiple of 3, so each step's base64 joins the next
 * without padding in between. Each step is read and encoded by the browser
 * itself, and the window gets a turn between steps.
 */
export const CHUNK = 3 * 256 * 1024;

function readChunk(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(t('attach-unreadable')));
    reader.readAsDataURL(blob);
  });
}

/**
 * A file's content as base64, read a piece at a time; `progress` hears the
 * share read so far (0 to 1) after each piece.
 */
export async function readBase64(file: Blob, progress?: (share: number) => void): Promise<string> {
  const parts: string[] = [];
  for (let at = 0; at < file.size; at += CHUNK) {
    parts.push(await readChunk(file.slice(at, at + CHUNK)));
    progress?.(Math.min(1, (at + CHUNK) / file.size));
  }
  return parts.join('');
}

/** A name for a pasted picture, which arrives as "image.png" or with none. */
export function pastedName(file: File, now: Date = new Date()): string {
  const generic = !file.name || /^image\.(png|jpe?g|gif|webp|bmp|tiff?)$/i.test(file.name);
  if (!generic) return file.name;
  const ext = (file.type.split('/')[1] ?? 'png').replace('jpeg', 'jpg').replace(/\W.*$/, '');
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}.${p(now.getMinutes())}.${p(now.getSeconds())}`;
  return `${t('attach-pasted-image')} ${stamp}.${ext || 'png'}`;
}

/** The files on a clipboard (a screenshot, copied files); none for plain text. */
export function clipboardFiles(data: DataTransfer | null): File[] {
  if (!data) return [];
  const files = [...(data.files ?? [])];
  if (files.length > 0) return files;
  const out: File[] = [];
  for (const item of [...(data.items ?? [])]) {
    if (item.kind !== 'file') continue;
    const f = item.getAsFile();
    if (f) out.push(f);
  }
  return out;
}

/** Whether a drag carries files (not text or a link being moved about the page). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return !!data && [...(data.types ?? [])].includes('Files');
}
