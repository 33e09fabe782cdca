// End to end on the real app: a customer asks what the shop holds about
// them, then to be forgotten, in a shop of two desks sharing one history
// through one PostgreSQL.
//
// 1. Desk A (the demo shop, Ana the owner, at 1024 x 700) connects and makes
//    a join code; desk B joins. A logs a walk-in; B finds it.
// 2. A takes a backup, then exports the customer from their page: a readable
//    page and a JSON file, with their words.
// 3. The server goes down. A forgets the customer (owner, with a reason)
//    while it is down: gone from A's screens and search at once. The server
//    comes back: B forgets them at its next sync.
// 4. A restores the backup taken before: the customer stays forgotten.
//
// Each desk is a computer of its own (its own database, session bus and
// password store). Needs the throwaway PostgreSQL of
// scripts/with-test-servers.sh, which `make e2e` runs this in.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KEY } from './webdriver.mjs';
import { twoDesks } from './desks.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const SERVERS = join(ROOT, 'scripts/test-servers.sh');
const PG_DIR = process.env.CASEBOOK_TEST_SERVERS_DIR;
/** Long enough for the sync loop's slowest retry after an outage (one minute) and a busy machine. */
const RECOVERY_MS = 100_000;

let a;
let b;
let dirA;
/** Stops both desks. */
let end;
let serverDown = false;
const run = Date.now().toString(36).slice(-5);
const NAME = `Quirina Zebrowski ${run}`;
const SUBJECT = `Zebra-striped frame ${run}`;
const SAID = `The zanzibar${run} paint is flaking`;

function servers(what) {
  execFileSync(SERVERS, [what, PG_DIR], { stdio: 'inherit' });
}

before(async () => {
  assert.ok(PG_DIR, 'CASEBOOK_TEST_SERVERS_DIR is not set: run the end-to-end tests with `make e2e`');
  ({ a, b, dirA, end } = await twoDesks('privacy'));
});

after(async () => {
  if (serverDown) servers('restart');
  await end?.();
});

async function blur(s) {
  await s.script('document.activeElement?.blur()');
}

/** Whether a search (Ctrl+K) for `query` lists anything containing `text`. */
async function searchShows(s, query, text) {
  await blur(s);
  await s.keys([KEY.Control, 'k']);
  const box = await s.el('[data-testid=search-box]');
  await s.cmd('POST', `/element/${box}/clear`, {});
  await s.type('[data-testid=search-box]', query);
  // The answer, or the words saying there is none.
  await s.until('the search to answer', async () =>
    s.script(`return !!document.querySelector('[data-testid=search-customer], [data-testid=search-case], [data-testid=search-entry], [data-testid=search-empty]')`),
  );
  const found = await s.script(
    `return [...document.querySelectorAll('[data-testid^=search-customer], [data-testid^=search-case], [data-testid^=search-entry]')]
       .some((e) => e.textContent.includes(arguments[0]))`,
    [text],
  );
  await s.keys(KEY.Escape);
  return found;
}

async function until(s, what, check, timeout) {
  return s.until(what, check, timeout);
}

/** Opens the customer's page from the case page. */
async function openCustomer(s) {
  await s.click('.case-head .crumbs button.link');
  await s.el('[data-testid=customer-privacy]');
}

test('a walk-in logged on desk A is found on desk B', async () => {
  await blur(a);
  await a.keys('n');
  await a.type('[data-testid=lookup]', NAME);
  await a.click('[data-testid=lookup-new]');
  await a.type('[data-testid=new-phone]', '+31 6 4242 1717');
  await a.type('[data-testid=subject]', SUBJECT);
  await a.type('[data-testid=said]', SAID);
  await a.keys([KEY.Control, KEY.Enter]);
  await a.until('the case page', async () => (await a.text('[data-testid=case-subject]')) === SUBJECT);
  await until(b, 'desk B to find the case', () => searchShows(b, `zanzibar${run}`, SUBJECT), 30_000);
});

test('the customer gets what the shop holds about them, from their page', async () => {
  // A backup first, to restore later.
  await blur(a);
  await a.shop('nav-data');
  await a.click('[data-testid=backup-now]');
  await a.el('[data-testid=backup-made]');
  await blur(a);
  await a.keys([KEY.Control, 'k']);
  await a.type('[data-testid=search-box]', SUBJECT);
  await a.click('[data-testid=search-case]', SUBJECT);
  await openCustomer(a);
  await a.click('[data-testid=export-customer]');
  await a.el('[data-testid=customer-export-result]');
  const folder = await a.text('[data-testid=customer-export-folder]');
  assert.ok(existsSync(join(folder, 'customer.html')) && existsSync(join(folder, 'customer.json')), `both files are in ${folder}`);
  const page = readFileSync(join(folder, 'customer.html'), 'utf8');
  assert.ok(page.includes(NAME) && page.includes(SAID) && page.includes(SUBJECT), 'the page holds their name, case and words');
  await a.screenshot(ARTIFACTS, 'customer-privacy.png');
});

test('forgotten on desk A while the server is down, and on desk B at its next sync', async () => {
  servers('crash');
  serverDown = true;
  await a.click('[data-testid=forget-customer]');
  await a.el('[data-testid=forget-dialog]');
  await a.screenshot(ARTIFACTS, 'forget-dialog.png');
  // A reason is asked for, and said when missing.
  await a.click('[data-testid=forget-confirm]');
  await a.el('[data-testid=forget-dialog] [role=alert]', 'Say why');
  await a.type('[data-testid=forget-reason]', 'Asked at the counter');
  await a.click('[data-testid=forget-confirm]');
  await a.el('[data-testid=customer-forgotten]', 'Asked at the counter');
  const title = await a.text('main h1');
  assert.match(title, /^#\d{5}$/, `the customer is shown by a number now: ${title}`);
  assert.equal(await searchShows(a, `zanzibar${run}`, SUBJECT), false, 'desk A finds nothing of them');
  assert.equal(await searchShows(a, NAME.split(' ')[1], NAME), false, 'nor by name');

  servers('restart');
  serverDown = false;
  await until(b, 'desk B to forget at its next sync', async () => !(await searchShows(b, `zanzibar${run}`, SUBJECT)), RECOVERY_MS);
  assert.equal(await searchShows(b, NAME.split(' ')[1], NAME), false, 'desk B finds nothing by name either');
});

test('restoring the backup taken before the erasure does not bring the customer back', async () => {
  await blur(a);
  await a.shop('nav-data');
  await a.el('[data-testid=backup-row]');
  await a.click('[data-testid=backup-row] [data-testid=restore-button]');
  await a.click('[role=dialog] [data-testid=restore-confirm]');
  await a.el('[data-testid=restore-result]');
  assert.equal(await searchShows(a, `zanzibar${run}`, SUBJECT), false, 'after the restore, desk A still finds nothing of them');
  const files = readdirSync(join(dirA, 'backups')).filter((f) => f.endsWith('.db'));
  for (const f of files) {
    const bytes = readFileSync(join(dirA, 'backups', f));
    assert.equal(bytes.includes(`zanzibar${run}`), false, `the backup ${f} holds none of their words`);
  }
});
