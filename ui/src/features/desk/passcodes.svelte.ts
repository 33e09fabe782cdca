// Passcodes at this desk, in the window: the one place that answers a command
// refused for want of a passcode (the passcode dialog asks; `call` then makes
// the same call once more), signing in after the lock screen, and the idle lock.
//
// No passcode is ever kept here: the forms hold what is typed only until it is
// sent, and clear it after each try.

import { api, ApiFailure, curedByPasscode, setPasscodeHandler, toFailure, type DeskInfo, type Staff } from '../../lib/api';
import { desk } from '../../lib/state/desk.svelte';
import { t } from '../../lib/i18n/i18n.svelte';

/** What the passcode dialog asks for. */
export type Step =
  /** The person at the desk types their own passcode (an owner, or a shift lead for shop policy). */
  | 'own'
  /** The person at the desk has none yet and chooses one. */
  | 'first'
  /** An owner types theirs, for one owner's tool. */
  | 'approve'
  /** An owner who forgot theirs chooses a new one with the shop's recovery code. */
  | 'recover';

export interface Question {
  step: Step;
  /** What was refused, in the library's words ("To add staff, Ana types their passcode first."). */
  message: string;
}

/** The library's refusal while the desk is locked: the person signs in on the lock screen. */
const SIGN_IN_KEY = 'error-rights-sign-in';
const MINUTE = 60_000;
/** How often the idle lock looks at the clock. */
const IDLE_CHECK_MS = 15_000;

/**
 * Runs one passcode step; whatever goes wrong is about `field`, so the form
 * shows the message there and keeps focus in it ("not right, 2 more tries",
 * "wait 30 s").
 */
export async function about<T>(field: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const f = toFailure(err);
    throw new ApiFailure(f.code, f.message, field, f.key, f.args);
  }
}

/** The library's refusals of a new passcode itself (too short, not digits, too easy to guess). */
const NEW_PASSCODE_KEYS: readonly string[] = ['error-passcode-digits-only', 'error-passcode-length', 'error-passcode-guessable'];

/** Like `about`, for a step that sends a new passcode beside another secret: each failure goes to the field it is about. */
export async function aboutNew<T>(newField: string, otherField: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    const f = toFailure(err);
    throw new ApiFailure(f.code, f.message, NEW_PASSCODE_KEYS.includes(f.key) ? newField : otherField, f.key, f.args);
  }
}

/** A check made before asking the library, shown on `field` like its own refusals. */
export function refuse(message: string, field: string): ApiFailure {
  return new ApiFailure('invalid_input', message, field);
}

/** The active owners who can type a passcode to approve one action. */
export function approvers(): Staff[] {
  return desk.activeStaff.filter((s) => s.role === 'owner' && s.has_passcode);
}

class Passcodes {
  /** The passcode dialog's question, while it is open. */
  question = $state<Question | null>(null);

  private answer: ((given: boolean) => void) | null = null;
  private asking: Promise<boolean> | null = null;
  private waiting: ((info: DeskInfo) => void)[] = [];
  private lastActive = Date.now();
  private lastKept = 0;
  private keepTimer: ReturnType<typeof setTimeout> | null = null;
  /** Where focus was when the desk was locked, to go back to after signing in. */
  private focusBefore: HTMLElement | null = null;

  /** The shop asks for passcodes at all: locking means something. */
  get on(): boolean {
    const ask = desk.info?.passcodes?.ask;
    return !!ask && ask !== 'never';
  }

  /**
   * Asks for the passcode a refused command needs; true once it was given.
   * Several calls refused at once share one question.
   */
  ask(failure: ApiFailure): Promise<boolean> {
    this.asking ??= this.decide(failure).finally(() => (this.asking = null));
    return this.asking;
  }

  private async decide(failure: ApiFailure): Promise<boolean> {
    const before = desk.info?.current_staff_id ?? null;
    // The desk and its staff as they are now (another desk may have changed them).
    await desk.reload().catch(() => undefined);
    if (failure.key === SIGN_IN_KEY || desk.locked) return this.untilSignedIn(before);
    const step = this.firstStep(failure);
    if (!step) return false;
    return new Promise<boolean>((resolve) => {
      this.answer = resolve;
      this.question = { step, message: failure.message };
    });
  }

  /**
   * Runs a passcode step that is itself an owner's tool (setting a colleague's
   * passcode): `call` never asks for the passcode steps, so this does, once.
   */
  async withPasscode<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      const failure = toFailure(err);
      if (!curedByPasscode(failure) || !(await this.ask(failure))) throw failure;
      return work();
    }
  }

  /** Who can give the passcode: the person at the desk, if their role allows what they tried; else an owner. */
  firstStep(failure: ApiFailure): Step | null {
    const me = desk.current;
    if (failure.code === 'passcode_needed' && me && me.role !== 'staff') return me.has_passcode ? 'own' : 'first';
    return approvers().length > 0 ? 'approve' : null;
  }

  /** The dialog moves to another step (forgot the passcode, ask an owner instead). */
  go(step: Step): void {
    if (this.question) this.question = { ...this.question, step };
  }

  /** The dialog is done: `given` says whether the refused call may be made again. */
  done(given: boolean): void {
    const answer = this.answer;
    this.answer = null;
    this.question = null;
    answer?.(given);
  }

  /**
   * Waits for the lock screen. The refused call is made again only if the same
   * person signed in: someone else's work is not recorded under their name.
   */
  private untilSignedIn(before: string | null): Promise<boolean> {
    if (!desk.locked) return Promise.resolve(desk.info?.current_staff_id === before);
    return new Promise((resolve) => this.waiting.push((info) => resolve(info.current_staff_id === before)));
  }

  /** Someone proved their passcode (signed in, chose their first, recovered): they are at the desk. */
  async signedIn(info: DeskInfo): Promise<void> {
    this.lastActive = Date.now();
    this.lastKept = Date.now();
    await desk.arrived(info);
    this.released();
  }

  /**
   * The lock screen has gone (someone signed in, or the shop no longer asks
   * always): the calls waiting on it go on, or give up.
   */
  released(): void {
    const info = desk.info;
    if (!info || desk.locked) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) resume(info);
  }

  /** Locks the desk now (the top bar's Lock, its shortcut, or the idle lock). */
  async lock(): Promise<void> {
    if (!this.on) return;
    const focused = document.activeElement;
    this.focusBefore = focused instanceof HTMLElement && focused !== document.body ? focused : null;
    try {
      const info = await api.lockDesk();
      desk.info = info;
      if (desk.locked) {
        // Whatever was open over the page stays under the lock screen, untouched.
        if (desk.overlay !== 'dialog') desk.overlay = 'none';
      } else {
        desk.notify(t('desk-lock-owner-tools'));
      }
    } catch (err) {
      desk.fail(err);
    }
  }

  /** Back where the person was working when the desk locked (the lock screen has gone). */
  refocus(): void {
    const before = this.focusBefore;
    this.focusBefore = null;
    if (before?.isConnected && !desk.locked) before.focus({ preventScroll: true });
  }

  /** A key or a click in the window: the person is still here. */
  active(now = Date.now()): void {
    if (desk.locked) return;
    this.lastActive = now;
    this.keep(now);
  }

  /** Tells the library the person is still here, at most once a minute (the last activity is never lost). */
  private keep(now: number): void {
    const info = desk.info;
    if (!info?.signed_in || info.passcodes?.ask !== 'always' || !info.passcodes.lock_minutes) return;
    const wait = this.lastKept + MINUTE - now;
    if (wait <= 0) {
      this.lastKept = now;
      api.keepSignedIn().catch(() => undefined);
    } else {
      this.keepTimer ??= setTimeout(() => {
        this.keepTimer = null;
        this.keep(Date.now());
      }, wait);
    }
  }

  /** Locks the desk when nobody touched it for the shop's idle minutes. */
  checkIdle(now = Date.now()): void {
    const info = desk.info;
    if (!info?.signed_in || desk.locked || info.passcodes?.ask !== 'always') return;
    const minutes = info.passcodes.lock_minutes;
    if (minutes > 0 && now - this.lastActive >= minutes * MINUTE) void this.lock();
  }

  /** Starts answering refused commands and watching for idleness; returns the way to stop. */
  start(): () => void {
    setPasscodeHandler((failure) => this.ask(failure));
    this.lastActive = Date.now();
    const active = () => this.active();
    const visible = () => {
      if (document.visibilityState === 'visible') this.checkIdle();
    };
    addEventListener('keydown', active, true);
    addEventListener('pointerdown', active, true);
    document.addEventListener('visibilitychange', visible);
    const timer = setInterval(() => this.checkIdle(), IDLE_CHECK_MS);
    return () => {
      setPasscodeHandler(null);
      removeEventListener('keydown', active, true);
      removeEventListener('pointerdown', active, true);
      document.removeEventListener('visibilitychange', visible);
      clearInterval(timer);
      if (this.keepTimer) clearTimeout(this.keepTimer);
      this.keepTimer = null;
    };
  }
}

export const passcodes = new Passcodes();
