// How every command is called: `invoke` with the command's Rust name, and any
// failure turned into an `ApiFailure` with the backend's stable code. The typed
// wrappers (one file per feature, generated from the Rust declarations) use
// this; components never call `invoke` themselves.

import { invoke } from '@tauri-apps/api/core';
import type { ApiError, ErrorCode, MsgArg } from './types';
import { t } from '../i18n/i18n.svelte';

/**
 * A failed command, carrying the backend's stable code and its message, already
 * in the desk's language (the shell words it). `key` and `args` say which
 * catalogue message it is, for code that needs to tell failures apart.
 */
export class ApiFailure extends Error implements ApiError {
  readonly code: ErrorCode;
  /** The input field the failure is about, when the backend names one. */
  readonly field?: string;
  readonly key: string;
  readonly args: { [key in string]: MsgArg };

  constructor(code: ErrorCode, message: string, field?: string, key = '', args: { [key in string]: MsgArg } = {}) {
    super(message);
    this.code = code;
    this.name = 'ApiFailure';
    if (field) this.field = field;
    this.key = key;
    this.args = args;
  }
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'invalid_input',
  'not_found',
  'duplicate_customer',
  'conflict',
  'not_allowed',
  'passcode_needed',
  'newer_database',
  'not_a_casebook_database',
  'corrupt_database',
  'already_open',
  'busy',
  'disk_full',
  'read_only',
  'io',
  'unavailable',
  'server_refused',
  'storage',
  'internal',
];

/** Whatever was thrown, as an `ApiFailure` with a message a person can read. */
export function toFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const { code, message, field, key, args } = err as { code: unknown; message: unknown; field?: unknown; key?: unknown; args?: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      const known = (KNOWN_CODES as readonly string[]).includes(code);
      return new ApiFailure(
        known ? (code as ErrorCode) : 'internal',
        message,
        typeof field === 'string' ? field : undefined,
        typeof key === 'string' ? key : '',
        args && typeof args === 'object' ? (args as { [key in string]: MsgArg }) : {},
      );
    }
  }
  if (typeof err === 'string') {
    // The shell itself refused the call (for example, arguments of the wrong shape).
    return new ApiFailure('invalid_input', err);
  }
  if (err instanceof Error) return new ApiFailure('internal', err.message);
  return new ApiFailure('internal', t('common-something-wrong'));
}

/**
 * Answers a failure that a passcode can cure: asks for it (the person at the
 * desk proves who they are, or an owner approves one action) and resolves
 * true once it was given, false when the person gave up.
 */
export type PasscodeHandler = (failure: ApiFailure) => Promise<boolean>;

let passcodeHandler: PasscodeHandler | null = null;

/** The app registers the one place that asks for a passcode (null: nobody asks). */
export function setPasscodeHandler(handler: PasscodeHandler | null): void {
  passcodeHandler = handler;
}

/**
 * The passcode steps themselves (and switching person, which signing in
 * replaces where the shop asks always): their failures are the passcode form's
 * own to show, never a reason to ask for a passcode again.
 */
const PASSCODE_STEPS: ReadonlySet<string> = new Set([
  'sign_in',
  'approve_once',
  'set_passcode',
  'reset_with_recovery',
  'lock_desk',
  'keep_signed_in',
  'set_current_staff',
]);

/** The library's refusal of an owner's tool to someone else: "…, or let them type their passcode for this once". */
export const OWNER_ONLY_KEY = 'error-rights-owner-only';

/**
 * Whether a passcode can cure a failure: the shop's rule asks for one first
 * (`passcode_needed`), or an owner's tool was refused to someone who is not
 * an owner, which an owner's passcode approves for once.
 */
export function curedByPasscode(failure: ApiFailure): boolean {
  return failure.code === 'passcode_needed' || (failure.code === 'not_allowed' && failure.key === OWNER_ONLY_KEY);
}

/** The header a request's id travels in (the shell's `REQUEST_HEADER`). */
export const REQUEST_HEADER = 'casebook-request';

/** The id the calls being made now belong to (see `asRequest`). */
let currentRequest: string | null = null;

/** This window's request ids: a random prefix (the window may reload) and a count. */
const REQUEST_PREFIX = Math.random().toString(36).slice(2, 8) || 'w';
let requests = 0;

/** A new request id, unique in this window: short letters, digits and a dash. */
export function newRequestId(): string {
  return `${REQUEST_PREFIX}-${++requests}`;
}

/**
 * Runs `work` with the calls it makes at once (before its first `await`)
 * named `id`: the shell tells the change their write makes with that id, so
 * the window knows its own writes (`ownWrite` in `lib/state/changes.ts`).
 */
export function asRequest<T>(id: string, work: () => Promise<T>): Promise<T> {
  const before = currentRequest;
  currentRequest = id;
  try {
    return work();
  } finally {
    currentRequest = before;
  }
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  // Every call names its request, so the change a write makes says which
  // request it answered; only ids an `ownWrite` gave are the window's "own".
  const request = currentRequest ?? newRequestId();
  const options = { headers: { [REQUEST_HEADER]: request } };
  try {
    return await invoke<T>(command, args, options);
  } catch (err) {
    const failure = toFailure(err);
    const ask = passcodeHandler;
    if (!ask || PASSCODE_STEPS.has(command) || !curedByPasscode(failure)) throw failure;
    // Nothing was changed by the refused call: once the passcode is given, the
    // same call is made once more. A second refusal is shown as it is.
    const given = await ask(failure).catch(() => false);
    if (!given) throw failure;
  }
  try {
    return await invoke<T>(command, args, options);
  } catch (err) {
    throw toFailure(err);
  }
}

export const PAGE = 50;

