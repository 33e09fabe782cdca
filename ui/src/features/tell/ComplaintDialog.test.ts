import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import ComplaintDialog from './ComplaintDialog.svelte';

afterEach(() => clearMocks());

test('a dialog shows the refusal in itself, on the field to fix, and sends one write however often it is submitted', async () => {
  const sent: unknown[] = [];
  let answer: (v: unknown) => void = () => {};
  mockIPC((cmd, args) => {
    if (cmd !== 'flag_complaint') throw { code: 'internal', message: `unexpected ${cmd}` };
    const { input } = args as { input: { summary: string } };
    sent.push(input);
    if (!input.summary.trim()) {
      throw { code: 'invalid_input', message: 'What the complaint is about is empty. Type it in before saving.', field: 'summary' };
    }
    return new Promise((done) => (answer = done));
  });
  let closed = 0;
  const { findByRole, getByText } = render(ComplaintDialog, { caseId: 'k1', onclose: () => closed++ });
  const summary = document.getElementById('complaint-summary') as HTMLInputElement;
  const button = getByText('Flag it', { selector: 'button', exact: false }) as HTMLButtonElement;

  await fireEvent.keyDown(summary, { key: 'Enter', ctrlKey: true });
  expect((await findByRole('alert')).textContent, 'the backend message is in the dialog').toContain('is empty');
  await waitFor(() => expect(document.activeElement, 'focus is on the field the message is about').toBe(summary));
  expect(closed, 'the dialog stays open').toBe(0);

  await fireEvent.input(summary, { target: { value: 'Bike not ready on the promised day' } });
  await fireEvent.keyDown(summary, { key: 'Enter', ctrlKey: true });
  await waitFor(() => expect(button.disabled, 'busy: the button is disabled').toBe(true));
  expect(button.getAttribute('aria-busy'), 'and says it is busy').toBe('true');
  await fireEvent.keyDown(summary, { key: 'Enter', ctrlKey: true });
  await fireEvent.click(button);
  expect(sent.length, 'one failed and one pending write: the repeats were ignored').toBe(2);

  answer({ id: 'c1', summary: 'Bike not ready on the promised day' });
  await waitFor(() => expect(closed, 'done: the dialog closes').toBe(1));
});
