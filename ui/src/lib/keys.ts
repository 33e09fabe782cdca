// Keyboard shortcuts. Single letters act only when the person is not typing in a
// field; Ctrl/⌘ combinations and Escape work everywhere.

import { t } from './i18n/i18n.svelte';

export type Action =
  | 'new'
  | 'queue'
  | 'data'
  | 'register'
  | 'outreach'
  | 'reports'
  | 'find'
  | 'switch-staff'
  | 'help'
  | 'lock'
  | 'escape';

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(type);
  }
  return false;
}

/**
 * Whether a page's own keys (↑ ↓ on the queue, R or E on a case) may act on
 * this key press. They stand aside while anything is open over the page (a
 * menu, a popup, a dialog: `overlay` is `desk.overlay`), when something
 * nearer the focus already took the key (an open menu's ↓ moves within the
 * menu, and nothing else), while typing, and for combinations with Ctrl, ⌘ or
 * Alt.
 */
export function pageKey(e: KeyboardEvent, overlay: string): boolean {
  if (overlay !== 'none' || e.defaultPrevented) return false;
  return !(isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey);
}

/** The global action for a key press, if any. */
export function globalAction(e: KeyboardEvent): Action | null {
  if (e.key === 'Escape') return 'escape';
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === 'k') return 'find';
  // Like the computer's own lock (Windows+L), with Ctrl+Shift so it never
  // lands in a field: it works wherever focus is.
  if (mod && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l') return 'lock';
  if (mod || e.altKey || isTyping(e.target)) return null;
  switch (e.key) {
    case 'n':
      return 'new';
    case 'q':
      return 'queue';
    case 'b':
      return 'data';
    case 'g':
      return 'register';
    case 'o':
      return 'outreach';
    case 't':
      return 'reports';
    case '/':
      return 'find';
    case 's':
      return 'switch-staff';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** Ctrl+Enter (⌘+Enter on a Mac) saves the form being typed in. */
export function isSubmit(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey);
}

/** A shortcut whose description is read in the effective language each time. */
function shortcut(keys: string, key: string): { keys: string; what: string } {
  return {
    keys,
    get what() {
      return t(key);
    },
  };
}

export const SHORTCUTS: { keys: string; what: string }[] = [
  shortcut('N', 'desk-shortcut-new'),
  shortcut('Q', 'desk-shortcut-queue'),
  shortcut('B', 'desk-shortcut-data'),
  shortcut('G', 'desk-shortcut-register'),
  shortcut('O', 'desk-shortcut-outreach'),
  shortcut('T', 'desk-shortcut-reports'),
  shortcut('Ctrl+K or /', 'desk-shortcut-search'),
  shortcut('S', 'desk-shortcut-switch'),
  shortcut('Ctrl+Shift+L', 'desk-shortcut-lock'),
  shortcut('↑ ↓ or J K', 'desk-shortcut-move'),
  shortcut('R  M  I  L', 'desk-shortcut-case-entries'),
  shortcut('H  P', 'desk-shortcut-case-handoff'),
  shortcut('E  C', 'desk-shortcut-case-escalate'),
  shortcut('F2', 'desk-shortcut-case-rename'),
  shortcut('Ctrl+Enter', 'desk-shortcut-save'),
  shortcut('Ctrl+K', 'desk-shortcut-saved-replies'),
  shortcut('Esc', 'desk-shortcut-escape'),
  shortcut('?', 'desk-shortcut-help'),
];
