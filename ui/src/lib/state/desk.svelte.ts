// The app's shared state: the desk, its staff, where we are, and the notices.
// Components read this and call its methods; all talking to the backend goes
// through `api`. Change events go through `changes.ts`: pages use `refetchOn`.

import {
  api,
  ApiFailure,
  onChanged,
  onOpenCase,
  onStatus,
  toFailure,
  type ChangeSet,
  type DeskInfo,
  type DeskStatus,
  type Handoff,
  type Staff,
} from '../api';
import { publish, subscribe, touches, wrote, type ChangeListener } from './changes';
import { t } from '../i18n/i18n.svelte';
import { loadLocale, localeChanged } from '../i18n/locale';

export type Route =
  | { name: 'queue' }
  | { name: 'case'; id: string }
  | { name: 'customer'; id: string }
  | { name: 'new'; customerId?: string }
  | { name: 'staff' }
  | { name: 'settings' }
  | { name: 'data' }
  | { name: 'promises' }
  | { name: 'register' }
  | { name: 'outreach' }
  | { name: 'reports' }
  | { name: 'duplicates' }
  | { name: 'sync' }
  | { name: 'mailbox' }
  | { name: 'replies' };

/**
 * `dialog` is a page's own dialog (hand off, record a promise): it handles its
 * keys. `menu` is a menu open in the top bar: it handles its own keys, the
 * page's stand aside, but the app's shortcuts still work (and close it).
 */
export type Overlay = 'none' | 'staff-picker' | 'find' | 'help' | 'inbox' | 'dialog' | 'menu';

export interface Notice {
  id: number;
  text: string;
  tone: 'ok' | 'error';
}

/** How many messages may wait at once. */
const MAX_NOTICES = 5;

class Desk {
  info = $state<DeskInfo | null>(null);
  staff = $state<Staff[]>([]);
  /** Set when the database could not be opened: the app shows this instead. */
  fatal = $state<ApiFailure | null>(null);
  route = $state<Route>({ name: 'queue' });
  overlay = $state<Overlay>('none');
  notices = $state<Notice[]>([]);
  /** Ticks every 30 s so "waiting 12 min" stays true without a reload. */
  now = $state(Date.now());
  /** Overdue count and notification health, from the alarm scheduler. */
  status = $state<DeskStatus>({ overdue: 0, notifications_error: null });
  /** How many minutes before a due time this desk warns ("due soon"). */
  leadMinutes = $state(15);
  /** Cases handed to whoever is at the desk, not yet opened by them. */
  inbox = $state<Handoff[]>([]);

  private history: Route[] = [];
  private noticeId = 0;
  /** Handoffs already announced to the person at the desk. */
  private announced = new Set<string>();

  get current(): Staff | undefined {
    const id = this.info?.current_staff_id;
    return id ? this.staff.find((s) => s.id === id) : undefined;
  }

  /** The shop's time zone: due times are shown in it. */
  get timeZone(): string {
    return this.info?.time_zone ?? 'UTC';
  }

  /**
   * The shop asks for a passcode always and nobody has signed in here since
   * the desk locked (or started): the lock screen covers the app.
   */
  get locked(): boolean {
    const info = this.info;
    return !!info && !info.first_run && info.passcodes?.ask === 'always' && !info.signed_in;
  }

  get activeStaff(): Staff[] {
    return this.staff.filter((s) => s.active);
  }

  staffName(id: string | null | undefined): string {
    if (!id) return t('common-nobody');
    return this.staff.find((s) => s.id === id)?.name ?? t('common-former-staff');
  }

  /** Resolves as soon as the screen can be drawn (the desk and its staff are
   * known); everything else is fetched alongside, so the queue is not kept
   * waiting behind a row of requests. */
  async start(): Promise<void> {
    setInterval(() => (this.now = Date.now()), 30_000);
    try {
      // The language comes with the first screen, so it is drawn once, in the right words.
      await Promise.all([this.reload(), this.reloadLocale()]);
      performance.mark('casebook:desk');
    } catch (err) {
      this.fatal = toFailure(err);
      return;
    }
    // A locked desk asks who is here on its lock screen instead.
    if (!this.info?.first_run && !this.current && !this.locked) this.overlay = 'staff-picker';
    void Promise.all([
      onChanged((raw) => {
        const set = publish(raw);
        if (set.staff || set.everything) void this.reloadStaff();
        if (localeChanged(set)) void this.reloadLocale();
        // A handoff to whoever is at the desk lands in their inbox.
        if (wrote(set, ['handoff'])) void this.refreshInbox();
      }),
      onStatus((status) => (this.status = status)),
      onOpenCase((id) => this.go({ name: 'case', id })),
      api.deskStatus().then((s) => (this.status = s)),
      api.responseSettings().then((s) => (this.leadMinutes = s.lead_minutes)),
      this.refreshInbox(),
    ]).catch((err) => this.fail(err));
  }

  /** Reloads the inbox; tells the person at the desk about each handoff once. */
  async refreshInbox(): Promise<void> {
    try {
      this.inbox = await api.inbox();
      for (const h of this.inbox) {
        if (!this.announced.has(h.event_id)) {
          this.announced.add(h.event_id);
          this.notify(t('desk-handed-you', { from: h.from_name ?? t('common-colleague'), subject: h.case_subject }));
        }
      }
    } catch (err) {
      this.fail(err);
    }
  }

  /** Applies the shop's or this desk's language and formats; a backend without them keeps English. */
  async reloadLocale(): Promise<void> {
    try {
      await loadLocale();
    } catch (err) {
      console.warn('[i18n] could not read the language settings', err);
    }
  }

  async reload(): Promise<void> {
    const [info, staff] = await Promise.all([api.deskInfo(), api.listStaff()]);
    this.info = info;
    this.staff = staff;
  }

  private async reloadStaff(): Promise<void> {
    try {
      // The language comes with the first screen, so it is drawn once, in the right words.
      await Promise.all([this.reload(), this.reloadLocale()]);
    } catch (err) {
      this.fail(err);
    }
  }

  async pick(staffId: string): Promise<void> {
    try {
      await this.arrived(await api.setCurrentStaff(staffId), true);
    } catch (err) {
      this.fail(err);
    }
  }

  /**
   * Someone is at the desk now, picked or signed in (`info` is the desk as the
   * library answered). A new person (or one picked again) is greeted and gets
   * their own inbox; someone signing in again after a lock just carries on.
   */
  async arrived(info: DeskInfo, greet = info.current_staff_id !== this.info?.current_staff_id): Promise<void> {
    this.info = info;
    // The staff picker closes; a dialog asking for the passcode closes itself.
    if (this.overlay !== 'dialog') this.overlay = 'none';
    if (!greet) return;
    this.notify(t('desk-now-at-desk', { name: this.current?.name ?? t('desk-staff-member') }));
    this.inbox = [];
    this.announced.clear();
    await this.refreshInbox();
  }

  /** A staff record as a command answered it, in the list at once (the change event reloads it all soon after). */
  putStaff(staff: Staff): void {
    this.staff = this.staff.map((s) => (s.id === staff.id ? staff : s));
  }

  go(route: Route): void {
    this.history.push(this.route);
    if (this.history.length > 50) this.history.shift();
    this.route = route;
    this.overlay = 'none';
  }

  /** Shows another route in this one's place, leaving the way back as it was (a merged customer's page opens the survivor's). */
  replace(route: Route): void {
    this.route = route;
  }

  back(): void {
    this.route = this.history.pop() ?? { name: 'queue' };
  }

  /**
   * Calls `listener` after every committed write, with what changed. Returns the
   * unsubscribe function. Pages use `refetchOn` (changes.ts) instead, which
   * coalesces and cleans up by itself.
   */
  subscribe(listener: ChangeListener): () => void {
    return subscribe(listener);
  }

  /** True when a change touches the given case or customer (or everything). */
  touches(set: ChangeSet, ids: { cases?: string[]; customers?: string[] }): boolean {
    return touches(set, ids);
  }

  /**
   * Adds a message. One is shown at a time, the newest (the strip at the foot
   * of the window never grows over the page); the others wait their turn,
   * counted beside it. Only the shown one's time runs, so each is on screen
   * for its few seconds in turn; screen readers hear each as it comes
   * (Notices.svelte).
   */
  notify(text: string, tone: Notice['tone'] = 'ok'): void {
    const id = ++this.noticeId;
    // A few at most: the oldest make way rather than queue for minutes.
    this.notices = [...this.notices, { id, text, tone }].slice(-MAX_NOTICES);
    this.time();
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
    this.time();
  }

  dismissAll(): void {
    this.notices = [];
    this.time();
  }

  /** Shows the next message waiting; the one shown now waits behind the others. */
  nextNotice(): void {
    const shown = this.notices.at(-1);
    if (!shown || this.notices.length < 2) return;
    this.notices = [shown, ...this.notices.slice(0, -1)];
    this.time();
  }

  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private timedNotice: number | null = null;

  /** Starts the shown message's time, when it is not already running. */
  private time(): void {
    const shown = this.notices.at(-1);
    if ((shown?.id ?? null) === this.timedNotice) return;
    clearTimeout(this.noticeTimer);
    this.timedNotice = shown?.id ?? null;
    if (shown) this.noticeTimer = setTimeout(() => this.dismiss(shown.id), shown.tone === 'error' ? 12_000 : 4_000);
  }

  /** Shows a failed command's message as a notice, for failures with no form to show them in. */
  fail(err: unknown): ApiFailure {
    const failure = toFailure(err);
    this.notify(failure.message, 'error');
    return failure;
  }

  /** A failed command whose message the calling form shows itself, next to the fields. */
  inline(err: unknown): ApiFailure {
    return toFailure(err);
  }
}

export const desk = new Desk();
