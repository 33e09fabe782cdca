// Small DOM behaviours shared by several forms.

import { isSubmit } from './keys';

/** Ctrl+Enter (⌘+Enter) anywhere inside the form submits it, as the Save button would. */
export function ctrlEnterSubmits(form: HTMLFormElement) {
  function onKey(e: KeyboardEvent) {
    if (isSubmit(e)) {
      e.preventDefault();
      form.requestSubmit();
    }
  }
  form.addEventListener('keydown', onKey);
  return {
    destroy() {
      form.removeEventListener('keydown', onKey);
    },
  };
}
