// pdf.js, loaded only when a PDF is opened. Its worker is bundled by Vite and
// started from the app's own files (the CSP's worker-src 'self'). Nothing in a
// PDF runs: no eval (isEvalSupported: false, so the CSP needs no
// 'unsafe-eval'), no scripting (the API alone, never the viewer's scripting
// sandbox), no annotation layer (annotations are only drawn onto the page
// image), no XFA forms, no WebAssembly.

import { getDocument, GlobalWorkerOptions, AnnotationMode, type PDFDocumentProxy } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

let worker: Worker | null = null;

/** Opens a PDF from its bytes. `onPassword` hears of a PDF that asks for one (it is not opened). */
export async function openPdf(data: Uint8Array, onPassword: () => void): Promise<PDFDocumentProxy> {
  if (!worker) {
    worker = new PdfWorker();
    GlobalWorkerOptions.workerPort = worker;
  }
  const task = getDocument({
    data,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    useSystemFonts: true,
    stopAtErrors: false,
  });
  task.onPassword = () => {
    onPassword();
    void task.destroy();
  };
  return task.promise;
}

/** Annotations are drawn as part of the page, never as live elements. */
export const DRAW_ANNOTATIONS = AnnotationMode.ENABLE;
