// Start-up time and memory of the real release app on a large shop.
//
//   make perf-startup      (builds the release app; needs the 1,000,000-event
//                           shop from `cargo bench --bench scale`)
//
// Starts the app under Xvfb on a copy of the shop, times how long until the
// queue's rows are on screen and clickable, and reads the proportional set size
// (PSS) of the app and its WebKit processes. Prints figures; asserts nothing.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Session, startDriver } from '../e2e/webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/release/casebook-desk');
const CLI = join(ROOT, 'target/release/casebook');
const SHOP = process.env.CASEBOOK_BENCH_DB ?? join(ROOT, 'target/bench-data/casebook-1m.db');
const RUNS = Number(process.env.RUNS ?? 5);

function pss(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').split('\n').find((l) => l.startsWith('Pss:'));
    return Number(line?.split(/\s+/)[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

function children(pid) {
  const out = [];
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(p), ...children(Number(p)));
    } catch {
      // gone
    }
  }
  return out;
}

function name(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

const dir = mkdtempSync(join(tmpdir(), 'casebook-perf-'));
const db = join(dir, 'shop.db');
copyFileSync(SHOP, db);
const info = JSON.parse(execFileSync(CLI, ['--db', db, '--json', 'info'], { encoding: 'utf8' }));
execFileSync(CLI, ['--db', db, 'staff', 'pick', 'Ana']);
console.log(`shop: ${info.customers} customers, ${info.cases} cases, ${info.events} events`);

const times = [];
let memory = null;
// One start first, not measured: it brings up what a desktop session already
// has running (the D-Bus-activated portal services), and warms the disk cache.
for (let run = -1; run < RUNS; run++) {
  const driver = await startDriver();
  const t0 = performance.now();
  const s = await Session.start(driver.base, APP, ['--db', db]);
  await s.until('the queue', async () => s.script('return document.querySelectorAll("[data-testid=queue-row]").length > 0'), 30_000);
  const ms = performance.now() - t0;
  if (run >= 0) times.push(ms);
  if (run === RUNS - 1) {
    await sleep(3000); // settle, then measure the idle app
    const app = Number(execFileSync('pgrep', ['-n', '-f', `${APP} --db ${db}`], { encoding: 'utf8' }).trim());
    const procs = [app, ...children(app)];
    memory = procs.map((p) => ({ pid: p, name: name(p), pss: pss(p) }));
  }
  await s.end();
  driver.stop();
  // The next start must not find this one still running.
  for (let i = 0; i < 50 && children(process.pid).some((p) => name(p) === 'casebook-desk'); i++) await sleep(100);
}
times.sort((a, b) => a - b);
console.log(`time to an interactive queue (${RUNS} starts): median ${times[Math.floor(RUNS / 2)].toFixed(0)} ms, ` +
  `best ${times[0].toFixed(0)} ms, worst ${times[RUNS - 1].toFixed(0)} ms (target: under 1 s)`);
let total = 0;
for (const m of memory ?? []) {
  total += m.pss;
  console.log(`  ${m.name.padEnd(22)} PSS ${(m.pss / 1048576).toFixed(0).padStart(5)} MB`);
}
console.log(`memory of the app and its WebKit processes, idle: PSS ${(total / 1048576).toFixed(0)} MB`);
