// End to end on the real app: the shop's own language.
//
// Ana (the owner) opens the demo shop in English, sets this desk to Dutch under
// Hours & targets → Language and formats, and at once reads the hours screen,
// the queue, a case page and the fairness report in Dutch, with Dutch dates
// ("ma 2 nov", "1 november 2026"); then she sets the desk back to follow the
// shop and everything is English again. Screenshots of both are kept.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { join, resolve } from 'node:path';
import { KEY, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

const NL_DAY = '(ma|di|wo|do|vr|za|zo)';
const NL_MONTH_SHORT = '(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)';
const NL_MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';

let driver;
let s;
let folder;

before(async () => {
  driver = await startDriver();
  folder = scratchDir('casebook-language-');
  s = await Session.start(driver.base, APP, ['--db', join(folder, 'casebook.db')]);
});

after(async () => {
  await s?.end();
  driver?.stop(ARTIFACTS, 'language-driver.log');
});

async function blur() {
  await s.script('document.activeElement?.blur()');
}

/**
 * Saves this desk's choice. The list's own pop-up, opened by picking, may
 * take the first click (WebKit draws it over the page), as it would a
 * person's: click until the choice is saved.
 */
async function saveDeskLocale() {
  await s.until('the desk\u2019s choice to be saved', async () => {
    const dirty = await s.script(`return !document.querySelector('[data-testid=save-desk-locale]')?.disabled`);
    if (!dirty) return true;
    await s.click('[data-testid=save-desk-locale]');
    await sleep(300);
    return false;
  });
}

/** Picks an option as a person does, until the list shows it. */
async function pick(select, value) {
  await s.until(`${select} to show '${value}'`, async () => {
    await s.click(`${select} option[value="${value}"]`);
    return s.script('return document.querySelector(arguments[0]).value === arguments[1]', [select, value]);
  });
}

test('switching this desk to Dutch turns every screen Dutch at once, with Dutch dates; switching back restores English', async () => {
  await s.click('[data-testid=load-demo]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.el('#queue-title', 'Queue');
  await s.screenshot(ARTIFACTS, 'language-en-queue.png');

  // Language and formats sit on the Hours & targets page.
  await s.shop('nav-settings');
  await s.el('[data-testid=locale-settings]');
  await pick('[data-testid=desk-language]', 'nl');
  await s.until('the Dutch style to be offered', async () =>
    s.script(`return document.querySelector('[data-testid=desk-region]').value === 'nl-NL'`),
  );
  await saveDeskLocale();

  // No restart: the page under the form is Dutch as soon as the choice is saved.
  await s.el('#settings-title', 'Openingstijden en reactietijden');
  assert.equal(await s.script('return document.documentElement.lang'), 'nl-NL', 'the page says which language it is in');
  const days = await s.script(
    `return [...document.querySelectorAll('[data-testid^=day-] .day-name')].map((e) => e.textContent.trim())`,
  );
  assert.deepEqual(
    days,
    ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    'the week on the hours screen starts on Monday, as a Dutch calendar does, with Dutch day names',
  );
  await s.screenshot(ARTIFACTS, 'language-nl-hours.png');

  // The queue: its title, its countdowns in Dutch words.
  await blur();
  await s.keys('q');
  await s.el('#queue-title', 'Wachtrij');
  const countdowns = await s.script(
    `return [...document.querySelectorAll('[data-testid=countdown]')].map((e) => e.textContent.trim())`,
  );
  assert.ok(countdowns.length > 0, 'the demo shop has open cases in the queue');
  for (const c of countdowns) {
    assert.match(c, /te laat|binnen|wacht op klant|geen termijn actief|min|u/, `a countdown in Dutch: "${c}"`);
    assert.doesNotMatch(c, /overdue|due in|waiting/, `no English left in a countdown: "${c}"`);
  }
  await s.screenshot(ARTIFACTS, 'language-nl-queue.png');

  // A case page: entries dated the Dutch way ("ma 2 nov 14:05", "vandaag 09:24").
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=case-subject]');
  await s.el('[data-testid=timeline-entry]');
  const times = await s.script(
    `return [...document.querySelectorAll('[data-testid=timeline-entry] time')].map((e) => e.textContent.trim())`,
  );
  const dutchDate = new RegExp(`^(${NL_DAY} \\d{1,2} ${NL_MONTH_SHORT}|\\d{1,2} ${NL_MONTH_SHORT} \\d{4}|[Vv]andaag|[Gg]isteren)`);
  assert.ok(times.length > 0, 'the case has a history');
  for (const when of times) assert.match(when, dutchDate, `a timeline date in Dutch: "${when}"`);
  assert.ok(
    times.some((w) => new RegExp(`^${NL_DAY} \\d{1,2} ${NL_MONTH_SHORT}`).test(w)),
    `an older entry reads like "ma 2 nov": ${times.join(' | ')}`,
  );
  await s.screenshot(ARTIFACTS, 'language-nl-case.png');

  // The fairness report: its title and findings come from the library in
  // Dutch, and its period is written out ("1 november 2026").
  await blur();
  await s.keys('t');
  await s.el('#reports-title', 'Rapporten');
  await s.el('#report-title', 'Eerlijkheid');
  const range = await s.text('[data-testid=report-results] .when');
  assert.match(range, new RegExp(`\\d{1,2} ${NL_MONTH} \\d{4}`), `the period written out in Dutch: "${range}"`);
  const findings = await s.text('[data-testid=report-findings]');
  assert.doesNotMatch(findings, /\b(customers|waited|segment|the)\b/, `the findings are not English: ${findings}`);
  await s.screenshot(ARTIFACTS, 'language-nl-fairness.png');

  // Back to following the shop (English here): everything English again.
  await s.shop('nav-settings');
  await pick('[data-testid=desk-language]', '');
  await saveDeskLocale();
  await s.el('#settings-title', 'Opening hours');
  assert.equal(
    await s.text('[data-testid=day-monday] .day-name'),
    'Monday',
    'day names are English again after the switch back',
  );
  await blur();
  await s.keys('q');
  await s.el('#queue-title', 'Queue');
  const back = await s.script(
    `return [...document.querySelectorAll('[data-testid=countdown]')].map((e) => e.textContent.trim()).join(' | ')`,
  );
  assert.doesNotMatch(back, /te laat|binnen/, `the queue's countdowns are English again: ${back}`);
  await s.screenshot(ARTIFACTS, 'language-en-queue-again.png');
});

test('in Dutch, a refused phone number puts the cursor on the phone field; a write\u2019s change comes back with the id its request carried', async () => {
  await s.shop('nav-settings');
  await pick('[data-testid=desk-language]', 'nl');
  await saveDeskLocale();
  await s.el('#settings-title', 'Openingstijden en reactietijden');

  // A new customer whose number is no number: the library refuses it in
  // Dutch and names the field, so the cursor lands there (the words are
  // never read to find it).
  await blur();
  await s.keys('n');
  await s.type('[data-testid=lookup]', 'Piet Bakker');
  await s.click('[data-testid=lookup-new]');
  await s.el('[data-testid=new-name]');
  await s.type('[data-testid=new-phone]', '12');
  await s.type('[data-testid=subject]', 'Lekke band');
  await s.click('[data-testid=log-case]');
  const problem = await s.text('[data-testid=form-error]');
  assert.match(problem, /geen geldig telefoonnummer/, `the refusal is Dutch: ${problem}`);
  assert.doesNotMatch(problem, /phone number|is not a valid/, `no English in it: ${problem}`);
  assert.equal(
    await s.script('return document.activeElement?.id'),
    'new-phone',
    'the cursor is on the phone field the refusal names',
  );
  assert.equal(await s.script('return document.getElementById("new-phone").getAttribute("aria-invalid")'), 'true');
  await s.keys(KEY.Escape);

  // The window names its write; the real IPC carries the id in its header
  // and the change event brings it back, so the window knows its own writes.
  await s.script(`
    window.__seenChanges = [];
    const handler = window.__TAURI_INTERNALS__.transformCallback((e) => window.__seenChanges.push(e.payload));
    return window.__TAURI_INTERNALS__.invoke('plugin:event|listen', { event: 'casebook://changed', target: { kind: 'Any' }, handler });`);
  const written = await s.script(`
    return window.__TAURI_INTERNALS__
      .invoke('add_staff', { input: { name: 'Quinten Verbruggen', role: 'staff' } }, { headers: { 'casebook-request': 'e2e-42' } })
      .then((staff) => staff.name);`);
  assert.equal(written, 'Quinten Verbruggen', 'the write was made');
  await s.until('the write\u2019s change, with its request id', async () =>
    s.script(`return window.__seenChanges.some((c) => c.request === 'e2e-42' && c.staff === true)`),
  );

  await blur();
  await s.shop('nav-settings');
  await pick('[data-testid=desk-language]', '');
  await saveDeskLocale();
  await s.el('#settings-title', 'Opening hours');
});
