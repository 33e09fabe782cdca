// End to end on the real app: search, and lists that stay light at size.
//
// A shop of 2,000 customers and 30,000 events (the demo generator). Ctrl+K finds
// a customer by a phone number written differently, and conversations by a word
// typed half-way, with the matched words highlighted; Enter opens the result.
// The queue, hundreds of cases long, keeps only a screenful of rows in the page
// however far it is scrolled.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/debug/casebook');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

let driver;
let s;
let phone;
let name;

function cli(db, ...args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
}

before(async () => {
  const db = join(scratchDir('casebook-search-'), 'casebook.db');
  cli(db, 'seed', '--customers', '2000', '--events', '30000', '--seed', '11');
  cli(db, 'staff', 'pick', 'Dev');
  // A customer to find by phone: written internationally, searched nationally.
  const someone = JSON.parse(cli(db, '--json', 'customer', 'find', 'a', '--limit', '1'))[0];
  name = someone.name;
  phone = someone.phones[0];
  driver = await startDriver();
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'search-driver.log');
});

/** "+31 6 1001 6450" → "06-10016450"; "020 555 0147" stays national. */
function otherFormat(p) {
  const digits = p.replace(/\D/g, '');
  return digits.startsWith('31') ? `0${digits.slice(2, 3)}-${digits.slice(3)}` : `${digits.slice(0, 3)}-${digits.slice(3)}`;
}

test('search finds a customer by phone and conversations by half a word', async () => {
  await s.el('[data-testid=current-staff]', 'Dev Patel');
  await s.el('[data-testid=queue-row]');

  await s.keys([KEY.Control, 'k']);
  await s.type('[data-testid=search-box]', otherFormat(phone));
  const customer = await s.el('[data-testid=search-customer]', name);
  assert.ok(customer, `${otherFormat(phone)} finds ${name}, saved as ${phone}`);

  const box = await s.el('[data-testid=search-box]');
  await s.cmd('POST', `/element/${box}/clear`, {});
  await s.type('[data-testid=search-box]', 'squea');
  await s.el('[data-testid=search-entry]');
  const marks = await s.script('return [...document.querySelectorAll("[data-testid=search-entry] mark")].map((m) => m.textContent)');
  assert.ok(marks.length > 0 && marks.every((m) => /^squea/i.test(m)), `the matched words are highlighted: ${marks.slice(0, 5)}`);
  await s.screenshot(ARTIFACTS, 'search.png');

  await s.keys(KEY.Enter);
  await s.el('[data-testid=case-subject]');
  assert.equal(await s.script('return document.querySelector("[role=dialog]") === null'), true, 'Enter opened the first result');
});

test('a long queue keeps only a screenful of rows in the page', async () => {
  await s.script('document.activeElement?.blur()');
  await s.keys('q');
  await s.el('[data-testid=queue-row]');
  const total = Number((await s.text('[data-testid=queue-count]')).match(/\d+/)[0]);
  assert.ok(total > 300, `a long queue to scroll (${total} open cases)`);
  // Scroll to the end of what is loaded, again and again: pages load as you go.
  for (let i = 0; i < 12; i++) {
    await s.script('const m = document.querySelector("main"); m.scrollTop = m.scrollHeight;');
    await sleep(250);
  }
  // Rows still being fetched show as placeholders for a moment: wait for the
  // page that was asked for, then count, in one look.
  const [rendered, shown] = await s.until('the rows in view to be loaded', async () => {
    const counts = await s.script(
      'return [document.querySelectorAll("[data-testid=queue-row]").length, document.querySelector(".virtual").children.length]',
    );
    return counts[0] === counts[1] ? counts : null;
  });
  assert.ok(rendered < 80, `only the rows in view are in the page (${rendered})`);
  assert.equal(rendered, shown, 'every child of the list is a row');
  const last = await s.script('return Math.max(...[...document.querySelectorAll("[data-index]")].map((e) => Number(e.dataset.index)))');
  assert.ok(last > 200, `far down the queue (row ${last}) after scrolling`);
});
