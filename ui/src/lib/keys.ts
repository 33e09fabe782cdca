// Keyboard shortcuts. Single letters act only when the person is not typing in a
// field; Ctrl/⌘ combinations and Escape work everywhere.

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

/** The global action for a key press, if any. */
export function globalAction(e: KeyboardEvent): Action | null {
  if (e.key === 'Escape') return 'escape';
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === 'k') return 'find';
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

export const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: 'N', what: 'Log a new walk-in, call or message' },
  { keys: 'Q', what: 'Go to the queue' },
  { keys: 'B', what: 'Backups, export and import' },
  { keys: 'G', what: 'Complaints and escalations register' },
  { keys: 'O', what: 'Outreach: customers we have not heard from' },
  { keys: 'T', what: 'Reports: fairness, targets, promises, complaints, scores' },
  { keys: 'Ctrl+K or /', what: 'Search customers, cases and every conversation' },
  { keys: 'S', what: 'Switch who is at the desk' },
  { keys: '↑ ↓ or J K', what: 'Move through the queue; Enter opens' },
  { keys: 'R  M  I  L', what: 'On a case: reply, customer said, internal note, log a call' },
  { keys: 'H  P', what: 'On a case: hand it off with a brief, record a promise' },
  { keys: 'E  C', what: 'On a case: escalate it, record the customer\'s score' },
  { keys: 'Ctrl+Enter', what: 'Save what you are typing' },
  { keys: 'Esc', what: 'Close a window; otherwise put the messages away' },
  { keys: '?', what: 'Show these shortcuts' },
];
