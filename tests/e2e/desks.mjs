// A shop of two desks for the end-to-end tests, set up as people would: desk
// A (the demo shop, Ana the owner, at 1024 x 700) connects to a database of
// its own on the throwaway PostgreSQL of scripts/with-test-servers.sh and
// makes a join code; desk B, a new Casebook, joins with it and Ben sits down.
// Each desk is a computer of its own: its own database, session bus and
// password store (B's tauri-driver runs under scripts/with-keyring.sh).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/**
 * Starts both desks and joins them in one shop. `name` names the database,
 * the scratch folders and the drivers' logs. Answers the two sessions, desk
 * A's folder, and `end()`, which stops both apps and their drivers.
 */
export async function twoDesks(name, { bWidth } = {}) {
  const PG_URL = process.env.CASEBOOK_TEST_PG_URL;
  assert.ok(PG_URL, 'CASEBOOK_TEST_PG_URL is not set: run the end-to-end tests with `make e2e`, which starts a throwaway PostgreSQL');
  const run = Date.now().toString(36).slice(-5);
  const dbname = `casebook_${name}_${run}`;
  execFileSync('psql', [PG_URL, '-v', 'ON_ERROR_STOP=1', '-qAtc', `CREATE DATABASE ${dbname}`]);
  const ownerUrl = PG_URL.replace(/\/[^/?]*(\?.*)?$/, `/${dbname}`);
  const dirA = scratchDir(`casebook-${name}-a-`);
  const dirB = scratchDir(`casebook-${name}-b-`);
  const driverA = await startDriver({ port: 4444, nativePort: 4445 });
  const driverB = await startDriver({ port: 4446, nativePort: 4447, wrap: [join(ROOT, 'scripts/with-keyring.sh')] });
  const a = await Session.start(driverA.base, APP, ['--db', join(dirA, 'casebook.db')]);
  const b = await Session.start(driverB.base, APP, ['--db', join(dirB, 'casebook.db')]);
  const end = async () => {
    await a?.end();
    await b?.end();
    await driverA?.stop(ARTIFACTS, `${name}-a-driver.log`);
    await driverB?.stop(ARTIFACTS, `${name}-b-driver.log`);
  };
  try {
    await a.cmd('POST', '/window/rect', { width: 1024, height: 700 });
    if (bWidth) await b.cmd('POST', '/window/rect', { width: bWidth, height: 700 });

    await a.click('[data-testid=load-demo]');
    await a.click('[data-testid=pick-staff]', 'Ana Costa');
    await a.el('[data-testid=current-staff]', 'Ana Costa');
    await a.shop('nav-sync');
    await a.type('[data-testid=sync-url]', ownerUrl);
    await a.type('[data-testid=sync-shop]', 'Costa Cycles');
    await a.type('[data-testid=sync-desk]', 'Counter');
    await a.click('[data-testid=sync-connect]');
    await a.until('the connected page', async () => a.script('return !!document.querySelector("[data-testid=sync-summary]")'), 60_000);
    await a.type('[data-testid=new-desk-name]', 'Workshop');
    await a.click('[data-testid=make-code]');
    await a.el('[data-testid=made-code]');
    const code = await a.script('return document.querySelector("[data-testid=made-code]").value');
    await b.type('[data-testid=join-code]', code);
    await b.click('[data-testid=join-submit]');
    await b.el('[role=dialog] h2', 'Who is at the desk?');
    await b.click('[data-testid=pick-staff]', 'Ben Okafor');
    await b.el('[data-testid=current-staff]', 'Ben Okafor');
  } catch (err) {
    await end();
    throw err;
  }
  return { a, b, dirA, run, end };
}
