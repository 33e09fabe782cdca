import { afterEach, expect, test } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { summary as c } from '../cases/fixtures';
import { desk } from '../../lib/state/desk.svelte';
import EscalateDialog from './EscalateDialog.svelte';

afterEach(() => {
  clearMocks();
  desk.staff = [];
});

test('the escalation dialog puts focus on its first question, the root cause, even though the causes arrive after it opens', async () => {
  desk.staff = [
    { id: 's1', name: 'Ana Costa', role: 'staff', active: true, has_passcode: false },
    { id: 's2', name: 'Ben Okafor', role: 'owner', active: true, has_passcode: false },
  ];
  mockIPC(async (cmd) => {
    if (cmd === 'root_causes') {
      // The shop's causes are read as the dialog opens: they come a moment later.
      await new Promise((r) => setTimeout(r, 30));
      return ['Parts delay', 'Workload'];
    }
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByRole, getByLabelText } = render(EscalateDialog, { c, onclose: () => {} });
  const causes = await findAllByRole('radio');
  await waitFor(() => expect(document.activeElement, 'focus is on the first root cause, the question asked first').toBe(causes[0]));
  expect(document.activeElement, 'not on "Escalate to" below it').not.toBe(getByLabelText('Escalate to'));
});

test('a person who already moved focus in the dialog keeps it where they put it', async () => {
  desk.staff = [{ id: 's2', name: 'Ben Okafor', role: 'owner', active: true, has_passcode: false }];
  let answer: (causes: string[]) => void = () => {};
  mockIPC((cmd) => {
    if (cmd === 'root_causes') return new Promise<string[]>((r) => (answer = r));
    throw { code: 'internal', message: `unexpected ${cmd}` };
  });
  const { findAllByRole, getByLabelText } = render(EscalateDialog, { c, onclose: () => {} });
  const note = getByLabelText('What happened?') as HTMLTextAreaElement;
  await fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
  note.focus();
  answer(['Parts delay']);
  await findAllByRole('radio');
  await new Promise((r) => setTimeout(r, 20));
  expect(document.activeElement, 'the causes coming in do not take focus from where the person is').toBe(note);
});
