// End to end on the real app: two desks, one history, through one PostgreSQL.
//
// 1. Desk A (the demo shop, Ana the owner, on a 1024 x 700 laptop) connects on
//    the Desks & sync page with the owner's address, and makes a join code.
// 2. Desk B, a new and empty Casebook, joins with the code on its first screen
//    and receives the history; a case logged on A shows on B within seconds.
// 3. The server crashes. Both desks work on, each saying "Offline since … · N
//    waiting"; both add the same customer. The server comes back: both end
//    with everything and say "In sync".
// 4. A merges the duplicate from Possible duplicates; B sees one customer.
// 5. Ana turns passcodes on at A; at B, Ben's owner's tool is approved with
//    the passcode she chose at A (a wrong one is refused there too).
// 6. A revokes B, which says so at once.
//
// Each desk is a computer of its own: its own database, its own session bus
// and password store (tauri-driver for B runs under scripts/with-keyring.sh),
// so the second app does not hand over to the first. Needs the throwaway
// PostgreSQL of scripts/with-test-servers.sh, which `make e2e` runs this in.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const SERVERS = join(ROOT, 'scripts/test-servers.sh');
const PG_URL = process.env.CASEBOOK_TEST_PG_URL;
const PG_DIR = process.env.CASEBOOK_TEST_SERVERS_DIR;

/** Long enough for the sync loop's slowest retry after an outage (one minute) and a busy machine. */
const RECOVERY_MS = 100_000;

let driverA;
let driverB;
/** Desk A: the counter, the shop's first desk. */
let a;
/** Desk B: the workshop, joining with a code. */
let b;
let ownerUrl;
let joinCode;
let serverDown = false;
const run = Date.now().toString(36).slice(-5);

function servers(what) {
  execFileSync(SERVERS, [what, PG_DIR], { stdio: 'inherit' });
}

before(async () => {
  assert.ok(
    PG_URL && PG_DIR,
    'CASEBOOK_TEST_PG_URL is not set: run the end-to-end tests with `make e2e`, which starts a throwaway PostgreSQL (scripts/with-test-servers.sh)',
  );
  // The shop's own database on the server, as an owner would make it.
  const dbname = `casebook_e2e_${run}`;
  execFileSync('psql', [PG_URL, '-v', 'ON_ERROR_STOP=1', '-qAtc', `CREATE DATABASE ${dbname}`]);
  ownerUrl = PG_URL.replace(/\/[^/?]*(\?.*)?$/, `/${dbname}`);

  const dirA = scratchDir('casebook-sync-a-');
  const dirB = scratchDir('casebook-sync-b-');
  driverA = await startDriver({ port: 4444, nativePort: 4445 });
  driverB = await startDriver({ port: 4446, nativePort: 4447, wrap: [join(ROOT, 'scripts/with-keyring.sh')] });
  a = await Session.start(driverA.base, APP, ['--db', join(dirA, 'casebook.db')]);
  b = await Session.start(driverB.base, APP, ['--db', join(dirB, 'casebook.db')]);
  await a.cmd('POST', '/window/rect', { width: 1024, height: 700 });
});

after(async () => {
  if (serverDown) servers('restart');
  await a?.end();
  await b?.end();
  await driverA?.stop(ARTIFACTS, 'sync-a-driver.log');
  await driverB?.stop(ARTIFACTS, 'sync-b-driver.log');
});

async function blur(s) {
  await s.script('document.activeElement?.blur()');
}

/** What the top bar's sync indicator says ('' when it shows nothing). */
function indicator(s) {
  return s.script('return document.querySelector("[data-testid=sync-indicator] .words")?.textContent.trim() ?? ""');
}

async function waitIndicator(s, what, test, timeout = 25_000) {
  let last = '';
  try {
    return await s.until(
      what,
      async () => {
        last = await indicator(s);
        return test(last) ? last : null;
      },
      timeout,
    );
  } catch (err) {
    throw new Error(`${err.message}; the indicator said '${last}'`);
  }
}

const IN_SYNC = (t) => t === 'In sync';
const OFFLINE_WAITING = (t) => /^Offline since (\d\d:\d\d|\w{3} \d\d:\d\d|\d+ \w+) · [1-9][\d,]* waiting$/.test(t);

async function noDialog(s) {
  await s.until('no dialog', async () => s.script('return document.querySelector("[role=dialog]") === null'));
}

/** Logs a walk-in from a new customer, as at the counter, and waits for its case page. */
async function logCase(s, { name, phone, subject, said }) {
  await blur(s);
  await s.keys('n');
  await s.type('[data-testid=lookup]', name);
  await s.click('[data-testid=lookup-new]');
  await s.type('[data-testid=new-phone]', phone);
  await s.type('[data-testid=subject]', subject);
  await s.type('[data-testid=said]', said);
  // Ctrl+Enter from the text, as at the counter: at 1024 x 700 the button is below the fold.
  await s.keys([KEY.Control, KEY.Enter]);
  await s.until(`the case page of '${subject}'`, async () => (await s.text('[data-testid=case-subject]')) === subject);
}

/** Searches (Ctrl+K) until `text` shows among the results of kind `kind`, or fails after `timeout`. */
async function searchFinds(s, query, kind, text, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  try {
    while (Date.now() < deadline) {
      await blur(s);
      await s.keys([KEY.Control, 'k']);
      const box = await s.el('[data-testid=search-box]');
      await s.cmd('POST', `/element/${box}/clear`, {});
      await s.type('[data-testid=search-box]', query);
      const found = await s
        .until(`'${text}' in the results`, async () =>
          s.script(
            `return [...document.querySelectorAll('[data-testid=${kind}]')].some((e) => e.textContent.includes(arguments[0]))`,
            [text],
          ),
        3_000)
        .catch(() => false);
      await s.keys(KEY.Escape);
      if (found) return true;
    }
  } finally {
    await noDialog(s).catch(() => {});
  }
  throw new Error(`search for '${query}' never found '${text}' within ${timeout / 1000} s`);
}

/** The top bar fits its window and the sync indicator reads in full. */
async function barFits(s, why) {
  const r = await s.script(`
    const bar = document.querySelector('header');
    const sync = document.querySelector('[data-testid=sync-indicator]');
    return {
      width: innerWidth,
      barFits: bar.scrollWidth <= bar.clientWidth + 1,
      syncWhole: !sync || (sync.scrollWidth <= sync.clientWidth + 1 && sync.getBoundingClientRect().right <= innerWidth),
      who: document.querySelector('[data-testid=switch-staff]').getBoundingClientRect().right <= innerWidth + 1,
    };`);
  assert.ok(r.barFits && r.syncWhole && r.who, `${why}: the top bar fits and the sync indicator reads in full: ${JSON.stringify(r)}`);
}

test('desk A connects as the shop’s first desk and makes a join code', async () => {
  await a.el('h1', 'Welcome to Casebook');
  await a.click('[data-testid=load-demo]');
  await a.click('[data-testid=pick-staff]', 'Ana Costa');
  await a.el('[data-testid=current-staff]', 'Ana Costa');
  await noDialog(a);
  assert.equal(await indicator(a), '', 'a desk on its own says nothing about sync in the top bar');

  await a.shop('nav-sync');
  await a.el('main h1', 'Desks & sync');
  await a.el('[data-testid=connect-form]');
  await a.screenshot(ARTIFACTS, 'desks-and-sync-alone.png');
  // The owner pastes the whole address; the password leaves it for its own field.
  await a.type('[data-testid=sync-url]', ownerUrl);
  const shown = await a.script('return document.querySelector("[data-testid=sync-url]").value');
  const password = new URL(ownerUrl).password;
  assert.ok(!shown.includes(password), `the password is not left in clear in the address field: ${shown}`);
  assert.equal(
    await a.script('return document.querySelector("[data-testid=sync-password]").value'),
    decodeURIComponent(password),
    'it is in the password field instead',
  );
  assert.match(await a.text('[data-testid=sync-url-local]'), /only works for desks on this same computer/, 'a loopback address is explained');
  await a.type('[data-testid=sync-shop]', 'Costa Cycles');
  await a.type('[data-testid=sync-desk]', 'Counter');
  await a.click('[data-testid=sync-connect]');
  await a.until('the connected page', async () => a.script('return !!document.querySelector("[data-testid=sync-summary]")'), 60_000);
  await waitIndicator(a, 'desk A in sync', IN_SYNC, 30_000);
  await a.el('[data-testid=desk-row]', 'Counter');
  assert.match(await a.text('[data-testid=sync-summary]'), /Costa Cycles/, 'the page names the shop');

  await a.type('[data-testid=new-desk-name]', 'Workshop');
  await a.click('[data-testid=make-code]');
  await a.el('[data-testid=made-code]');
  joinCode = await a.script('return document.querySelector("[data-testid=made-code]").value');
  assert.match(joinCode, /^casebook1\./, 'a join code is shown');
  assert.equal(await a.script('return document.querySelector("[data-testid=made-code]").readOnly'), true, 'read-only');
  await a.el('[data-testid=join-code-made]', 'keep it private');
  await a.click('[data-testid=copy-code]');
  await a.el('[data-testid=copy-code]', 'Copied');
  await a.el('[data-testid=desk-row]', 'Workshop');
});

test('desk B joins with the code on its first screen, and sees what A logs within seconds', async () => {
  await b.el('h1', 'Welcome to Casebook');
  await b.screenshot(ARTIFACTS, 'first-run-join.png');
  await b.type('[data-testid=join-code]', 'casebook1.not-a-code');
  await b.click('[data-testid=join-submit]');
  assert.match(await b.text('[data-testid=join-error]'), /join code/i, 'a mistyped code is explained');
  const box = await b.el('[data-testid=join-code]');
  await b.cmd('POST', `/element/${box}/clear`, {});
  await b.type('[data-testid=join-code]', joinCode);
  await b.click('[data-testid=join-submit]');
  // The history arrives; the desk opens asking who is here.
  await b.el('[role=dialog] h2', 'Who is at the desk?');
  await b.click('[data-testid=pick-staff]', 'Ben Okafor');
  await b.el('[data-testid=current-staff]', 'Ben Okafor');
  await noDialog(b);
  await waitIndicator(b, 'desk B in sync', IN_SYNC, 60_000);
  await b.el('[data-testid=queue-row]');

  const subject = `Gears slip under load ${run}`;
  await logCase(a, {
    name: `Henrike Vossberg ${run}`,
    phone: '+31 6 7777 0303',
    subject,
    said: 'It jumps off the big cog when I climb.',
  });
  const logged = Date.now();
  await blur(a);
  await a.keys('q');
  await searchFinds(b, `Gears slip ${run}`, 'search-case', subject, 20_000);
  const seconds = (Date.now() - logged) / 1000;
  console.log(`a case logged on desk A was found on desk B after ${seconds.toFixed(1)} s (including the search typing)`);
  assert.ok(seconds < 20, 'within seconds');

  // Ben hands that case to Ana from the workshop; the counter hears of it.
  await blur(b);
  await b.keys([KEY.Control, 'k']);
  await b.type('[data-testid=search-box]', `Gears slip ${run}`);
  await b.click('[data-testid=search-case]', subject);
  await b.until('the case page on desk B', async () => (await b.text('[data-testid=case-subject]')) === subject);
  await blur(b);
  await b.keys('h');
  await b.click('[data-testid=handoff-form] label.chip', 'Ana Costa');
  await b.type('[data-testid=handoff-note]', 'Chain and cassette worn; quote both.');
  await b.keys([KEY.Control, KEY.Enter]);
  await noDialog(b);
  await a.el('[data-testid=inbox-badge]', 'Handed to you (1)');
});

test('with the server down both desks work on and say so; when it is back both have everything', async () => {
  servers('crash');
  serverDown = true;
  await waitIndicator(a, 'desk A offline', (t) => t.startsWith('Offline since'), 45_000);
  await waitIndicator(b, 'desk B offline', (t) => t.startsWith('Offline since'), 45_000);

  // The same customer arrives at both desks while they cannot talk.
  const name = `Marguerite Oyelaran ${run}`;
  await logCase(a, { name, phone: '+31 6 4444 0202', subject: `Saddle creaks at the counter ${run}`, said: 'A creak every pedal stroke.' });
  await logCase(b, { name, phone: '06-44440202', subject: `Saddle creaks in the workshop ${run}`, said: 'Brought the bike in for the creak.' });
  const offlineA = await waitIndicator(a, 'desk A offline with work waiting', OFFLINE_WAITING, 75_000);
  const offlineB = await waitIndicator(b, 'desk B offline with work waiting', OFFLINE_WAITING, 75_000);
  console.log(`while the server was down: A said '${offlineA}', B said '${offlineB}'`);
  assert.ok(await a.script('return !!document.querySelector("[data-testid=inbox-badge]")'), 'the handoff badge shows beside it');
  await barFits(a, 'desk A offline at 1024 px, with the handoff badge');
  await a.screenshot(ARTIFACTS, 'offline-1024.png');
  assert.ok(
    (await a.script('return document.querySelector("[data-testid=sync-indicator]").title')).includes('cannot be reached'),
    'the indicator says in a sentence what is going on',
  );

  servers('restart');
  serverDown = false;
  await waitIndicator(a, 'desk A back in sync', IN_SYNC, RECOVERY_MS);
  await waitIndicator(b, 'desk B back in sync', IN_SYNC, RECOVERY_MS);
  await searchFinds(a, `workshop ${run}`, 'search-case', `Saddle creaks in the workshop ${run}`);
  await searchFinds(b, `counter ${run}`, 'search-case', `Saddle creaks at the counter ${run}`);
  await barFits(a, 'desk A in sync at 1024 px');
});

test('desk A merges the customer added twice; desk B sees one customer with both cases', async () => {
  const name = `Marguerite Oyelaran ${run}`;
  await blur(a);
  await a.shop('nav-duplicates');
  await a.el('main h1', 'Possible duplicates');
  await a.el('[data-testid=duplicate-pair]', name);
  await a.screenshot(ARTIFACTS, 'possible-duplicates.png');
  const reasons = await a.script(
    `return [...document.querySelectorAll('[data-testid=duplicate-pair]')].find((p) => p.textContent.includes(arguments[0]))
       .querySelector('[data-testid=duplicate-reasons]').innerText`,
    [name],
  );
  assert.match(reasons, /Same phone number/, `the reasons are in words: ${reasons}`);
  assert.match(reasons, /Same name/, 'both reasons show');
  await a.script(
    `[...document.querySelectorAll('[data-testid=duplicate-pair]')].find((p) => p.textContent.includes(arguments[0]))
       .querySelector('[data-testid=merge-pair]').click()`,
    [name],
  );
  const dialog = await a.text('[data-testid=merge-dialog]');
  assert.match(dialog, /stays: it was added first/, `the confirmation says which record stays: ${dialog}`);
  assert.match(dialog, /undo this from the customer’s page/, 'and that it can be undone');
  await a.click('[data-testid=merge-confirm]');
  await noDialog(a);
  await a.click('[data-testid=merge-done] button', 'Open their page');
  await a.el('[data-testid=merge-entry]', 'Merged with the record of');
  await a.screenshot(ARTIFACTS, 'merged-customer.png');
  await a.until('one customer with both cases', async () => {
    const page = await a.script('return document.querySelector("main").innerText');
    return page.includes(`Saddle creaks at the counter ${run}`) && page.includes(`Saddle creaks in the workshop ${run}`);
  });

  // Desk B hears of the merge: one customer with both cases, and the pair gone from its list.
  await searchFinds(b, name, 'search-customer', name);
  await blur(b);
  await b.keys([KEY.Control, 'k']);
  await b.type('[data-testid=search-box]', name);
  await b.el('[data-testid=search-customer]', name);
  await b.until('one customer found by that name on desk B', async () =>
    (await b.script(
      `return [...document.querySelectorAll('[data-testid=search-customer]')].filter((e) => e.textContent.includes(arguments[0])).length`,
      [name],
    )) === 1,
  );
  await b.click('[data-testid=search-customer]', name);
  await b.until('one customer with both cases on desk B', async () => {
    const page = await b.script('return document.querySelector("main").innerText');
    return page.includes(`Saddle creaks at the counter ${run}`) && page.includes(`Saddle creaks in the workshop ${run}`);
  });

  await blur(b);
  await b.shop('nav-duplicates');
  await b.el('main h1', 'Possible duplicates');
  await b.until(
    'the merged pair to leave desk B’s list',
    async () => b.script(`return ![...document.querySelectorAll('[data-testid=duplicate-pair]')].some((p) => p.textContent.includes(arguments[0]))`, [name]),
    20_000,
  );
  await waitIndicator(b, 'desk B in sync after the merge', IN_SYNC);
  await waitIndicator(a, 'desk A in sync after the merge', IN_SYNC);
});

test('the owner shows the shop’s key code, and the workshop takes it and syncs on', async () => {
  await blur(a);
  await a.shop('nav-sync');
  await a.el('[data-testid=shop-key-section]', 'Customers’ words on the server');
  // Pressed until the code shows (a press WebKit swallows is pressed again, as
  // a person would); a refusal fails the test with its words.
  await a.until('the key code shown', async () => {
    const state = await a.script(`
      if (document.querySelector('[data-testid=made-key-code]')) return 'made';
      const err = document.querySelector('[data-testid=shop-key-section] .error-box');
      if (err) return 'refused: ' + err.textContent;
      const seal = document.querySelector('[data-testid=seal-shop]');
      if (seal && !seal.disabled) seal.click();
      return 'waiting';`);
    if (state.startsWith('refused')) throw new Error(state);
    return state === 'made';
  }, 40_000);
  await a.el('[data-testid=key-code-made]', 'It holds the shop’s key');
  const code = await a.script('return document.querySelector("[data-testid=made-key-code]").value');
  assert.match(code, /^cbkey1\./, 'the owner is shown a key code');
  await a.click('[data-testid=key-code-made] button', 'Done');
  await blur(b);
  await b.shop('nav-sync');
  await b.el('[data-testid=shop-key-section] summary', 'Paste the shop’s key');
  // Opened and sent empty until the refusal shows: a click WebKit swallows
  // while the page settles (the section opening, or closing again) is made
  // again, as a person would.
  await b.until('an empty key code refused in words', async () =>
    b.script(
      `const form = document.querySelector('[data-testid=key-form]');
       if (form?.textContent.includes(arguments[0])) return true;
       const details = document.querySelector('[data-testid=shop-key-section] details');
       if (details && !details.open) details.querySelector('summary').click();
       else document.querySelector('[data-testid=key-submit]:not(:disabled)')?.click();
       return false;`,
      ['Paste the key code from the owner’s desk first.'],
    ),
  );
  await b.type('[data-testid=key-code]', code);
  await b.click('[data-testid=key-submit]');
  await b.until(
    'the key taken (the field empties)',
    async () => b.script('return document.querySelector("[data-testid=key-code]").value === "" && !document.querySelector("[data-testid=key-form] .error-box")'),
  );
  await waitIndicator(b, 'desk B in sync with the key', IN_SYNC);
});

test('the owner turns passcodes on at the counter; at the workshop her passcode approves an owner’s tool', async () => {
  await blur(a);
  await a.shop('nav-staff');
  await a.click('[data-testid=rule-ask-owner_tools]');
  await a.type('[data-testid=rule-own-new]', '4071');
  await a.type('[data-testid=rule-own-again]', '4071');
  await a.click('[data-testid=rule-save]');
  await a.el('[data-testid=recovery-shown-code]');
  await a.click('[data-testid=recovery-shown-done]');
  await waitIndicator(a, 'desk A in sync with the passcode rule', IN_SYNC);

  // Ben, at the workshop, adds a colleague: an owner's tool. Ana, passing by,
  // types the passcode she chose at the counter, once it has arrived there.
  await b.until('Ana’s passcode at the workshop', async () =>
    b.script("return window.__TAURI_INTERNALS__.invoke('list_staff').then((all) => all.some((s) => s.name === 'Ana Costa' && s.has_passcode))"),
  );
  await blur(b);
  await b.shop('nav-staff');
  await b.type('#staff-name', `Gus New ${run}`);
  await b.keys(KEY.Enter);
  await b.el('[data-testid=passcode-dialog][data-step=approve]');
  await b.type('[data-testid=approve-code]', '9999');
  await b.click('[data-testid=approve-submit]');
  assert.match(await b.text('[data-testid=passcode-error]'), /not right/, 'a wrong passcode is refused at the second desk');
  await b.type('[data-testid=approve-code]', '4071');
  await b.click('[data-testid=approve-submit]');
  await b.until(
    'Gus on the workshop’s staff list',
    async () => b.script(`return [...document.querySelectorAll('table td')].some((c) => c.textContent.includes(arguments[0]))`, [`Gus New ${run}`]),
  );
  await waitIndicator(b, 'desk B in sync with the new colleague', IN_SYNC);
  await a.el('table td', `Gus New ${run}`);
});

test('the Desks & sync page lists both desks; revoking the workshop stops it at once', async () => {
  await blur(a);
  await a.cmd('POST', '/window/rect', { width: 1280, height: 800 });
  await a.shop('nav-sync');
  await a.el('[data-testid=desk-row]', 'Workshop');
  await a.until('the workshop seen', async () => !(await a.text('[data-testid=desks-table]')).includes('Not yet'), 30_000);
  await a.until('no messages over the page', async () => a.script('return document.querySelectorAll(".notice").length === 0'), 15_000).catch(() => {});
  const shot = await a.screenshot(ARTIFACTS, 'desks-and-sync.png');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(shot, join(ROOT, 'docs/desks-and-sync.png'));
  console.log(`screenshot: ${shot}`);

  await a.script(
    `[...document.querySelectorAll('[data-testid=desk-row]')].find((r) => r.textContent.includes('Workshop'))
       .querySelector('[data-testid=revoke-desk]').click()`,
  );
  await a.el('[role=dialog] h2', 'Revoke ‘Workshop’?');
  await a.el('[role=dialog]', 'That PC can no longer send or receive. Its work so far stays.');
  await a.click('[data-testid=revoke-confirm]');
  await noDialog(a);
  await a.el('[data-testid=desk-row]', 'Revoked');
  const told = await waitIndicator(b, 'desk B told it was revoked', (t) => t === 'Sync problem', 60_000);
  assert.equal(told, 'Sync problem');
  await blur(b);
  await b.shop('nav-sync');
  console.log(`desk B says: ${await b.text('[data-testid=sync-status]')}`);
  await b.screenshot(ARTIFACTS, 'sync-problem.png');
});
