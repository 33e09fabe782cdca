// End to end on the real app: the shop's mailbox.
//
// 1. The owner of a new shop connects the shop's address on the Mailbox page
//    (the test Dovecot and SMTP server, over TLS with the test's certificate
//    authority): Test says in words that both servers work, Connect makes
//    this the mail desk, and the page says new mail shows within seconds.
// 2. A customer writes to the shop (through the test SMTP server, which
//    delivers into Dovecot): the mail is an email case in the queue within
//    seconds, from a new customer named from the mail.
// 3. The owner opens it and answers from the case: the entry says "Sent", and
//    the customer's own mailbox holds exactly one reply, threaded on her mail
//    (In-Reply-To, References) with the case reference in the subject.
// 4. Her answer to that reply lands in the same case.
//
// Needs the throwaway mail servers of scripts/with-test-servers.sh, which
// `make e2e` runs this in. The mail is sent and read with Python's own
// smtplib and imaplib (Debian's python3, which the test servers need anyway),
// so what is checked is what a customer's mail program would see.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KEY, ref, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const MAIL = {
  imapPort: process.env.CASEBOOK_TEST_IMAP_PORT,
  smtpPort: process.env.CASEBOOK_TEST_SMTP_PORT,
  ca: process.env.CASEBOOK_TEST_MAIL_CA,
  password: process.env.CASEBOOK_TEST_MAIL_PASSWORD,
};
const PYTHON = '/usr/bin/python3';

/** Addresses of this run's own: Dovecot makes each mailbox on first delivery. */
const run = Date.now().toString(36).slice(-5);
const SHOP = `shop-${run}@example.test`;
const GRETA = `greta-${run}@example.test`;
const SUBJECT = `Chain keeps falling off ${run}`;
const FIRST_ID = `greta-1-${run}@example.test`;

let driver;
let s;
let dir;

before(async () => {
  assert.ok(
    MAIL.imapPort && MAIL.smtpPort && MAIL.ca && MAIL.password,
    'CASEBOOK_TEST_IMAP_PORT is not set: run the end-to-end tests with `make e2e`, which starts throwaway mail servers (scripts/with-test-servers.sh)',
  );
  dir = scratchDir('casebook-mail-');
  driver = await startDriver();
  s = await Session.start(driver.base, APP, ['--db', join(dir, 'casebook.db')]);
  await s.cmd('POST', '/window/rect', { width: 1280, height: 800 });
});

after(async () => {
  await s?.end();
  await driver?.stop(ARTIFACTS, 'mail-driver.log');
});

/** Sends a message through the test SMTP server, signed in as its sender. */
function send(from, to, raw) {
  execFileSync(
    PYTHON,
    [
      '-c',
      `import os, smtplib, ssl, sys
context = ssl.create_default_context(cafile=os.environ["CASEBOOK_TEST_MAIL_CA"])
with smtplib.SMTP_SSL("localhost", int(os.environ["CASEBOOK_TEST_SMTP_PORT"]), context=context, timeout=30) as smtp:
    smtp.login(sys.argv[1], os.environ["CASEBOOK_TEST_MAIL_PASSWORD"])
    smtp.sendmail(sys.argv[1], [sys.argv[2]], sys.stdin.buffer.read())`,
      from,
      to,
    ],
    { input: raw.replace(/\r?\n/g, '\r\n'), stdio: ['pipe', 'inherit', 'inherit'] },
  );
}

/** Every message in a mailbox's inbox, as its owner's mail program reads it (nothing marked as read). */
function inbox(address) {
  const out = execFileSync(
    PYTHON,
    [
      '-c',
      `import email, email.policy, imaplib, json, os, ssl, sys
context = ssl.create_default_context(cafile=os.environ["CASEBOOK_TEST_MAIL_CA"])
imap = imaplib.IMAP4_SSL("localhost", int(os.environ["CASEBOOK_TEST_IMAP_PORT"]), ssl_context=context, timeout=30)
imap.login(sys.argv[1], os.environ["CASEBOOK_TEST_MAIL_PASSWORD"])
imap.select("INBOX", readonly=True)
out = []
for uid in imap.uid("search", None, "ALL")[1][0].split():
    raw = imap.uid("fetch", uid, "(BODY.PEEK[])")[1][0][1]
    m = email.message_from_bytes(raw, policy=email.policy.default)
    body = m.get_body(preferencelist=("plain",))
    out.append({h: str(m.get(h, "")) for h in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "References")}
               | {"body": body.get_content() if body else ""})
imap.logout()
print(json.dumps(out))`,
      address,
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(out);
}

async function blur() {
  await s.script('document.activeElement?.blur()');
}

/**
 * Clicks a button, scrolled into the middle of the page first, as a person
 * would scroll to it (a button half under the foot of the page cannot be
 * clicked).
 */
async function press(css) {
  const id = await s.el(css);
  await s.script('arguments[0].scrollIntoView({ block: "center" })', [ref(id)]);
  await s.cmd('POST', `/element/${id}/click`, {});
}

/** Replaces what a field holds with `value`, as a person would. */
async function fill(css, value) {
  const id = await s.el(css);
  await s.cmd('POST', `/element/${id}/clear`, {});
  await s.cmd('POST', `/element/${id}/value`, { text: value });
  const now = await s.cmd('GET', `/element/${id}/property/value`);
  assert.equal(now, value, `${css} holds what was typed`);
}

test('the owner connects the shop’s mailbox on the Mailbox page; Test says in words that it works', async () => {
  await s.el('h1', 'Welcome to Casebook');
  await s.type('#first-name', 'Ana Costa');
  await s.keys(KEY.Enter);
  await s.el('[data-testid=current-staff]', 'Ana Costa');

  await s.shop('nav-mailbox');
  await s.el('main h1', 'Mailbox');
  await s.type('[data-testid=mail-address]', SHOP);
  // Leaving the address fills in the servers guessed from its domain; an
  // unknown domain opens the server settings and says they are a guess.
  await s.type('[data-testid=mail-password]', MAIL.password);
  assert.match(await s.text('[data-testid=mail-guess]'), /Guessed from the address/, 'a domain nobody knows is said to be a guess');
  await s.until('the guessed incoming server', async () =>
    (await s.script('return document.querySelector("[data-testid=mail-imap-host]")?.value')) === 'imap.example.test',
  );
  await s.type('[data-testid=mail-desk]', 'Counter');
  await fill('[data-testid=mail-imap-host]', 'localhost');
  await fill('[data-testid=mail-imap-port]', MAIL.imapPort);
  await fill('[data-testid=mail-smtp-host]', 'localhost');
  await fill('[data-testid=mail-smtp-port]', MAIL.smtpPort);
  // Typed line by line: the driver types no line breaks of its own.
  await s.type('[data-testid=mail-ca]', readFileSync(MAIL.ca, 'utf8').trim().split('\n').join(KEY.Enter));

  await press('[data-testid=mail-test-button]');
  const steps = await s.until(
    'the test’s steps',
    async () => {
      const t = await s.script('return document.querySelector("[data-testid=mail-test]")?.innerText ?? ""');
      return t.includes('Outgoing mail') ? t : null;
    },
    45_000,
  );
  console.log(`Test said:\n${steps}`);
  assert.match(steps, new RegExp(`Incoming mail: signed in to localhost:${MAIL.imapPort} as ${SHOP}`), 'the incoming server works, in words');
  assert.match(steps, /The inbox holds 0 messages/, 'and what the inbox holds');
  assert.match(steps, /New mail shows within seconds/, 'the server tells at once (IDLE)');
  assert.match(steps, new RegExp(`Outgoing mail: signed in to localhost:${MAIL.smtpPort}`), 'the outgoing server works');
  assert.doesNotMatch(steps, /Does not work/, 'nothing failed');
  await s.screenshot(ARTIFACTS, 'mailbox-tested.png');
  assert.equal(
    await s.script('return document.querySelector("[data-testid=mailbox-summary]")'),
    null,
    'testing connects nothing',
  );

  await press('[data-testid=mail-connect]');
  await s.el('[data-testid=mailbox-summary]', SHOP);
  await s.until(
    'the mailbox connected, with IDLE',
    async () => (await s.text('[data-testid=mail-status]')) === 'Connected: new mail shows within seconds of arriving.',
    45_000,
  );
  assert.match(await s.text('[data-testid=mailbox-summary]'), /the desk 'Counter' \(this desk\)/, 'this desk fetches and sends');
  assert.equal(await s.script('return document.querySelector("[data-testid=mail-address]")'), null, 'the connect form is gone');
});

test('a customer’s mail is an email case in the queue within seconds; the owner answers it and it is sent, threaded', async () => {
  await blur();
  await s.click('[data-testid=nav-queue]');
  await s.el('main h1', 'Queue');
  send(
    GRETA,
    SHOP,
    [
      `From: Greta Lindqvist <${GRETA}>`,
      `To: ${SHOP}`,
      `Subject: ${SUBJECT}`,
      `Message-ID: <${FIRST_ID}>`,
      'Date: Tue, 03 Mar 2026 09:15:00 +0100',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hello, the chain on my city bike falls off every time I change down.',
      'Can you have a look this week?',
      '',
    ].join('\n'),
  );
  const delivered = Date.now();
  await s.until('the mail as a case in the queue', async () =>
    s.script(
      `return [...document.querySelectorAll('[data-testid=queue-row]')].some((r) => r.textContent.includes(arguments[0]))`,
      [SUBJECT],
    ),
  );
  const seconds = (Date.now() - delivered) / 1000;
  console.log(`a delivered mail was in the queue ${seconds.toFixed(1)} s later`);
  assert.ok(seconds < 15, `within seconds (took ${seconds.toFixed(1)} s)`);
  const row = await s.script('return document.querySelector("[data-testid=queue-row]").innerText');
  assert.match(row, /Greta Lindqvist/, `a new customer, named from the mail: ${row}`);
  assert.match(row, /Email/, `an email case: ${row}`);

  await s.click('[data-testid=queue-row]', SUBJECT);
  await s.until('the case page', async () => (await s.text('[data-testid=case-subject]')) === SUBJECT);
  const received = await s.el('[data-testid=timeline-entry][data-kind=mail_received]');
  const shown = await s.cmd('GET', `/element/${received}/text`);
  assert.match(shown, new RegExp(`From Greta Lindqvist <${GRETA}>`), `the sender with her address: ${shown}`);
  assert.match(shown, /falls off every time I change down/, 'and what she wrote');

  assert.match(await s.text('[data-testid=composer-by-mail]'), /Goes out by mail/, 'the composer says the reply goes out by mail');
  assert.match(await s.text('[data-testid=composer-save]'), /Send reply by mail/);
  const answer = 'Bring it in on Thursday: the front derailleur needs adjusting, about 15 minutes.';
  await s.type('[data-testid=composer-body]', answer);
  await press('[data-testid=composer-save]');
  const sent = Date.now();
  await s.el('[data-testid=timeline-entry][data-kind=mail_reply]', answer);
  const state = await s.until(
    'the reply sent',
    async () => {
      const t = await s.script(
        'return document.querySelector("[data-testid=timeline-entry][data-kind=mail_reply] [data-testid=mail-reply-state]")?.textContent.trim()',
      );
      return t === 'Sent' ? t : null;
    },
    30_000,
  );
  console.log(`the reply said '${state}' ${((Date.now() - sent) / 1000).toFixed(1)} s after it was written`);

  const got = await s.until('the reply in the customer’s inbox', async () => {
    const mails = inbox(GRETA);
    return mails.length > 0 ? mails : null;
  });
  assert.equal(got.length, 1, `exactly one reply reaches the customer: ${JSON.stringify(got)}`);
  const [reply] = got;
  assert.equal(reply['In-Reply-To'], `<${FIRST_ID}>`, 'threaded on her mail (In-Reply-To)');
  assert.ok(reply.References.includes(`<${FIRST_ID}>`), `and References names it: ${reply.References}`);
  assert.ok(reply.From.includes(SHOP), `from the shop’s address: ${reply.From}`);
  assert.match(reply.Subject, new RegExp(`^Re: ${SUBJECT} \\[case [0-9a-f]{8}\\]$`), `with the case reference in the subject: ${reply.Subject}`);
  assert.ok(reply.body.includes(answer), `what the owner wrote: ${reply.body}`);

  // She answers the reply: it lands in the same case.
  send(
    GRETA,
    SHOP,
    [
      `From: Greta Lindqvist <${GRETA}>`,
      `To: ${SHOP}`,
      `Subject: Re: ${SUBJECT}`,
      `Message-ID: <greta-2-${run}@example.test>`,
      `In-Reply-To: ${reply['Message-ID']}`,
      `References: <${FIRST_ID}> ${reply['Message-ID']}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Thursday works, see you then!',
      '',
    ].join('\n'),
  );
  await s.until(
    'her answer in the same case',
    async () =>
      s.script(
        `return [...document.querySelectorAll('[data-testid=timeline-entry][data-kind=mail_received]')].some((e) => e.textContent.includes('Thursday works'))`,
      ),
    20_000,
  );
  await blur();
  await s.click('[data-testid=nav-queue]');
  await s.until('one case in the queue', async () => (await s.script('return document.querySelectorAll("[data-testid=queue-row]").length')) === 1);
});

test('the Mailbox page says how the mailbox stands', async () => {
  await blur();
  await s.shop('nav-mailbox');
  await s.el('[data-testid=mailbox-summary]', SHOP);
  await s.until('connected', async () => (await s.text('[data-testid=mail-status]')).startsWith('Connected'), 30_000);
  assert.equal(await s.text('[data-testid=mail-counts]'), '0 waiting · 0 failed', 'nothing waits: the reply went out');
  await s.until('no messages over the page', async () => s.script('return document.querySelectorAll(".notice").length === 0'), 15_000).catch(() => {});
  const shot = await s.screenshot(ARTIFACTS, 'mailbox.png');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(shot, join(ROOT, 'docs/mailbox.png'));
  console.log(`screenshot: ${shot}`);
});
