// A small W3C WebDriver client for the end-to-end tests: tauri-driver speaks the
// standard protocol, so plain HTTP is enough and nothing has to be downloaded.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const KEY = {
  Tab: '\uE004',
  Shift: '\uE008',
  Enter: '\uE007',
  Backspace: '\uE003',
  Escape: '\uE00C',
  Control: '\uE009',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  F2: '\uE032',
};

const scratch = [];

/**
 * A new empty folder under the system's temporary folder for one test file's
 * shop (its database, attachments, backups), removed when the test process
 * exits, passed or failed, so repeated runs do not fill the disk. Set
 * CASEBOOK_KEEP_TEMP=1 to keep them for a look after a failure.
 */
export function scratchDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (scratch.length === 0 && !process.env.CASEBOOK_KEEP_TEMP) {
    process.on('exit', () => {
      for (const d of scratch) rmSync(d, { recursive: true, force: true });
    });
  }
  scratch.push(dir);
  return dir;
}

/** An element id as a script argument (it arrives in the page as the element itself). */
export function ref(id) {
  return { [ELEMENT]: id };
}

/**
 * Starts tauri-driver and waits until it answers. `wrap` runs it through a
 * command first (e.g. scripts/with-keyring.sh, a session bus and keyring of
 * its own: a second Casebook on the same bus would hand over to the first).
 */
export async function startDriver({ port = 4444, nativePort = 4445, wrap = [] } = {}) {
  // Its own process group: stopping the driver stops WebKitWebDriver and the app
  // with it. An app left running would make the next launch hand over to it
  // (one copy of Casebook at a time) and the next session would wait forever.
  const [command, ...before] = [...wrap, 'tauri-driver'];
  const proc = spawn(command, [...before, '--port', String(port), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const signalGroup = (signal) => {
    try {
      process.kill(-proc.pid, signal);
    } catch {
      // already gone
    }
  };
  const killGroup = () => signalGroup('SIGKILL');
  process.on('exit', killGroup);
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) {
      killGroup();
      throw new Error(`tauri-driver exited early:\n${log}`);
    }
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) {
        return {
          base,
          log: () => log,
          /**
           * Stops the driver and keeps what it and the app printed, for a failed
           * run. A wrapped driver is asked first (its wrapper tidies up after
           * itself), then stopped hard.
           */
          stop: async (dir, name) => {
            if (wrap.length > 0 && proc.exitCode === null) {
              signalGroup('SIGTERM');
              const until = Date.now() + 3_000;
              while (proc.exitCode === null && Date.now() < until) await sleep(100);
            }
            killGroup();
            if (dir && name) {
              mkdirSync(dir, { recursive: true });
              writeFileSync(join(dir, name), log);
            }
          },
        };
      }
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  killGroup();
  throw new Error(`tauri-driver did not start within 20 s:\n${log}`);
}

/** No single WebDriver request may take longer than this: a hung app fails the test instead of CI. */
const REQUEST_TIMEOUT_MS = 60_000;

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  }).catch((err) => {
    throw new Error(`${method} ${path} got no answer within ${REQUEST_TIMEOUT_MS / 1000} s (${err.message})`);
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    const err = new Error(`${method} ${path} → ${res.status} ${v.error ?? ''}: ${v.message ?? JSON.stringify(json)}`);
    err.webdriver = v.error;
    throw err;
  }
  return json.value;
}

export class Session {
  static async start(base, application, args = []) {
    const caps = {
      capabilities: {
        alwaysMatch: {
          'tauri:options': { application, args },
          'wdio:enforceWebDriverClassic': true,
        },
      },
    };
    // The first session can race the app's start-up; retry briefly.
    let lastError;
    for (let i = 0; i < 5; i++) {
      try {
        const value = await request(base, 'POST', '/session', caps);
        return new Session(base, value.sessionId);
      } catch (err) {
        lastError = err;
        await sleep(1000);
      }
    }
    throw lastError;
  }

  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async end() {
    await this.cmd('DELETE', '').catch(() => {});
  }

  /**
   * Polls until `fn` returns a truthy value, or fails with `what`. The limit is
   * generous because shared CI machines stall for seconds at a time; a passing
   * check returns as soon as it passes.
   */
  async until(what, fn, timeout = 25_000) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
      try {
        const v = await fn();
        if (v) return v;
      } catch (err) {
        last = err;
      }
      await sleep(150);
    }
    // What the window showed instead, so a failure on CI can be understood
    // from its log alone.
    const shown = await this.script('return document.body.innerText.slice(0, 400)').catch(() => '(unreadable)');
    throw new Error(
      `Timed out waiting for ${what}${last ? `: ${last.message}` : ''}\nThe window showed: ${JSON.stringify(shown)}`,
    );
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  /** Waits for an element matching `css` (and, if given, containing `text`). */
  async el(css, text) {
    return this.until(`'${css}'${text ? ` with text '${text}'` : ''}`, async () => {
      if (!text) return this.find(css);
      const id = await this.script(
        `const [css, text] = arguments;
         return [...document.querySelectorAll(css)].find((e) => e.textContent.includes(text)) ?? null;`,
        [css, text],
      );
      return id ? id[ELEMENT] : null;
    });
  }

  /**
   * Clicks an element once it can be used: a button or a list still disabled
   * while its page loads would swallow the click (a person waits too).
   */
  async click(css, text) {
    // An element caught while its page is still laid out (a menu closing over
    // it, a section re-rendered) is "not interactable" or stale for a moment:
    // it is found again and clicked again, as a person would, for a while.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const id = await this.el(css, text);
      await this.until(`'${css}' to be enabled`, () =>
        this.script(
          `const e = arguments[0];
           return !(e.disabled || e.closest('select:disabled, fieldset:disabled, button:disabled'));`,
          [{ [ELEMENT]: id }],
        ),
      );
      try {
        await this.cmd('POST', `/element/${id}/click`, {});
        return;
      } catch (err) {
        const passing = err.webdriver === 'element not interactable' || err.webdriver === 'stale element reference';
        if (!passing || Date.now() > deadline) throw err;
        await sleep(200);
      }
    }
  }

  /**
   * Opens a page from the Shop menu of the top bar, where the owner's tools
   * are (Reports, Complaints & escalations, Staff, Hours & targets, Backups &
   * data): opens the menu unless it is open, then clicks the item.
   */
  async shop(testid) {
    await this.el('[data-testid=nav-shop]');
    const open = await this.script(
      `return document.querySelector('[data-testid=nav-shop]').getAttribute('aria-expanded') === 'true'`,
    );
    if (!open) await this.click('[data-testid=nav-shop]');
    await this.click(`[role=menu] [data-testid=${testid}]`);
  }

  async type(css, value) {
    const id = await this.el(css);
    await this.cmd('POST', `/element/${id}/value`, { text: value });
  }

  async text(css) {
    const id = await this.el(css);
    return this.cmd('GET', `/element/${id}/text`);
  }

  async script(source, args = []) {
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }

  /** Presses keys as a person would, on whatever has focus. */
  async keys(...sequence) {
    const actions = [];
    for (const k of sequence) {
      if (Array.isArray(k)) {
        // A chord: hold all but the last, press the last.
        const held = k.slice(0, -1);
        for (const h of held) actions.push({ type: 'keyDown', value: h });
        actions.push({ type: 'keyDown', value: k.at(-1) }, { type: 'keyUp', value: k.at(-1) });
        for (const h of held.reverse()) actions.push({ type: 'keyUp', value: h });
      } else {
        actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k });
      }
    }
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions').catch(() => {});
  }

  async screenshot(dir, name) {
    // WebKit's driver waits for the next paint: on a page with nothing moving
    // it would wait forever. A change nobody can see brings that paint.
    await this.script(
      `const b = document.body;
       b.style.opacity = '0.999';
       setTimeout(() => { b.style.opacity = ''; }, 200);`,
    ).catch(() => {});
    const png = await this.cmd('GET', '/screenshot');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    writeFileSync(path, Buffer.from(png, 'base64'));
    return path;
  }
}
