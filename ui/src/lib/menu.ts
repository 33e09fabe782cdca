// An open menu's keys, as the WAI-ARIA menu pattern has them, for every menu
// button of the app (the Shop menu, an attachment's ⋯ menu).

/** The menu's items, in order. */
export function menuItems(menu: HTMLElement | undefined): HTMLElement[] {
  return menu ? [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')] : [];
}

/**
 * ↑ ↓ move between the items (round from the last to the first), Home and End
 * go to the first and last, Escape closes the menu and gives focus back to
 * its button (`close(true)`), Tab closes it and lets focus move on
 * (`close(false)`). Other keys are left alone.
 */
export function onMenuKey(e: KeyboardEvent, menu: HTMLElement | undefined, close: (returnFocus: boolean) => void): void {
  const list = menuItems(menu);
  const at = list.indexOf(document.activeElement as HTMLElement);
  const move = (i: number) => list[(i + list.length) % list.length]?.focus();
  switch (e.key) {
    case 'ArrowDown':
      e.preventDefault();
      move(at + 1);
      break;
    case 'ArrowUp':
      e.preventDefault();
      move(at - 1);
      break;
    case 'Home':
      e.preventDefault();
      move(0);
      break;
    case 'End':
      e.preventDefault();
      move(list.length - 1);
      break;
    case 'Escape':
      e.preventDefault();
      e.stopPropagation();
      close(true);
      break;
    case 'Tab':
      close(false);
      break;
  }
}
