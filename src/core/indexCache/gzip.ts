// The cache's bytes are gzipped lines of JSON (the index repeats its field names and words file after file, and
// shrinks to a fraction), streamed through the CompressionStream both hosts and Node have, a line at a time: a
// library's cache is a hundred megabytes of JSON, which one string, one encode or one decode would hold and block
// the host for seconds.

/** The lines, '\n'-separated, gzipped; `pace` is awaited between lines to give the host its turns. */
export async function gzipLines(lines: Iterable<string>, pace: () => Promise<void>): Promise<Uint8Array> {
  const stream = new CompressionStream('gzip');
  const output = new Response(stream.readable).arrayBuffer();
  const writer = stream.writable.getWriter();
  const encoder = new TextEncoder();
  let first = true;
  for (const line of lines) {
    await pace();
    await writer.write(encoder.encode(first ? line : `\n${line}`));
    first = false;
  }
  await writer.close();
  return new Uint8Array(await output);
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
