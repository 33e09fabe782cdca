// Closing by a signal is closing: a logout or shutdown (SIGTERM), a closed
// terminal (SIGHUP) or Ctrl+C (SIGINT) ends Casebook as its close button does,
// with the backup it takes on the way out, instead of killing it outright.
//
// Run by `make test` (the app is built with `tauri build --debug`, under Xvfb).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { scratchDir } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');

async function until(what, fn, timeout = 25_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (fn()) return;
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT']) {
  test(`${signal} closes Casebook like its close button, with the exit backup`, async () => {
    const dir = scratchDir('casebook-signal-');
    const db = join(dir, 'casebook.db');
    const app = spawn(APP, ['--db', db], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
    let log = '';
    app.stdout.on('data', (d) => (log += d));
    app.stderr.on('data', (d) => (log += d));
    const exited = new Promise((done) => app.on('exit', (code, sig) => done({ code, sig })));
    try {
      await until('the database to open', () => existsSync(db) && log.includes('opening the database'));
      await sleep(1500); // let the window finish starting, as a person would see it
      app.kill(signal);
      const { code, sig } = await Promise.race([exited, sleep(30_000).then(() => ({ code: 'still running' }))]);
      assert.equal(sig, null, `the app ended by itself, not by the signal (${sig}): ${log.slice(-2000)}`);
      assert.equal(code, 0, `the app closed cleanly: ${log.slice(-2000)}`);
      const backups = readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('.db'));
      assert.equal(backups.length, 1, `the backup on closing was taken: ${backups}`);
    } finally {
      if (app.exitCode === null) app.kill('SIGKILL');
    }
  });
}
