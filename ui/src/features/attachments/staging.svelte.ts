// The files picked, dropped or pasted into a form before it is saved. Each is
// kept by the backend at once (staged: checked, typed from its content,
// stored), one after another, so saving only names files that are already
// safe on disk. A picture shows its local preview at once and the kept
// thumbnail once it is ready. A file the backend refuses keeps its chip, with
// the backend's words; nothing else is lost.

import { api, toFailure, type StagedFile } from '../../lib/api';
import { readBase64, sizeText, thumbUrl } from './files';
import { t } from '../../lib/i18n/i18n.svelte';
import { number } from '../../lib/format';

export interface Picked {
  key: number;
  name: string;
  size: number;
  /** The thumbnail on the chip: the local preview first, then the kept one. */
  thumb: string | null;
  /** The share read so far while staging (0 to 1). */
  progress: number;
  staged: StagedFile | null;
  /** Why the backend refused it, in its words. */
  error: string;
}

/** Files bigger than this show how far reading them has got. */
export const SHOW_PROGRESS_FROM = 2 * 1024 * 1024;

export interface StagingDeps {
  stage: (name: string, data: string) => Promise<StagedFile>;
  limit: () => Promise<number>;
  /** A local address for a picked picture (an object URL), or null where there is none. */
  preview: (file: File) => string | null;
  forget: (url: string) => void;
  /** Loads an image before it replaces the preview, so the chip never flashes empty. */
  preload: (url: string) => Promise<void>;
}

const browser: StagingDeps = {
  stage: (name, data) => api.stageFile(name, data),
  limit: () => api.attachmentLimit(),
  preview: (file) =>
    file.type.startsWith('image/') && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null,
  forget: (url) => {
    if (url.startsWith('blob:') && typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
  },
  preload: (url) =>
    new Promise((resolve, reject) => {
      const img = new Image();
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('no thumbnail'));
      img.src = url;
    }),
};

export class Staging {
  items = $state<Picked[]>([]);

  private nextKey = 1;
  private queue: Promise<void> = Promise.resolve();
  private limitMb: Promise<number | null> | null = null;
  private readonly deps: StagingDeps;

  constructor(deps: Partial<StagingDeps> = {}) {
    this.deps = { ...browser, ...deps };
  }

  /** Files still being read or kept. */
  get busy(): boolean {
    return this.items.some((i) => !i.staged && !i.error);
  }

  /** The files ready to attach. */
  get staged(): StagedFile[] {
    return this.items.flatMap((i) => (i.staged ? [i.staged] : []));
  }

  /** Starts keeping each file; `name` gives a file its name (a pasted picture has none worth keeping). */
  add(files: Iterable<File>, name: (file: File) => string = (f) => f.name): void {
    for (const file of files) {
      const key = this.nextKey++;
      this.items.push({
        key,
        name: name(file) || 'file',
        size: file.size,
        thumb: this.deps.preview(file),
        progress: 0,
        staged: null,
        error: '',
      });
      this.queue = this.queue.then(() => this.stage(key, file));
    }
  }

  /** Takes a file off the form (it is not attached). */
  remove(key: number): void {
    const item = this.find(key);
    if (item?.thumb) this.deps.forget(item.thumb);
    this.items = this.items.filter((i) => i.key !== key);
  }

  /**
   * After saving: takes off the files that went with the entry, and keeps the
   * refused ones with their reasons, so a refusal stays in view until the
   * person dismisses it with × (it was not attached, and must not look as if it was).
   */
  clearKept(): void {
    for (const i of this.items) if (!i.error && i.thumb) this.deps.forget(i.thumb);
    this.items = this.items.filter((i) => i.error);
  }

  /** The files refused (too big, empty, unreadable), by name. */
  get refused(): string[] {
    return this.items.filter((i) => i.error).map((i) => i.name);
  }

  /** Empties the form's files. */
  clear(): void {
    for (const i of this.items) if (i.thumb) this.deps.forget(i.thumb);
    this.items = [];
  }

  /** Resolves when every file added so far is kept or refused; answers those ready to attach. */
  async settled(): Promise<StagedFile[]> {
    let seen: Promise<void>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
    return this.staged;
  }

  private find(key: number): Picked | undefined {
    return this.items.find((i) => i.key === key);
  }

  private limit(): Promise<number | null> {
    this.limitMb ??= this.deps.limit().catch(() => null);
    return this.limitMb;
  }

  private async stage(key: number, file: File): Promise<void> {
    if (!this.find(key)) return;
    try {
      const limit = await this.limit();
      const name = this.find(key)?.name ?? file.name;
      if (limit !== null && file.size > limit * 1024 * 1024) {
        // Not read at all: the whole file would be sent only to be refused.
        throw new Error(
          t('attach-too-big', { name, size: number(file.size / 1_048_576, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), limit }),
        );
      }
      const data = await readBase64(file, (share) => {
        const item = this.find(key);
        if (item) item.progress = share;
      });
      if (!this.find(key)) return;
      const staged = await this.deps.stage(name, data);
      const item = this.find(key);
      if (!item) return;
      item.progress = 1;
      item.staged = staged;
      if (staged.kind === 'photo' && staged.width) void this.showKeptThumb(key, staged.hash);
    } catch (err) {
      const item = this.find(key);
      if (item) item.error = toFailure(err).message;
    }
  }

  private async showKeptThumb(key: number, hash: string): Promise<void> {
    const url = thumbUrl(hash);
    try {
      await this.deps.preload(url);
    } catch {
      return; // The local preview stays.
    }
    const item = this.find(key);
    if (!item) return;
    if (item.thumb) this.deps.forget(item.thumb);
    item.thumb = url;
  }
}

/** "IMG_2041.jpg, 3.4 MB": a chip's words for a screen reader. */
export function describe(p: Picked): string {
  const state = p.error ? 'failed' : p.staged ? 'ready' : 'reading';
  return t('attach-chip', { name: p.name, size: sizeText(p.size), state });
}
