import { afterEach, expect, test, vi } from 'vitest';
import { tick } from 'svelte';
import { ApiFailure } from './api';
import { Submit } from './submit.svelte';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A form as a dialog has it: two fields and a submit button. */
function form() {
  document.body.innerHTML = `
    <form id="f">
      <input id="what" />
      <textarea id="note"></textarea>
      <button type="submit" class="primary">Save</button>
    </form>`;
  return {
    form: document.getElementById('f') as HTMLFormElement,
    what: document.getElementById('what') as HTMLInputElement,
    note: document.getElementById('note') as HTMLTextAreaElement,
    button: document.querySelector('button') as HTMLButtonElement,
  };
}

const settle = async () => {
  await tick();
  await Promise.resolve();
  await tick();
};

test('a failure shows its message and moves focus to the field it names', async () => {
  const f = form();
  const submit = new Submit([
    { id: 'what', field: 'text' },
    { id: 'note', field: 'note' },
  ]);
  submit.form(f.form);
  f.button.focus();
  await submit.run(() => Promise.reject(new ApiFailure('invalid_input', 'De notitie is leeg. Vul het in voordat je opslaat.', 'note')));
  await settle();
  expect(submit.error, 'the backend message is kept to show in the form').toBe('De notitie is leeg. Vul het in voordat je opslaat.');
  expect(submit.field, 'the field the backend named, whatever language the words are in').toBe('note');
  expect(document.activeElement, 'focus is on the field to fix').toBe(f.note);
  expect(f.note.getAttribute('aria-invalid'), 'and the field says it is invalid').toBe('true');
  expect(submit.busy, 'no longer busy').toBe(false);
});

test('a field may go by several backend names', async () => {
  const f = form();
  const submit = new Submit([{ id: 'what', field: ['owner_url', 'host'] }]);
  submit.form(f.form);
  await submit.run(() => Promise.reject({ code: 'invalid_input', message: 'Too long.', field: 'host' }));
  await settle();
  expect(document.activeElement, 'the field answering to the second name').toBe(f.what);
});

test('words alone never pick a field; a code the form lists does', async () => {
  const f = form();
  const submit = new Submit([
    { id: 'what', field: 'text' },
    { id: 'note', field: 'note', codes: ['server_refused'] },
  ]);
  submit.form(f.form);
  f.what.focus();
  await submit.run(() => Promise.reject({ code: 'not_allowed', message: 'text note what' }));
  await settle();
  expect(submit.field, 'a message that happens to contain field names is about no field').toBeNull();
  expect(document.activeElement, 'focus on the button, ready to try again').toBe(f.button);
  await submit.run(() => Promise.reject({ code: 'server_refused', message: 'Le serveur refuse.' }));
  await settle();
  expect(submit.field, 'a server refusal belongs to the field that lists its code').toBe('note');
  expect(document.activeElement, 'focus on that field').toBe(f.note);
});

test('a failure naming a field the form does not have keeps focus on the submit button', async () => {
  const f = form();
  const submit = new Submit([{ id: 'what', field: 'text' }]);
  submit.form(f.form);
  f.what.focus();
  await submit.run(() => Promise.reject({ code: 'invalid_input', message: 'Only a shift lead can do this.', field: 'elsewhere' }));
  await settle();
  expect(submit.error, 'any thrown value becomes a readable message').toBe('Only a shift lead can do this.');
  expect(document.activeElement, 'focus on the button, ready to try again').toBe(f.button);
});

test('busy while the write runs; a second submit meanwhile is ignored', async () => {
  const submit = new Submit();
  let finish: (v: string) => void = () => {};
  const work = vi.fn(() => new Promise<string>((done) => (finish = done)));
  const first = submit.run(work);
  expect(submit.busy, 'busy at once, so the button is disabled').toBe(true);
  const second = await submit.run(work);
  expect(second, 'the double submit does nothing').toBeUndefined();
  expect(work, 'the write was sent once').toHaveBeenCalledTimes(1);
  finish('saved');
  expect(await first, 'the first run returns what the write returned').toBe('saved');
  expect(submit.busy, 'and is no longer busy').toBe(false);
  expect(submit.error, 'no message after a success').toBe('');
});

test('a new run clears the last message; a check before asking the backend shows the same way', async () => {
  const f = form();
  const submit = new Submit();
  submit.form(f.form);
  submit.fail('Pick who takes over the case.', 'what');
  await settle();
  expect(submit.error, 'the check is shown').toBe('Pick who takes over the case.');
  expect(document.activeElement, 'on the field the check names').toBe(f.what);
  await submit.run(() => Promise.resolve());
  expect(submit.error, 'cleared by the next submit').toBe('');
  expect(f.what.hasAttribute('aria-invalid'), 'the field is no longer marked').toBe(false);
});

test('focus lost to a disabled button goes back where it was', async () => {
  const f = form();
  const submit = new Submit();
  submit.form(f.form);
  f.note.focus();
  await submit.run(async () => {
    f.note.blur(); // as when the focused button is disabled while busy
  });
  await settle();
  expect(document.activeElement, 'the person carries on where they were').toBe(f.note);
});
