// How every command is called: `invoke` with the command's Rust name, and any
// failure turned into an `ApiFailure` with the backend's stable code. The typed
// wrappers (one file per feature, generated from the Rust declarations) use
// this; components never call `invoke` themselves.

import { invoke } from '@tauri-apps/api/core';
import type { ApiError, ErrorCode } from './types';

/** A failed command, carrying the backend's stable code and its message. */
export class ApiFailure extends Error implements ApiError {
  readonly code: ErrorCode;
  /** The input field the failure is about, when the backend names one. */
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.code = code;
    this.name = 'ApiFailure';
    if (field) this.field = field;
  }
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'invalid_input',
  'not_found',
  'duplicate_customer',
  'conflict',
  'not_allowed',
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
    const { code, message, field } = err as { code: unknown; message: unknown; field?: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      const known = (KNOWN_CODES as readonly string[]).includes(code);
      return new ApiFailure(known ? (code as ErrorCode) : 'internal', message, typeof field === 'string' ? field : undefined);
    }
  }
  if (typeof err === 'string') {
    // The shell itself refused the call (for example, arguments of the wrong shape).
    return new ApiFailure('invalid_input', err);
  }
  if (err instanceof Error) return new ApiFailure('internal', err.message);
  return new ApiFailure('internal', 'Something went wrong. Please try again.');
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toFailure(err);
  }
}

export const PAGE = 50;

