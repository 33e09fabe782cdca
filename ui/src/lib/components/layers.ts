// What is on top: dialogs can open over dialogs (a passcode asked for while an
// owner's tool is being used), and the lock screen covers them all. Only the
// top layer answers Escape, and the page's shortcuts come back only when the
// last one closes.

const open: symbol[] = [];

export interface Layer {
  /** Whether nothing opened after this one is still open. */
  top(): boolean;
  /** Takes this layer away (once is enough; again does nothing). */
  close(): void;
}

export function openLayer(): Layer {
  const id = Symbol('layer');
  open.push(id);
  return {
    top: () => open.at(-1) === id,
    close: () => {
      const i = open.indexOf(id);
      if (i >= 0) open.splice(i, 1);
    },
  };
}

/** How many layers are open. */
export function openLayers(): number {
  return open.length;
}
