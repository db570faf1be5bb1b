// pdf.js ships no types for its worker module; what the reader uses of it: the handler it hands to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
