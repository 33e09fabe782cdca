// Takes the README screenshots from the real app with the demo shop:
//   make screenshots
// Not a test: it only drives the app and saves pictures to docs/.

import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const DOCS = join(ROOT, 'docs');

const driver = await startDriver();
const db = join(scratchDir('casebook-shots-'), 'casebook.db');
const s = await Session.start(driver.base, APP, ['--db', db]);
try {
  // A laptop's screen: what most counters have.
  await s.cmd('POST', '/window/rect', { width: 1280, height: 800 });
  await s.click('[data-testid=load-demo]');
  await s.click('[data-testid=pick-staff]', 'Chloé Martin');
  await s.el('[data-testid=queue-row]');
  await s.el('.notice', 'is at the desk');
  // Let the notices fade so the picture shows the work, not the toasts.
  await s.until('notices gone', async () => (await s.script('return document.querySelectorAll(".notice").length')) === 0, 15_000);
  console.log(await s.screenshot(DOCS, 'queue.png'));
  // The owner's tools, in the Shop menu.
  await s.click('[data-testid=nav-shop]');
  await s.el('[role=menu]');
  await sleep(300);
  console.log(await s.screenshot(DOCS, 'shop-menu.png'));
  await s.keys('\uE00C'); // Escape closes it
  await sleep(300);
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=timeline-entry]');
  await sleep(500);
  console.log(await s.screenshot(DOCS, 'case.png'));
  // The owner's passcode rule on the Staff page.
  await s.click('[data-testid=switch-staff]');
  await s.click('[data-testid=pick-staff]', 'Ana Costa');
  await s.el('[data-testid=current-staff]', 'Ana Costa');
  await s.shop('nav-staff');
  await s.el('[data-testid=passcode-rule]');
  await s.script("document.querySelector('[data-testid=passcode-rule]').scrollIntoView({ block: 'center' })");
  await sleep(300);
  console.log(await s.screenshot(DOCS, 'staff-passcodes.png'));
  // A customer's page: what the shop holds about them, and forgetting them.
  await s.script('document.activeElement?.blur()');
  await s.keys('q');
  await s.click('[data-testid=queue-row]');
  await s.click('.case-head .crumbs button.link');
  await s.el('[data-testid=customer-privacy]');
  await s.click('[data-testid=forget-customer]');
  await s.el('[data-testid=forget-dialog]');
  await sleep(300);
  console.log(await s.screenshot(DOCS, 'forget-customer.png'));
} finally {
  await s.end();
}

// The same demo shop in Dutch, chosen on the first screen.
const nlDb = join(scratchDir('casebook-shots-nl-'), 'casebook.db');
const nl = await Session.start(driver.base, APP, ['--db', nlDb]);
try {
  await nl.cmd('POST', '/window/rect', { width: 1280, height: 800 });
  await nl.click('[data-testid=first-language] option[value="nl"]');
  await nl.el('[data-testid=load-demo]', 'Demowinkel');
  await nl.click('[data-testid=load-demo]');
  await nl.click('[data-testid=pick-staff]');
  await nl.el('[data-testid=queue-row]');
  await nl.until('notices gone', async () => (await nl.script('return document.querySelectorAll(".notice").length')) === 0, 15_000);
  console.log(await nl.screenshot(DOCS, 'queue-nl.png'));
} finally {
  await nl.end();
  driver.stop();
}
