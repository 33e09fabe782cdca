// The installed app, started from a clean Debian root by scripts/package-test.sh
// (through a wrapper that runs it inside the root), checked through WebDriver:
//   node tests/package/app.mjs first-run APP OUT_DIR
//       the first-run screen offers the demo shop; screenshot first-run.png
//   node tests/package/app.mjs updated APP OUT_DIR VERSION
//       after an update over a shop's data: the queue with the shop's cases,
//       and "What's new in Casebook VERSION" once; screenshot whats-new.png
// Exits non-zero, with what was on screen, when the app does not show it.

import { Session, startDriver } from '../e2e/webdriver.mjs';

const [mode, app, out, version] = process.argv.slice(2);
if (!['first-run', 'updated'].includes(mode) || !app || !out) {
  console.error('usage: app.mjs first-run|updated APP OUT_DIR [VERSION]');
  process.exit(2);
}

const driver = await startDriver({ port: 4460, nativePort: 4461 });
let failed = false;
let s;
try {
  s = await Session.start(driver.base, app, []);
  await s.cmd('POST', '/window/rect', { width: 1280, height: 800 });
  if (mode === 'first-run') {
    await s.el('[data-testid=load-demo]');
    console.log(`first-run screen shown: ${await s.screenshot(out, 'first-run.png')}`);
  } else {
    // Whoever is at the desk is picked first; then the app says what is new.
    await s.click('[data-testid=pick-staff]');
    const dialog = await s.el('[data-testid=whats-new]');
    const title = await s.script(`return document.querySelector('[role=dialog] h2, [role=dialog] [id$=title]')?.textContent ?? ''`);
    if (!String(title).includes(version)) throw new Error(`the dialog names ${JSON.stringify(title)}, not ${version}`);
    console.log(`what's new shown for ${version}: ${await s.screenshot(out, 'whats-new.png')}`);
    void dialog;
    await s.click('[data-testid=whats-new-done]');
    const rows = await s.script(`return document.querySelectorAll('[data-testid=queue-row]').length`);
    if (!(rows > 0)) throw new Error('the queue shows none of the shop’s cases after the update');
    console.log(`the queue shows ${rows} cases after the update`);
  }
} catch (err) {
  failed = true;
  console.error(`${mode}: ${err.message}`);
  if (s) await s.screenshot(out, `${mode}-failed.png`).catch(() => {});
  console.error(driver.log().slice(-4000));
} finally {
  if (s) await s.end();
  await driver.stop();
}
process.exit(failed ? 1 : 0);
