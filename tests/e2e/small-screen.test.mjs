// End to end on the real app, on a shop laptop's screen (1024 x 700).
//
// On the case page every action (hand off, promise, complaint, escalate,
// score, the composer, status, priority and owner, the customer panel's
// Edit / Save / Cancel, a promise's Kept / Broken… / Close as broken after its
// error) is brought into view as a person would and must be there and
// clickable, with the top bar and the person at the desk in view. Tabbing
// through the page shows a focus ring on every stop and never scrolls the top
// bar away. A promise picked for a closed day says so; an escalated case says
// so at once; a brief shows how its promises stand now; a case handed to the
// person who takes the desk while it is on screen leaves their inbox. Every
// page fits the screen. A Windows-1252 spreadsheet imports with its accents.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KEY, ref, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const WIDTH = 1024;
const HEIGHT = 700;

let driver;
let s;
let dir;

before(async () => {
  driver = await startDriver();
  dir = scratchDir('casebook-small-');
  s = await Session.start(driver.base, APP, ['--db', join(dir, 'casebook.db')]);
  await s.cmd('POST', '/window/rect', { width: WIDTH, height: HEIGHT });
  await s.click('[data-testid=load-demo]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await noDialog();
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'small-screen-driver.log');
});

async function noDialog() {
  await s.until('the dialog to close', async () => s.script('return document.querySelector("[role=dialog]") === null'));
}

async function blur() {
  await s.script('document.activeElement?.blur()');
}

/** Starts a test from the queue with nothing open, whatever the test before left behind. */
async function fresh(who = 'Ana Costa') {
  for (let i = 0; i < 3 && (await s.script('return document.querySelector("[role=dialog]") !== null')); i++) {
    await s.keys(KEY.Escape);
  }
  await s.cmd('POST', '/window/rect', { width: WIDTH, height: HEIGHT });
  await blur();
  if ((await s.script('return document.querySelector("[data-testid=current-staff]")?.textContent')) !== who) {
    await s.keys('s');
    await s.click('[data-testid=pick-staff]', who);
    await s.el('[data-testid=current-staff]', who);
    await noDialog();
    await blur();
  }
  await s.keys('q');
  await s.el('[data-testid=queue-row]');
}

/** Sets a form field the way typing would, for inputs WebDriver types unreliably (dates). */
async function setValue(css, value) {
  await s.script(
    `const el = document.querySelector(arguments[0]);
     el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));`,
    [css, value],
  );
}

/**
 * Brings an element into view the way the page scrolls (its own scrolling
 * boxes, as focus or a scroll would) and tells where it is and whether a
 * click at its centre lands on it.
 */
const REACH_FN = `
  function reach(el) {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const b = el.getBoundingClientRect();
    const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
    const header = document.querySelector('header').getBoundingClientRect();
    return {
      what: (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40),
      inside: b.top >= -1 && b.left >= -1 && b.bottom <= innerHeight + 1 && b.right <= innerWidth + 1 &&
        (b.top >= header.bottom - 1 || document.querySelector('header').contains(el)),
      clicks: !!hit && (hit === el || el.contains(hit)),
      hit: hit ? hit.tagName + ' ' + (hit.textContent || '').trim().slice(0, 30) : null,
      box: [Math.round(b.left), Math.round(b.top), Math.round(b.right), Math.round(b.bottom)],
      view: [innerWidth, innerHeight, Math.round(document.querySelector('main').getBoundingClientRect().bottom)],
      headerTop: header.top,
      windowScroll: window.scrollY,
    };
  }`;

/** Asserts the element matching `css` (with `text`) can be brought into view and clicked. */
async function reach(css, text, why = '') {
  const id = await s.el(css, text);
  const r = await s.script(`${REACH_FN}\nreturn reach(arguments[0]);`, [ref(id)]);
  const name = `${text ?? css}${why ? ` (${why})` : ''}`;
  assert.ok(r.inside, `"${name}" is inside the ${WIDTH}x${HEIGHT} window once scrolled to: ${JSON.stringify(r)}`);
  assert.ok(r.clicks, `a click on "${name}" reaches it, not something over it: ${JSON.stringify(r)}`);
  assert.equal(r.headerTop, 0, `the top bar stays in view while "${name}" is scrolled to`);
  assert.equal(r.windowScroll, 0, 'the window itself never scrolls');
  return id;
}

/** Brings an element into view as above, then clicks it. */
async function press(css, text) {
  await reach(css, text);
  await s.click(css, text);
}

/** Every control on the page in reach, checked in the page in one go. */
async function everyControlInReach(page) {
  const failures = await s.script(
    `${REACH_FN}
     const out = [];
     for (const el of document.querySelectorAll('main button, main select, main input, main textarea, main a[href], main summary, header button')) {
       const b = el.getBoundingClientRect();
       if (b.width <= 2 || b.height <= 2 || getComputedStyle(el).visibility === 'hidden') continue;
       const r = reach(el);
       if (!r.inside || !r.clicks || r.headerTop !== 0 || r.windowScroll !== 0) out.push(r);
     }
     document.querySelector('main').scrollTop = 0;
     return out;`,
  );
  assert.deepEqual(failures, [], `on ${page}, every button and field can be scrolled to and clicked: ${JSON.stringify(failures)}`);
}

/** The person at the desk shows whole in the top bar, and the top bar fits the window. */
async function personInView(page, name = 'Ana Costa') {
  const r = await s.script(
    `const who = document.querySelector('[data-testid=switch-staff]').getBoundingClientRect();
     const n = document.querySelector('[data-testid=current-staff]');
     const bar = document.querySelector('header');
     return {
       who: [who.left, who.top, who.right, who.bottom],
       vw: innerWidth,
       name: n.textContent,
       nameWhole: n.scrollWidth <= n.clientWidth + 1 && n.getBoundingClientRect().width > 0,
       barFits: bar.scrollWidth <= bar.clientWidth + 1,
       barTop: bar.getBoundingClientRect().top,
       mainFits: document.querySelector('main').scrollWidth <= document.querySelector('main').clientWidth + 1,
     };`,
  );
  assert.equal(r.name, name, `${page}: the person at the desk is named`);
  assert.ok(r.who[0] >= 0 && r.who[2] <= r.vw && r.who[1] >= 0, `${page}: the person at the desk is inside the window: ${JSON.stringify(r)}`);
  assert.ok(r.nameWhole, `${page}: their name is not cut short: ${JSON.stringify(r)}`);
  assert.ok(r.barFits, `${page}: the top bar does not overflow: ${JSON.stringify(r)}`);
  assert.equal(r.barTop, 0, `${page}: the top bar is at the top`);
  assert.ok(r.mainFits, `${page}: nothing sticks out sideways: ${JSON.stringify(r)}`);
}

test('the window is a shop laptop’s: 1024 x 700', async () => {
  const [w, h] = await s.script('return [innerWidth, innerHeight]');
  assert.ok(Math.abs(w - WIDTH) <= 2 && Math.abs(h - HEIGHT) <= 40, `the page is about ${WIDTH}x${HEIGHT}: ${w}x${h}`);
});

test('every action on the case page and its panels can be reached and clicked at 1024 x 700', async () => {
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=case-subject]');
  await s.el('[data-testid=timeline-entry]');
  await personInView('the case page');

  // A promise of our own, so the panel has one to keep or break. A Sunday
  // (the demo shop is closed on Sundays) is said to be closed, with the next
  // opening one click away.
  await s.click('[data-testid=open-promise]');
  await s.type('[data-testid=promise-text]', 'Ring back about the spoke tension');
  const sunday = await s.script(`
    const d = new Date(Date.now() + 86_400_000);
    while (d.getDay() !== 0) d.setDate(d.getDate() + 1);
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');`);
  await setValue('[data-testid=promise-date]', sunday);
  await setValue('[data-testid=promise-time]', '12:00');
  const closed = await s.text('[data-testid=promise-closed]');
  assert.match(closed, /closed .*Sunday.* at 12:00\. It opens again/, `a Sunday promise says the shop is closed then: ${closed}`);
  await reach('[data-testid=promise-next-open]');
  await s.click('[data-testid=promise-next-open]');
  await s.until('the closed-day warning to go', async () => s.script('return document.querySelector("[data-testid=promise-closed]") === null'));
  assert.equal(await s.script('return document.querySelector("[data-testid=promise-time]").value'), '09:00', 'the next opening is Monday 09:00');
  await reach('[data-testid=promise-save]', undefined, 'in the promise dialog');
  await s.click('[data-testid=promise-save]');
  await noDialog();
  await s.el('[data-testid=open-promises]', 'Ring back about the spoke tension');

  // The history scrolled well down, as after reading it: the panel's buttons must still be in reach.
  await s.script('const m = document.querySelector("main"); m.scrollTop = m.scrollHeight / 2');

  // The main column.
  for (const css of ['#case-status', '#case-priority', '#case-owner']) await reach(css);
  for (const id of ['open-handoff', 'open-promise', 'open-complaint', 'open-escalate', 'open-score', 'composer-save']) {
    await reach(`[data-testid=${id}]`);
  }
  for (const chip of ['Customer said', 'Reply', 'Internal note', 'Call', 'Visit']) {
    await reach('form[aria-label="Add to this case"] label.chip', chip, 'a composer chip');
  }

  // Each dialog's buttons, at this height.
  for (const [open, submit] of [
    ['open-handoff', '[data-testid=handoff-confirm]'],
    ['open-promise', '[data-testid=promise-save]'],
    ['open-complaint', '[role=dialog] .actions button.primary'],
    ['open-escalate', '[role=dialog] .actions button.primary'],
    ['open-score', '[role=dialog] .actions button.primary'],
  ]) {
    await s.click(`[data-testid=${open}]`);
    await s.el('[role=dialog]');
    await reach(submit, undefined, `in the dialog of ${open}`);
    await reach('[role=dialog] .actions button:last-child', undefined, `Cancel in the dialog of ${open}`);
    await s.keys(KEY.Escape);
    await noDialog();
  }

  // The customer panel, with every form in it open at once: far taller than the window.
  await s.script('const m = document.querySelector("main"); m.scrollTop = m.scrollHeight / 2');
  await s.click('[data-testid=case-side] [aria-label="Customer profile"] button', 'Edit');
  await s.click('[data-testid=expectations] .head button');
  const promise = await s.script(
    `return [...document.querySelectorAll('[data-testid=open-promises] li')].findIndex((li) => li.textContent.includes(arguments[0]))`,
    ['Ring back about the spoke tension'],
  );
  const ours = `[data-testid=open-promises] li:nth-child(${promise + 1})`;
  await reach(`${ours} button`, 'Kept');
  await reach(`${ours} button`, 'Broken…');
  await s.click(`${ours} button`, 'Broken…');
  // Closing it as broken without saying how we made it right is refused, with the reason…
  await s.click(`${ours} button[type=submit]`, 'Close as broken');
  await s.el(`${ours} [role=alert]`);
  // …and the buttons under that message are still in reach.
  await reach(`${ours} button[type=submit]`, 'Close as broken', 'after its error');
  await reach(`${ours} button`, 'Cancel', 'after its error');
  await reach('[data-testid=case-side] [aria-label="Customer profile"] button[type=submit]', 'Save', 'the profile');
  await reach('[data-testid=case-side] [aria-label="Customer profile"] button', 'Cancel', 'the profile');
  await reach('[data-testid=expectations] button[type=submit]', 'Save', 'what they expect');
  await reach('[data-testid=expectations] button', 'Cancel', 'what they expect');
  const panel = await s.script(
    'const a = document.querySelector("[data-testid=case-side]").getBoundingClientRect(); return [a.top, a.bottom, innerHeight]',
  );
  assert.ok(panel[1] <= panel[2], `the panel ends inside the window and scrolls by itself: ${panel}`);

  // Put them away again; a message shown meanwhile never covers a button.
  await press(`${ours} button`, 'Cancel');
  await press('[data-testid=case-side] [aria-label="Customer profile"] button', 'Cancel');
  await press('[data-testid=expectations] button', 'Cancel');
  await press('form[aria-label="Add to this case"] label.chip', 'Internal note');
  await s.type('[data-testid=composer-body]', 'Checked the spoke tension on the stand.');
  await press('[data-testid=composer-save]');
  await s.el('.notice', 'Internal note added.');
  await reach('[data-testid=composer-save]', undefined, 'with a message showing');
  await reach(`${ours} button`, 'Kept', 'with a message showing');
  await s.script('document.querySelector("main").scrollTop = 0');
  await s.screenshot(ARTIFACTS, 'case-1024x700.png');
});

test('tabbing through the case page shows where focus is at every stop and never moves the top bar', async () => {
  await fresh();
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=timeline-entry]');
  await s.script('document.querySelector("main").scrollTop = 0; document.activeElement?.blur()');
  const stops = [];
  for (let i = 0; i < 70; i++) {
    await s.keys(KEY.Tab);
    const r = await s.script(`
      const a = document.activeElement;
      const cs = getComputedStyle(a);
      const b = a.getBoundingClientRect();
      return {
        what: a.tagName + (a.type ? ':' + a.type : '') + ' ' + (a.getAttribute('aria-label') || a.textContent || a.value || a.id || '').trim().replace(/\\s+/g, ' ').slice(0, 40),
        ring: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none',
        inView: b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth,
        headerTop: document.querySelector('header').getBoundingClientRect().top,
        windowScroll: window.scrollY,
        body: a === document.body,
      };`);
    if (r.body) continue;
    stops.push(r.what);
    assert.ok(r.ring, `focus on ${r.what} shows a ring`);
    assert.ok(r.inView, `focus on ${r.what} is scrolled into view`);
    assert.equal(r.headerTop, 0, `the top bar stays at the top with focus on ${r.what}`);
    assert.equal(r.windowScroll, 0, `the window does not scroll with focus on ${r.what}`);
  }
  for (const expected of ['SELECT', 'Hand off', 'INPUT:radio', 'BUTTON:submit Add ', 'Edit', 'Kept']) {
    assert.ok(stops.some((w) => w.includes(expected)), `Tab reaches ${expected}: ${stops.join(' | ')}`);
  }

  // The composer's chips: arrow keys move the choice, and the ring moves with it.
  await s.script('document.querySelector("main").scrollTop = 0');
  const chip = await s.el('form[aria-label="Add to this case"] input[type=radio][value=reply]');
  await s.script('arguments[0].focus()', [ref(chip)]);
  for (const key of [KEY.ArrowRight, KEY.ArrowRight, KEY.ArrowLeft]) {
    await s.keys(key);
    const r = await s.script(`const a = document.activeElement; return [a.value, getComputedStyle(a).boxShadow, document.querySelector('header').getBoundingClientRect().top, window.scrollY]`);
    assert.notEqual(r[1], 'none', `the chip ${r[0]} keeps its focus ring after an arrow key`);
    assert.equal(r[2], 0, 'the top bar stays put');
    assert.equal(r[3], 0, 'the window does not scroll');
  }
});

test('the Desks & sync page works from the keyboard alone, with a ring on every stop', async () => {
  await fresh();
  await blur();
  await s.shop('nav-sync');
  await s.el('[data-testid=connect-form]');
  await s.script('document.querySelector("main").scrollTop = 0; document.activeElement?.blur()');
  const stops = [];
  for (let i = 0; i < 30; i++) {
    await s.keys(KEY.Tab);
    const r = await s.script(`
      const a = document.activeElement;
      // A visually hidden file input shows its ring on the label that stands for it.
      const shown = a.classList.contains('sr-only') ? document.querySelector('label[for="' + a.id + '"]') : a;
      const cs = getComputedStyle(shown);
      const b = shown.getBoundingClientRect();
      return {
        what: a.tagName + (a.type ? ':' + a.type : '') + ' ' + (a.id || a.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40),
        labelled: !['INPUT', 'TEXTAREA', 'SELECT'].includes(a.tagName) || !!document.querySelector('label[for="' + a.id + '"]'),
        ring: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none',
        inView: b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth,
        headerTop: document.querySelector('header').getBoundingClientRect().top,
        body: a === document.body,
      };`);
    if (r.body) continue;
    stops.push(r.what);
    assert.ok(r.ring, `focus on ${r.what} shows a ring`);
    assert.ok(r.labelled, `${r.what} has a label`);
    assert.ok(r.inView, `focus on ${r.what} is scrolled into view`);
    assert.equal(r.headerTop, 0, `the top bar stays at the top with focus on ${r.what}`);
  }
  for (const expected of ['sync-url', 'sync-password', 'sync-shop', 'sync-desk', 'certificate authority', 'Connect']) {
    assert.ok(stops.some((w) => w.includes(expected)), `Tab reaches ${expected}: ${stops.join(' | ')}`);
  }
  // The certificate's fields open from the keyboard too, and are reached by Tab.
  const toggle = await s.el('[data-testid=sync-ca-toggle]');
  await s.script('arguments[0].focus()', [ref(toggle)]);
  await s.keys(KEY.Enter);
  await s.el('#sync-ca');
  await s.keys(KEY.Tab);
  assert.equal(await s.script('return document.activeElement.id'), 'sync-ca', 'Tab goes on to the certificate field');
  await s.keys(KEY.Tab);
  assert.equal(await s.script('return document.activeElement.id'), 'sync-ca-file', 'and to its file picker');
  assert.notEqual(
    await s.script('return getComputedStyle(document.querySelector("label[for=sync-ca-file]")).boxShadow'),
    'none',
    'whose label shows the ring',
  );
});

test('a new customer picked with Enter goes on to the phone, and the channel chips never scroll the window', async () => {
  await fresh();
  await blur();
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Zofia Wiśniewska-Example');
  await s.el('[data-testid=lookup-new]');
  for (let i = 0; i < 10; i++) await s.keys(KEY.ArrowDown);
  await s.keys(KEY.Enter);
  await s.until('focus on the phone', async () => (await s.script('return document.activeElement?.id')) === 'new-phone');
  assert.equal(await s.script('return document.querySelector("#new-name").value'), 'Zofia Wiśniewska-Example', 'what was typed became the name');

  let onChip = false;
  for (let i = 0; i < 20 && !onChip; i++) {
    await s.keys(KEY.Tab);
    const r = await s.script(`const a = document.activeElement; return [a.name, document.querySelector('header').getBoundingClientRect().top, window.scrollY, getComputedStyle(a).boxShadow]`);
    assert.equal(r[1], 0, 'Tab never moves the top bar');
    assert.equal(r[2], 0, 'Tab never scrolls the window');
    onChip = r[0] === 'channel';
    if (onChip) assert.notEqual(r[3], 'none', 'the channel chip shows its focus ring');
  }
  assert.ok(onChip, 'Tab reaches the channel chips');
  await s.keys(KEY.ArrowRight);
  const after = await s.script(`const a = document.activeElement; return [a.value, getComputedStyle(a).boxShadow, document.querySelector('header').getBoundingClientRect().top, window.scrollY]`);
  assert.equal(after[0], 'phone', 'the arrow key picks the next channel');
  assert.notEqual(after[1], 'none', 'and its chip shows the focus ring');
  assert.deepEqual(after.slice(2), [0, 0], 'the top bar and the window stay put');
  await s.click('button', 'Cancel');
});

test('an escalated case says so as soon as E is pressed', async () => {
  await fresh();
  await blur();
  await s.keys('q');
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=case-subject]');
  const already = await s.script('return document.querySelector("[data-testid=case-escalation]") !== null');
  if (!already) {
    await blur();
    await s.keys('e');
    await s.click('[role=dialog] label', 'workload');
    await s.type('#escalation-note', 'Fourth visit for the same wheel.');
    await s.keys([KEY.Control, KEY.Enter]);
    await noDialog();
  }
  const to = (await s.text('[data-testid=case-escalation]')).match(/Escalated to (.+?) ·/)?.[1];
  assert.ok(to, 'the case names whom it is escalated to');
  await blur();
  await s.keys('e');
  const said = await s.text('[data-testid=already-escalated]');
  assert.ok(said.includes(`This case is already escalated to ${to}`), `at once, before any form: ${said}`);
  assert.equal(await s.script('return document.querySelector("#escalation-note")'), null, 'no form to fill in for nothing');
  await reach('[data-testid=open-register]', undefined, 'the way to the register');
  await s.keys(KEY.Escape);
  await noDialog();
});

test('a brief shows how its promises stand now, and a handoff seen on screen leaves the inbox', async () => {
  await fresh();
  // Case A, on screen: a promise, then handed to Ben with the drafted brief.
  await blur();
  await s.keys('q');
  await s.click('[data-testid=queue-row]');
  const subjectA = await s.text('[data-testid=case-subject]');
  await blur();
  await s.keys('p');
  await s.type('[data-testid=promise-text]', 'Text her when the wheel is trued');
  await s.click('button', 'Tomorrow 12:00');
  const next = await s.script('return document.querySelector("[data-testid=promise-next-open]") !== null');
  if (next) await s.click('[data-testid=promise-next-open]');
  await s.click('[data-testid=promise-save]');
  await noDialog();
  await blur();
  await s.keys('h');
  await s.click('[data-testid=handoff-form] label.chip', 'Ben Okafor');
  await s.type('[data-testid=handoff-note]', 'Wheel is on the stand.');
  await s.keys([KEY.Control, KEY.Enter]);
  await noDialog();
  const brief = await s.text('[data-testid=latest-brief]');
  assert.match(brief, /Brief as written by Ana Costa at the handoff to Ben Okafor, \w{3} \d{1,2} \w{3} \d{2}:\d{2}/, `the brief says it is as written then, with its date: ${brief}`);
  await s.el('[data-testid=brief-promise-now]', 'still open');

  // Kept now: the brief, written before, says so beside the line.
  const row = await s.script(
    `return [...document.querySelectorAll('[data-testid=open-promises] li')].findIndex((li) => li.textContent.includes(arguments[0]))`,
    ['Text her when the wheel is trued'],
  );
  await s.click(`[data-testid=open-promises] li:nth-child(${row + 1}) button`, 'Kept');
  await s.el('[data-testid=brief-promise-now]', 'kept');

  // Case B handed to Ben too, but from the queue, so it waits in his inbox.
  await blur();
  await s.keys('q');
  const second = await s.script(
    `return [...document.querySelectorAll('[data-testid=queue-row]')].findIndex((r) => !r.textContent.includes(arguments[0]))`,
    [subjectA],
  );
  await s.script(`document.querySelectorAll('[data-testid=queue-row]')[arguments[0]].click()`, [second]);
  await s.until('case B', async () => (await s.text('[data-testid=case-subject]')) !== subjectA);
  await blur();
  await s.keys('h');
  await s.click('[data-testid=handoff-form] label.chip', 'Ben Okafor');
  await s.type('[data-testid=handoff-note]', 'Over to you.');
  await s.keys([KEY.Control, KEY.Enter]);
  await noDialog();

  // Back to case A, and Ben takes the desk with it on screen: A is read, B waits.
  await blur();
  await s.keys('q');
  await s.click('[data-testid=queue-row]', subjectA);
  await s.el('[data-testid=latest-brief]');
  await blur();
  await s.keys('s');
  await s.click('[data-testid=pick-staff]', 'Ben Okafor');
  await s.el('[data-testid=current-staff]', 'Ben Okafor');
  await s.el('[data-testid=inbox-badge]');
  await s.until('the case on screen to leave Ben’s inbox', async () =>
    (await s.script('return document.querySelector("[data-testid=inbox-badge]")?.textContent.trim()')) === 'Handed to you (1)',
  );

  // With the badge showing, the top bar fits the default window and the laptop's.
  for (const [w, h] of [[1280, 820], [WIDTH, HEIGHT]]) {
    await s.cmd('POST', '/window/rect', { width: w, height: h });
    await s.until(`a ${w}px window`, async () => (await s.script('return innerWidth')) <= w);
    await personInView(`the case page at ${w}px with a handoff waiting`, 'Ben Okafor');
    await reach('[data-testid=inbox-badge]', undefined, `at ${w}px`);
    const shown = await s.script('return document.querySelector("[data-testid=inbox-badge]").innerText.trim()');
    assert.equal(shown, w >= 1100 ? 'Handed to you (1)' : 'Handed (1)', `the badge reads in full where there is room (${w}px)`);
  }
  await blur();
  await s.keys('s');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await noDialog();
});

test('every page fits 1024 x 700: the person at the desk in view, every button in reach', async () => {
  await fresh();
  const pages = [
    ['the queue', async () => (await s.keys('q'), await s.el('[data-testid=queue-row]'))],
    ['a case', async () => (await s.click('[data-testid=queue-row]'), await s.el('[data-testid=timeline-entry]'))],
    // The side panel keeps its own scroll from the test before: back to its top, as a person would scroll up to its first button.
    ['a customer', async () => (await s.script("document.querySelector('[data-testid=case-side]').scrollTop = 0"), await s.click('[data-testid=case-side] button', 'Open customer page'), await s.el('[data-testid=timeline-entry]'))],
    ['a new interaction', async () => (await s.keys('n'), await s.el('[data-testid=lookup]'))],
    ['promises', async () => (await s.click('[data-testid=nav-promises]'), await s.el('main h1', 'romises'))],
    ['outreach', async () => (await s.click('[data-testid=nav-outreach]'), await s.el('main h1'))],
    ['reports', async () => (await s.shop('nav-reports'), await s.el('[data-testid=report-findings]'))],
    ['the register', async () => (await s.shop('nav-register'), await s.el('main h1'))],
    ['staff', async () => (await s.shop('nav-staff'), await s.el('main h1', 'Staff'))],
    ['hours & targets', async () => (await s.shop('nav-settings'), await s.el('main h1'))],
    ['backups & data', async () => (await s.shop('nav-data'), await s.el('[data-testid=backups-section]'))],
    ['possible duplicates', async () => (await s.shop('nav-duplicates'), await s.el('main h1', 'Possible duplicates'))],
    ['desks & sync', async () => (await s.shop('nav-sync'), await s.el('[data-testid=connect-form]'))],
  ];
  for (const [name, open] of pages) {
    await blur();
    await open();
    await s.script('return new Promise((done) => setTimeout(done, 300))');
    await blur();
    await personInView(name);
    await everyControlInReach(name);
  }
});

test('a Windows-1252 spreadsheet imports with its accents', async () => {
  await fresh();
  await blur();
  await s.shop('nav-data');
  const file = join(dir, 'klanten-windows-1252.csv');
  // "José Müller" as Excel on Windows saves it: é is 0xE9, ü is 0xFC.
  writeFileSync(file, Buffer.from('Name,Phone\r\nJos\xe9 M\xfcller,06 1234 5678\r\n', 'latin1'));
  const input = await s.el('[data-testid=csv-file]');
  await s.cmd('POST', `/element/${input}/value`, { text: file });
  await s.el('[data-testid=csv-field-0]');
  assert.equal(await s.script('return document.querySelector("[data-testid=csv-encoding]").value'), 'windows-1252', 'read as Windows-1252');
  assert.match(await s.text('[data-testid=csv-encoding-note]'), /windows-1252 \(detected\)/, 'and says it was detected');
  await s.el('[data-testid=csv-examples-0]', 'José Müller');
  await s.click('[data-testid=csv-preview]');
  await s.el('[data-testid=csv-sample]', 'José Müller');
  await reach('[data-testid=csv-import]');
  await s.click('[data-testid=csv-import]');
  assert.match(await s.text('[data-testid=csv-result]'), /Imported 1 row/, 'imported');

  await blur();
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Müller');
  await s.el('[data-testid=lookup-option]', 'José Müller');
  await s.click('[data-testid=lookup-option]', 'José Müller');
  await s.el('main', 'José Müller');
});
