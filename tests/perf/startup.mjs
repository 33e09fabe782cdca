// Start-up time and memory of the real release app on a large shop.
//
//   make perf-startup      (builds the release app; needs the 1,000,000-event
//                           shop from `cargo bench --bench scale`)
//
// Starts the app under Xvfb on a copy of the shop, times how long until the
// queue's rows are on screen, and where that time goes, and reads the
// proportional set size (PSS) of the app and its WebKit processes once idle.
// Prints figures; asserts nothing.
//
// The moments are read where they happen, all on the same clock: the launch
// (here), the app's process start (/proc), the page's navigation start and
// the app script evaluated (the page's performance timeline; the app's Rust
// set-up, the window and WebKit's web process come before the first), and the
// first frame with queue rows (a script waiting in the page, so no polling
// delay counts). Between them, the page marks when the desk's start-up calls
// (desk, staff, language) were answered and when the queue's first page was
// (asked for as the script starts, beside the others), and when the queue was
// put on the page (with its rows when they came first); the steps are printed
// in the order they ended. `CASEBOOK_LOG=debug casebook-desk --db ...` logs the
// Rust set-up's moments (database open, tray ready) and any database job that
// took 20 ms or more, for a closer look. Memory is split by what holds it:
// working memory (heap, JavaScript, stacks), the app's own code, WebKit and
// the graphics stack (Mesa, whose software renderer loads LLVM here under
// Xvfb), and the other shared libraries.

import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { scratchDir, Session, startDriver } from '../e2e/webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/release/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/release/casebook');
const SHOP = process.env.CASEBOOK_BENCH_DB ?? join(ROOT, 'target/bench-data/casebook-1m.db');
const RUNS = Number(process.env.RUNS ?? 7);
const TARGET_MS = 700;
const TARGET_PSS_MB = 200;
const CLOCK_TICKS = 100; // USER_HZ, the unit of /proc/PID/stat's start time

/** PSS by what holds it, from /proc/PID/smaps. */
function pssParts(pid) {
  const parts = { working: 0, app: 0, webkit: 0, graphics: 0, libraries: 0 };
  let file = '';
  try {
    for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
      const head = line.match(/^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/);
      if (head) {
        file = head[1];
      } else if (line.startsWith('Pss:')) {
        const bytes = Number(line.split(/\s+/)[1]) * 1024;
        const part = !file.startsWith('/')
          ? 'working'
          : file === APP || file.endsWith('/casebook-desk')
            ? 'app'
            : /webkit|javascriptcore/i.test(file)
              ? 'webkit'
              : /LLVM|dri|gallium|libGL|libEGL|mesa/i.test(file)
                ? 'graphics'
                : 'libraries';
        parts[part] += bytes;
      }
    }
  } catch {
    // gone
  }
  return parts;
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

/** When a process started, in ms since the epoch (to about 10 ms). */
function startedAt(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  const boot = Date.now() - uptime * 1000;
  return boot + (ticks * 1000) / CLOCK_TICKS;
}

// Runs in the page: waits for queue rows, then for the frame that shows them,
// and returns the page's own timeline (epoch-based via timeOrigin).
const WAIT_FOR_QUEUE = `
const done = arguments[arguments.length - 1];
const look = () => {
  if (document.querySelector('[data-testid=queue-row]')) {
    requestAnimationFrame(() => setTimeout(() => done({
      origin: performance.timeOrigin,
      painted: performance.now(),
      script: performance.getEntriesByName('casebook:script')[0]?.startTime ?? null,
      desk: performance.getEntriesByName('casebook:desk')[0]?.startTime ?? null,
      queue: performance.getEntriesByName('casebook:queue')[0]?.startTime ?? null,
      mounted: performance.getEntriesByName('casebook:queue-mounted')[0]?.startTime ?? null,
    }), 0));
  } else {
    setTimeout(look, 2);
  }
};
look();`;

async function waitForQueue(s) {
  return s.until('the queue', async () => s.cmd('POST', '/execute/async', { script: WAIT_FOR_QUEUE, args: [] }), 30_000);
}

const dir = scratchDir('casebook-perf-');
const db = join(dir, 'shop.db');
copyFileSync(SHOP, db);
const info = JSON.parse(execFileSync(CLI, ['--db', db, '--json', 'info'], { encoding: 'utf8' }));
execFileSync(CLI, ['--db', db, 'staff', 'pick', 'Ana']);
console.log(`shop: ${info.customers} customers, ${info.cases} cases, ${info.events} events`);
console.log(`load: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (1, 5, 15 min)`);

const runs = [];
let memory = null;
// One start first, not measured: it brings up what a desktop session already
// has running (the D-Bus-activated portal services), and warms the disk cache.
for (let run = -1; run < RUNS; run++) {
  const driver = await startDriver();
  const t0 = Date.now();
  const s = await Session.start(driver.base, APP, ['--db', db]);
  const page = await waitForQueue(s);
  const app = Number(execFileSync('pgrep', ['-n', '-f', `${APP} --db ${db}`], { encoding: 'utf8' }).trim());
  const at = (ms) => page.origin + ms - t0;
  if (run >= 0) {
    runs.push({
      process: startedAt(app) - t0,
      page: page.origin - t0,
      script: page.script === null ? null : at(page.script),
      desk: page.desk === null ? null : at(page.desk),
      queue: page.queue === null ? null : at(page.queue),
      mounted: page.mounted === null ? null : at(page.mounted),
      painted: at(page.painted),
    });
  }
  if (run === RUNS - 1) {
    await sleep(3000); // settle, then measure the idle app
    const procs = [app, ...children(app)];
    memory = procs.map((p) => {
      const parts = pssParts(p);
      return { pid: p, name: name(p), pss: Object.values(parts).reduce((a, b) => a + b, 0), parts };
    });
  }
  await s.end();
  driver.stop();
  // The next start must not find this one still running.
  for (let i = 0; i < 50 && children(process.pid).some((p) => name(p) === 'casebook-desk'); i++) await sleep(100);
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length === 0 ? null : v[Math.floor((v.length - 1) / 2)];
};
const ms = (x) => (x === null ? '   n/a' : `${x.toFixed(0).padStart(6)}`);
const painted = runs.map((r) => r.painted).sort((a, b) => a - b);
console.log(
  `time to an interactive queue (${RUNS} starts): median ${median(painted).toFixed(0)} ms, ` +
    `best ${painted[0].toFixed(0)} ms, worst ${painted[RUNS - 1].toFixed(0)} ms (target: under ${TARGET_MS} ms)`,
);
console.log('where it goes (medians, ms from the launch; the step, then the moment it ended):');
const steps = [
  ['process start (driver launches the app)', 'process'],
  ['app set-up (database, tray), window, WebKit web process', 'page'],
  ['app script loaded and evaluated', 'script'],
  ['IPC: desk, staff and language answered', 'desk'],
  ['IPC: the queue\'s first page answered', 'queue'],
  ['top bar and queue put on the page (rows too, if answered)', 'mounted'],
  ['queue drawn and painted', 'painted'],
]
  .map(([label, key]) => [label, median(runs.map((r) => r[key]))])
  .sort((a, b) => (a[1] ?? Infinity) - (b[1] ?? Infinity));
let before = 0;
for (const [label, moment] of steps) {
  console.log(`  ${label.padEnd(56)} ${ms(moment === null ? null : moment - before)}  (at ${ms(moment)})`);
  if (moment !== null) before = moment;
}
let total = 0;
for (const m of memory ?? []) {
  total += m.pss;
  const parts = Object.entries(m.parts)
    .filter(([, bytes]) => bytes >= 1048576)
    .map(([part, bytes]) => `${part} ${(bytes / 1048576).toFixed(0)}`)
    .join(', ');
  console.log(`  ${m.name.padEnd(22)} PSS ${(m.pss / 1048576).toFixed(0).padStart(5)} MB  (${parts})`);
}
console.log(
  `memory of the app and its WebKit processes, idle: PSS ${(total / 1048576).toFixed(0)} MB (target: under ${TARGET_PSS_MB} MB)`,
);
console.log(`load after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
