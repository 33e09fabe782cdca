// One way to submit a form or a dialog: busy while the write runs (the submit
// button disabled and aria-busy, a second submit ignored), the backend's
// message shown in the form (role="alert"), and focus kept in the form: on the
// field the message is about when it can be told, otherwise on the submit
// button, and back where it was when a busy button lost it.
//
//   const submit = new Submit([{ id: 'promise-text', field: 'text' }]);
//   <form onsubmit={submit.handle(save)} use:submit.form> …
//     <FormError {submit} />
//     <button class="primary" type="submit" disabled={submit.busy} aria-busy={submit.busy}>
//
// `save` throws (an ApiFailure, or anything: it becomes one) to show a
// message; it returns normally when done. Which field a failure is about is
// told by the backend (`field`) or by its stable code, never by its words:
// they are in the desk's language.

import { tick } from 'svelte';
import { toFailure, type ApiFailure } from './api';
import type { ErrorCode } from './api/types';

export interface SubmitField {
  /** The id of the field's element (an input, a select, a textarea, or a group holding them). */
  id: string;
  /** The backend's names for the field, when a failure names one. */
  field?: string | readonly string[];
  /**
   * Failures about no named field that belong to this one by their code (a
   * server that refuses the address typed here, say).
   */
  codes?: readonly ErrorCode[];
}

const FOCUSABLE = 'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

export class Submit {
  busy = $state(false);
  error = $state('');
  /** The id of the field the message is about, if it could be told. */
  field = $state<string | null>(null);

  private root: HTMLElement | null = null;
  private marked: HTMLElement | null = null;
  private readonly fields: readonly SubmitField[];

  constructor(fields: readonly SubmitField[] = []) {
    this.fields = fields;
  }

  /** `use:submit.form` on the form (or the dialog body): the area focus is kept in. */
  readonly form = (node: HTMLElement) => {
    this.root = node;
    return {
      destroy: () => {
        if (this.root === node) this.root = null;
      },
    };
  };

  /** An `onsubmit` handler that runs `work` (the page never reloads). */
  handle(work: () => Promise<unknown>): (e?: Event) => void {
    return (e?: Event) => {
      e?.preventDefault();
      void this.run(work);
    };
  }

  /**
   * Runs `work` unless a run is already under way; shows its failure. Resolves
   * to what `work` returned, or `undefined` when it failed or was ignored.
   */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (this.busy) return undefined;
    const active = typeof document === 'undefined' ? null : document.activeElement;
    const before = active instanceof HTMLElement && this.root?.contains(active) ? active : null;
    this.busy = true;
    this.clear();
    try {
      return await work();
    } catch (err) {
      this.fail(toFailure(err));
      return undefined;
    } finally {
      this.busy = false;
      if (!this.error) void this.keepFocus(before);
    }
  }

  /**
   * Shows a message in the form and moves focus to its field: a check made
   * before asking the backend (`fieldId` names the field), or a failure.
   */
  fail(failure: ApiFailure | string, fieldId?: string): void {
    const message = typeof failure === 'string' ? failure : failure.message;
    this.error = message;
    this.field = fieldId ?? (typeof failure === 'string' ? null : this.fieldFor(failure));
    void tick().then(() => this.focusError());
  }

  /** Forgets the message (for example when the form is opened again). */
  clear(): void {
    this.error = '';
    this.field = null;
    this.marked?.removeAttribute('aria-invalid');
    this.marked = null;
  }

  private fieldFor(failure: ApiFailure): string | null {
    const name = failure.field;
    const named = (f: SubmitField) => (typeof f.field === 'string' ? f.field === name : f.field?.includes(name ?? '') === true);
    const byName = name ? this.fields.find(named) : undefined;
    return (byName ?? this.fields.find((f) => f.codes?.includes(failure.code)))?.id ?? null;
  }

  private element(id: string): HTMLElement | null {
    const found = document.getElementById(id);
    if (!found) return null;
    if (found.matches(FOCUSABLE)) return found;
    return found.querySelector<HTMLElement>(FOCUSABLE);
  }

  private submitButton(): HTMLElement | null {
    return this.root?.querySelector<HTMLElement>('[type=submit]:not(:disabled), button.primary:not(:disabled)') ?? null;
  }

  private focusError(): void {
    if (!this.error) return;
    const target = (this.field && this.element(this.field)) || null;
    if (target) {
      target.setAttribute('aria-invalid', 'true');
      this.marked = target;
      target.focus();
      return;
    }
    if (this.root?.isConnected) this.submitButton()?.focus();
  }

  /** A disabled button drops focus: put it back where it was, if the form is still there. */
  private async keepFocus(before: HTMLElement | null): Promise<void> {
    await tick();
    const root = this.root;
    if (!root?.isConnected || !before) return;
    const now = document.activeElement;
    // Still in the form, or moved on elsewhere on purpose: leave it.
    if (now && now !== document.body) return;
    if (before.isConnected && !(before as HTMLButtonElement).disabled) before.focus();
    else this.submitButton()?.focus();
  }
}
