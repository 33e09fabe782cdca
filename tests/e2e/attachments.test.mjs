// End to end on the real app: photos in the history.
//
// 1. On a case, a photo is attached through the composer's file input (a JPEG
//    made by WebKit's own encoder) and a screenshot is pasted into the
//    composer (a ClipboardEvent carrying a PNG file, as the clipboard hands
//    one over). Both show a thumbnail on their chips; the reply is saved with
//    both, and the timeline shows their thumbnails, served through the
//    `attachment:` protocol.
// 2. The photo opens in the app's viewer at full size.
// 3. The app is closed and started again on the same data folder: the
//    thumbnails are still there.
// 4. A backup is made. Then one photo is removed from the case, and the other
//    one's file is deleted from the attachments folder by hand: the case
//    says so. Restoring the backup brings both back, files and all.
//
// Elements are found by data-testid, role and attribute, never by words
// (the words are being translated). The data folder is a temporary one of
// the test's own, deleted afterwards.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { KEY, ref, scratchDir, Session, startDriver } from './webdriver.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = process.env.CASEBOOK_APP ?? join(ROOT, 'target/debug/casebook-desk');
const CLI = process.env.CASEBOOK_CLI ?? join(ROOT, 'target/debug/casebook');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');

/** The photo picked from disk: a camera-sized picture, made as a JPEG by WebKit. */
const PHOTO = { width: 1200, height: 900 };
/** The pasted screenshot. */
const SHOT = { width: 640, height: 400 };

let driver;
let s;
let dir;
let db;
/** The two files' content names (SHA-256), from their thumbnails' addresses. */
let hashes = [];

function cli(...args) {
  return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8' });
}

async function launch() {
  s = await Session.start(driver.base, APP, ['--db', db]);
  await s.cmd('POST', '/window/rect', { width: 1280, height: 800 });
}

/** Whether a Casebook started on this test's data folder is still running. */
function appRunning() {
  try {
    execFileSync('pgrep', ['-f', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

before(async () => {
  dir = scratchDir('casebook-attach-');
  db = join(dir, 'casebook.db');
  cli('staff', 'add', 'Ana Costa', '--role', 'owner');
  cli('staff', 'pick', 'Ana');
  const customer = JSON.parse(cli('--json', 'customer', 'add', '--name', 'Dana Reyes'));
  cli('case', 'open', '--customer', customer.id, '--subject', 'Cracked frame', '--message', 'The frame cracked near the bottom bracket.');
  driver = await startDriver();
  await launch();
});

after(async () => {
  await s?.end();
  await driver?.stop(ARTIFACTS, 'attachments-driver.log');
});

async function blur() {
  await s.script('document.activeElement?.blur()');
}

/** Opens the one case from the queue and waits for its timeline. */
async function openCase() {
  await blur();
  await s.click('[data-testid=nav-queue]');
  await s.click('[data-testid=queue-row]');
  await s.el('[data-testid=case-subject]');
  await s.el('[data-testid=timeline-entry]');
}

/**
 * The timeline's photo thumbnails once every one has loaded: their
 * addresses and the sizes they decoded to. Each is scrolled to first (they
 * load lazily, as a person scrolls).
 */
async function loadedThumbs(count, what) {
  return s.until(
    `${count} thumbnails on the timeline, loaded (${what})`,
    () =>
      s.script(
        `const imgs = [...document.querySelectorAll('[data-testid=timeline-entry] [data-testid=attachment-thumb]')];
         if (imgs.length !== arguments[0]) return null;
         imgs.forEach((i) => i.scrollIntoView({ block: 'center' }));
         if (!imgs.every((i) => i.complete && i.naturalWidth > 0)) return null;
         return imgs.map((i) => ({ src: i.getAttribute('src'), width: i.naturalWidth, height: i.naturalHeight }));`,
        [count],
      ),
    30_000,
  );
}

function hashOf(src) {
  const m = /\/thumb\/([0-9a-f]{64})$/.exec(src);
  assert.ok(m, `a thumbnail is addressed by its content's hash through the attachment protocol: ${src}`);
  return m[1];
}

test('a photo picked through the file input and a pasted screenshot are attached, with thumbnails', async () => {
  await s.el('[data-testid=current-staff]');
  await openCase();

  // A photo on disk, as a camera leaves it: a JPEG, encoded by WebKit's canvas.
  const jpeg = await s.script(
    `const [w, h] = arguments;
     const c = document.createElement('canvas');
     c.width = w; c.height = h;
     const g = c.getContext('2d');
     const sky = g.createLinearGradient(0, 0, 0, h);
     sky.addColorStop(0, '#8fb8de'); sky.addColorStop(0.45, '#d9e4ec'); sky.addColorStop(0.46, '#8a6d5a'); sky.addColorStop(1, '#5b4636');
     g.fillStyle = sky; g.fillRect(0, 0, w, h);
     g.lineWidth = 18; g.strokeStyle = '#222';
     for (const x of [0.3, 0.72]) { g.beginPath(); g.arc(w * x, h * 0.68, h * 0.2, 0, Math.PI * 2); g.stroke(); }
     g.strokeStyle = '#b3261e'; g.lineWidth = 14;
     g.beginPath(); g.moveTo(w * 0.3, h * 0.68); g.lineTo(w * 0.48, h * 0.45); g.lineTo(w * 0.72, h * 0.68); g.lineTo(w * 0.52, h * 0.68); g.closePath(); g.stroke();
     return c.toDataURL('image/jpeg', 0.9).split(',')[1];`,
    [PHOTO.width, PHOTO.height],
  );
  const photoPath = join(dir, 'IMG_2041.jpg');
  writeFileSync(photoPath, Buffer.from(jpeg, 'base64'));
  assert.deepEqual([...Buffer.from(jpeg, 'base64').subarray(0, 2)], [0xff, 0xd8], 'the picked photo is a JPEG');

  const input = await s.el('#composer-files');
  await s.cmd('POST', `/element/${input}/value`, { text: photoPath });
  await s.until('the picked photo kept, its thumbnail from the desk on its chip', () =>
    s.script(`return document.querySelectorAll('[data-testid=picked-file] [data-testid=picked-thumb][data-source=kept]').length === 1`),
  );
  assert.equal(
    await s.script('return document.querySelector("[data-testid=picked-name]").textContent.trim()'),
    'IMG_2041.jpg',
    'the chip names the file as it was called',
  );

  // A screenshot pasted into the composer: the clipboard hands the page a PNG file.
  const body = await s.el('[data-testid=composer-body]');
  await s.cmd('POST', `/element/${body}/click`, {});
  const pasted = await s.script(
    `const [w, h] = arguments;
     const c = document.createElement('canvas');
     c.width = w; c.height = h;
     const g = c.getContext('2d');
     g.fillStyle = '#f4f6f6'; g.fillRect(0, 0, w, h);
     g.fillStyle = '#1f6f6b'; g.fillRect(0, 0, w, 48);
     g.fillStyle = '#c9d6d5';
     for (let y = 80; y < h - 20; y += 36) g.fillRect(24, y, w * (0.4 + ((y * 7) % 50) / 100), 16);
     return new Promise((done) => c.toBlob((blob) => {
       try {
         const file = new File([blob], 'image.png', { type: 'image/png' });
         const data = new DataTransfer();
         data.items.add(file);
         const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
         document.querySelector('[data-testid=composer-body]').dispatchEvent(event);
         done({ carried: event.clipboardData?.files.length ?? -1, taken: event.defaultPrevented });
       } catch (err) {
         done({ error: String(err) });
       }
     }, 'image/png'));`,
    [SHOT.width, SHOT.height],
  );
  console.log(`the synthesised paste: ${JSON.stringify(pasted)}`);
  assert.ok(!pasted?.error, `WebKitGTK builds a paste event carrying a file: ${JSON.stringify(pasted)}`);
  assert.equal(pasted.carried, 1, 'the paste event carries the PNG file');
  assert.equal(pasted.taken, true, 'the composer takes the pasted file (and keeps it out of the text)');
  await s.until('both files kept, each with its thumbnail from the desk', () =>
    s.script(`return document.querySelectorAll('[data-testid=picked-file] [data-testid=picked-thumb][data-source=kept]').length === 2`),
  );
  const names = await s.script(`return [...document.querySelectorAll('[data-testid=picked-name]')].map((n) => n.textContent.trim())`);
  assert.equal(names[0], 'IMG_2041.jpg');
  assert.match(names[1], /\.png$/, `the pasted picture is a PNG: ${names[1]}`);
  assert.notEqual(names[1], 'image.png', 'and gets a name of its own, not the clipboard’s generic one');
  assert.equal(await s.script('return document.querySelector("[data-testid=composer-body]").value'), '', 'nothing of the paste went into the text');

  await s.type('[data-testid=composer-body]', 'Photo of the crack, and the screenshot of the frame’s recall notice.');
  const save = await s.el('[data-testid=composer-save]');
  await s.cmd('POST', `/element/${save}/click`, {});
  await s.until('the composer emptied after saving', () => s.script('return document.querySelectorAll("[data-testid=picked-file]").length === 0'));

  const thumbs = await loadedThumbs(2, 'after saving');
  hashes = thumbs.map((t) => hashOf(t.src));
  assert.notEqual(hashes[0], hashes[1], 'two different files');
  for (const [i, t] of thumbs.entries()) {
    assert.ok(Math.max(t.width, t.height) <= 320, `a thumbnail is small, not the whole picture: ${t.width} x ${t.height}`);
    assert.ok(existsSync(join(dir, 'attachments', hashes[i].slice(0, 2), hashes[i])), 'the file is kept by its content in the attachments folder beside the database');
  }
  // Thumbnails keep each picture's shape: one 4:3 photo, one 8:5 screenshot.
  const ratios = thumbs.map((t) => t.width / t.height).sort();
  assert.ok(Math.abs(ratios[0] - 4 / 3) < 0.02 && Math.abs(ratios[1] - 8 / 5) < 0.02, `thumbnails keep the pictures' shapes: ${ratios}`);
});

test('a photo opens in the app’s own viewer, at full size', async () => {
  const target = await s.el(`[data-testid=timeline-entry] [data-testid=attachment-open]:has(img[src$="${hashes[0]}"])`);
  await s.script('arguments[0].scrollIntoView({ block: "center" })', [ref(target)]);
  await s.cmd('POST', `/element/${target}/click`, {});
  await s.el('[role=dialog] [data-testid=photo-viewer]');
  const shown = await s.until('the full photo in the viewer', () =>
    s.script(
      `const i = document.querySelector('[data-testid=viewer-photo]');
       return i && i.complete && i.naturalWidth > 0 ? { src: i.getAttribute('src'), width: i.naturalWidth, height: i.naturalHeight } : null;`,
    ),
  );
  assert.deepEqual([shown.width, shown.height], [PHOTO.width, PHOTO.height], `the viewer shows the photo at its own size, not the thumbnail: ${JSON.stringify(shown)}`);
  assert.match(shown.src, /\/file\/[0-9a-f]{64}$/, `served by content through the attachment protocol: ${shown.src}`);
  assert.equal(await s.script('return document.querySelectorAll("[data-testid=viewer-count]").length'), 1, 'the viewer steps through the entry’s two photos');
  await s.screenshot(ARTIFACTS, 'attachments-viewer.png');
  await s.keys(KEY.Escape);
  await s.until('the viewer closed', () => s.script('return document.querySelector("[data-testid=photo-viewer]") === null'));
});

test('after a restart of the app the photos are still on the case', async () => {
  await s.end();
  await s.until('the app closed', async () => !appRunning(), 20_000);
  await launch();
  await s.el('[data-testid=current-staff]');
  await openCase();
  const thumbs = await loadedThumbs(2, 'after a restart');
  assert.deepEqual(thumbs.map((t) => hashOf(t.src)), hashes, 'the same two files, in the same order');

  await blur();
  await s.script('window.scrollTo(0, 0)');
  await s.until('no messages over the page', () => s.script('return document.querySelectorAll(".notice").length === 0'), 15_000).catch(() => {});
  await sleep(300);
  const shot = await s.screenshot(ARTIFACTS, 'attachments.png');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(shot, join(ROOT, 'docs/attachments.png'));
  console.log(`screenshot: ${shot}`);
});

test('a backup keeps the photos: one removed and one deleted from disk both come back with a restore', async () => {
  await blur();
  await s.shop('nav-data');
  await s.el('[data-testid=backups-section]');
  await s.click('[data-testid=backup-now]');
  await s.el('[data-testid=backup-made]');
  assert.equal(
    await s.script('return document.querySelector("[data-testid=backup-row] .pill")?.classList.contains("manual")'),
    true,
    'the newest backup, listed first, is the one just made',
  );
  for (const h of hashes) {
    assert.ok(existsSync(join(dir, 'backups', 'attachments', h.slice(0, 2), h)), 'the backup keeps each file it refers to beside it');
  }

  // Lose both photos: one removed from the case, one's file deleted by hand.
  await openCase();
  await loadedThumbs(2, 'before losing them');
  rmSync(join(dir, 'attachments', hashes[1].slice(0, 2), hashes[1]));
  rmSync(join(dir, 'attachments', 'thumbs', `${hashes[1]}.jpg`), { force: true });
  const menu = await s.el(`[data-testid=attachment]:has(img[src$="${hashes[0]}"]) [data-testid=attachment-menu]`);
  await s.script('arguments[0].scrollIntoView({ block: "center" })', [ref(menu)]);
  await s.cmd('POST', `/element/${menu}/click`, {});
  await s.click('[role=menu] [data-testid=attachment-remove]');
  await s.click('[data-testid=remove-dialog] [data-testid=remove-confirm]');
  await s.until('the removed photo gone and the deleted one said to be missing', () =>
    s.script(
      `return document.querySelectorAll('[data-testid=timeline-entry] [data-testid=attachment-thumb]').length === 0
        && document.querySelectorAll('[data-testid=timeline-entry] [data-testid=attachment] [data-testid=attachment-state]').length === 1`,
    ),
  );

  await blur();
  await s.shop('nav-data');
  await s.el('[data-testid=backup-row]');
  await s.click('[data-testid=backup-row] [data-testid=restore-button]');
  await s.click('[role=dialog] [data-testid=restore-confirm]');
  await s.el('[data-testid=restore-result]');

  await openCase();
  const thumbs = await loadedThumbs(2, 'after the restore');
  assert.deepEqual(thumbs.map((t) => hashOf(t.src)), hashes, 'both photos are back on the case');
  assert.ok(existsSync(join(dir, 'attachments', hashes[1].slice(0, 2), hashes[1])), 'the deleted file came back from the backup');
  assert.equal(
    await s.script('return document.querySelectorAll("[data-testid=timeline-entry] [data-testid=attachment-state]").length'),
    0,
    'nothing is said to be missing',
  );
});
