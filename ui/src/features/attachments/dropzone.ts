// A form that takes files dropped on it or pasted into it (a screenshot on the
// clipboard): `use:takesFiles={(files, pasted) => …}`. Text pasted or dragged
// about the page is left alone. While files are dragged over it the form has
// the class `dropping`.

import { carriesFiles, clipboardFiles } from './files';

export type TakeFiles = (files: File[], pasted: boolean) => void;

export function takesFiles(node: HTMLElement, take: TakeFiles) {
  let handler = take;
  let depth = 0;

  const onPaste = (e: ClipboardEvent) => {
    const files = clipboardFiles(e.clipboardData);
    if (files.length === 0) return;
    e.preventDefault();
    handler(files, true);
  };
  const onEnter = (e: DragEvent) => {
    if (!carriesFiles(e.dataTransfer)) return;
    e.preventDefault();
    depth++;
    node.classList.add('dropping');
  };
  const onOver = (e: DragEvent) => {
    if (!carriesFiles(e.dataTransfer)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (e: DragEvent) => {
    if (!carriesFiles(e.dataTransfer)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) node.classList.remove('dropping');
  };
  const onDrop = (e: DragEvent) => {
    depth = 0;
    node.classList.remove('dropping');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    handler(files, false);
  };

  node.addEventListener('paste', onPaste);
  node.addEventListener('dragenter', onEnter);
  node.addEventListener('dragover', onOver);
  node.addEventListener('dragleave', onLeave);
  node.addEventListener('drop', onDrop);
  return {
    update(next: TakeFiles) {
      handler = next;
    },
    destroy() {
      node.removeEventListener('paste', onPaste);
      node.removeEventListener('dragenter', onEnter);
      node.removeEventListener('dragover', onOver);
      node.removeEventListener('dragleave', onLeave);
      node.removeEventListener('drop', onDrop);
    },
  };
}
