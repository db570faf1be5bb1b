// Whether a file's bytes are text Opis can read: a NUL byte marks a binary file (an image or an archive named .md),
// and anything else must decode as UTF-8 without a replacement character, never read as garbage.

export type DecodedText = { text: string } | { problem: string; advice: string };

const strict = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text of `bytes`, or why they are not text and what to do about it. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) return { problem: 'is a binary file, not text', advice: 'rename it or move it away if it is no article' };
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { problem: 'is not UTF-8 text', advice: 'save it as UTF-8 to have it read' };
  }
}
