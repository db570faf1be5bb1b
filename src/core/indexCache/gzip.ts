// The cache's bytes are gzipped lines of JSON (the index repeats its field names and words file after file, and
// shrinks to a fraction), streamed through the CompressionStream both hosts and Node have, a line at a time: a
// library's cache is a hundred megabytes of JSON, which one string, one encode or one decode would hold and block
// the host for seconds.

/** The lines, '\n'-separated, gzipped; `pace` is awaited between lines to give the host its turns. */
export async function gzipLines(lines: Iterable<string>, pace: () => Promise<void>): Promise<Uint8Array> {
  const stream = new CompressionStream('gzip');
  const output = collected(stream.readable);
  const writer = stream.writable.getWriter();
  const encoder = new TextEncoder();
  let first = true;
  for (const line of lines) {
    await pace();
    await writer.write(encoder.encode(first ? line : `\n${line}`));
    first = false;
  }
  await writer.close();
  return output;
}

/** The bytes of a stream as they come (not through `Response`, whose first use in Node loads its fetch for 30-50 ms). */
async function collected(readable: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    length += next.value.length;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The lines of gzipped UTF-8 text; throws on bytes that are not whole gzip data of UTF-8 (a truncated cache). */
export async function* gunzipLines(bytes: Uint8Array): AsyncGenerator<string> {
  const text = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  const reader = text.getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (rest + value).split('\n');
    rest = lines.pop() ?? '';
    yield* lines;
  }
  yield rest;
}
