// End to end on the real app: hostile text, a locked-down shell, and the
// Backups & data page.
//
// A customer named with markup, a case subject with a script tag and a message
// with an onerror handler all show as the characters typed; nothing runs. The
// web UI cannot reach a Tauri plugin, and the Content Security Policy stops an
// inline script injected at run time. Then a backup is made and restored, and a
// spreadsheet of customers is mapped, previewed and imported from the page.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/debug/casebook');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const NAME = '<img src=x onerror=alert(1)>';
const SUBJECT = '<script>window.__pwned = 1</script> Brakes';
const MESSAGE = '<img src=x onerror="window.__pwned = 2"> it squeals';

let driver;
let s;
let dir;

function cli(db, ...args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
}

before(async () => {
  dir = scratchDir('casebook-safety-');
  const db = join(dir, 'casebook.db');
  cli(db, 'staff', 'add', 'Ana Costa', '--role', 'owner');
  cli(db, 'staff', 'pick', 'Ana');
  const customer = JSON.parse(cli(db, '--json', 'customer', 'add', '--name', NAME));
  cli(db, 'case', 'open', '--customer', customer.id, '--subject', SUBJECT, '--message', MESSAGE);
  driver = await startDriver();
  s = await Session.start(driver.base, APP, ['--db', db]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'safety-driver.log');
});

test('markup in a name, a subject and a message shows as text and never runs', async () => {
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.click('[data-testid=queue-row]');
  const subject = await s.text('[data-testid=case-subject]');
  assert.equal(subject, SUBJECT, 'the subject shows exactly as typed, tags and all');
  const page = await s.script('return document.body.innerText');
  assert.ok(page.includes(NAME), 'the customer name shows as the characters typed');
  assert.ok(page.includes(MESSAGE), 'the message shows as the characters typed');
  const injected = await s.script(
    'return { imgs: document.querySelectorAll("img[src=x]").length, scripts: [...document.scripts].filter((x) => x.textContent.includes("__pwned")).length, pwned: window.__pwned ?? null }',
  );
  assert.deepEqual(injected, { imgs: 0, scripts: 0, pwned: null }, 'no element was made from the text and nothing ran');
  await s.screenshot(ARTIFACTS, 'hostile-text.png');
});

test('the web UI cannot reach a plugin, and inline scripts are blocked', async () => {
  const denied = await s.script(`
    const call = (cmd, args) => window.__TAURI_INTERNALS__.invoke(cmd, args).then(() => 'allowed', (e) => 'denied: ' + JSON.stringify(e));
    return Promise.all([
      call('plugin:fs|read_text_file', { path: '/etc/passwd' }),
      call('plugin:shell|open', { path: 'https://example.com' }),
      call('plugin:http|fetch', { clientConfig: { url: 'https://example.com' } }),
      call('plugin:dialog|open', {}),
    ]);`);
  for (const answer of denied) {
    assert.match(answer, /^denied/, `a plugin command is refused: ${answer}`);
  }
  const malformed = await s.script(
    "return window.__TAURI_INTERNALS__.invoke('restore_backup', { file_name: 42 }).then(() => null, (e) => e)",
  );
  assert.equal(malformed?.code, 'invalid_input', `bad arguments come back as {code, message}: ${JSON.stringify(malformed)}`);
  assert.ok(malformed.message.length > 0, 'with a message');

  const inline = await s.script(`
    const el = document.createElement('script');
    el.textContent = 'window.__inline = 1';
    document.body.append(el);
    return new Promise((done) => setTimeout(() => done(window.__inline ?? null), 100));`);
  assert.equal(inline, null, 'the Content Security Policy stops an injected inline script');
});

test('back up, restore, and import customers from a spreadsheet on the Backups & data page', async () => {
  // Backups & data is in the Shop menu of the top bar.
  await s.shop('nav-data');
  await s.el('[data-testid=backups-section]');
  await s.click('[data-testid=backup-now]');
  await s.el('[data-testid=backup-made]');
  const row = await s.el('[data-testid=backup-row]');
  assert.ok(row, 'the new backup is listed');
  assert.match(await s.text('[data-testid=backup-row]'), /Manual/, 'as a manual backup');

  await s.click('[data-testid=restore-button]');
  await s.click('[data-testid=restore-confirm]');
  const restored = await s.text('[data-testid=restore-result]');
  assert.match(restored, /before-restore|kept/i, `the replaced history is kept as a backup: ${restored}`);

  const csv = join(dir, 'customers.csv');
  writeFileSync(
    csv,
    'First name;Last name;Mobile;E-mail;Subject\n' +
      'Lotte;Smit;06 1234 5678;lotte@example.com;Wheel true\n' +
      'Pieter;Novak;;pieter@example.com;\n' +
      `Bad;Row;;not-an-email;\n`,
  );
  const input = await s.el('[data-testid=csv-file]');
  await s.cmd('POST', `/element/${input}/value`, { text: csv });
  await s.el('[data-testid=csv-field-0]');
  assert.equal(await s.script('return document.querySelector("[data-testid=csv-field-0]").value'), 'name', 'First name is taken as the name');
  assert.equal(await s.script('return document.querySelector("[data-testid=csv-field-3]").value'), 'email', 'E-mail as the email');

  await s.click('[data-testid=csv-preview]');
  const problems = await s.text('[data-testid=csv-problems]');
  assert.match(problems, /Row 4: /, `the bad row is named by its row number, as the spreadsheet shows it: ${problems}`);
  assert.equal(
    await s.script('return document.querySelector("[data-testid=csv-import]").disabled'),
    true,
    'a file with problems cannot be imported',
  );

  writeFileSync(csv, 'First name;Last name;Mobile;E-mail;Subject\nLotte;Smit;06 1234 5678;lotte@example.com;Wheel true\nPieter;Novak;;pieter@example.com;\n');
  const again = await s.el('[data-testid=csv-file]');
  await s.cmd('POST', `/element/${again}/value`, { text: csv });
  await s.until('the fixed file is read', async () => (await s.script('return document.querySelector("[data-testid=csv-problems]") === null')) || null);
  await s.click('[data-testid=csv-preview]');
  await s.el('[data-testid=csv-sample]');
  await s.click('[data-testid=csv-import]');
  const result = await s.text('[data-testid=csv-result]');
  assert.match(result, /2 new customers?/i, `both people were added: ${result}`);
  await s.screenshot(ARTIFACTS, 'backups-and-data.png');
});
