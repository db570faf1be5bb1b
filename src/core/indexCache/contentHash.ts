// The content hash that keys a file's cached analysis: SHA-256 of its UTF-8 text, from the Web Crypto both hosts
// and Node have, so a file edited while VS Code was closed is told apart whatever its size and date say.
const encoder = new TextEncoder();

export async function contentHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
