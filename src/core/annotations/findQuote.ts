// Where a quoted passage lies in a text, for annotating by quote (the command line): the exact text, narrowed
// by the text just before and after it when it occurs more than once. Ambiguity is an error, never a guess.

export type QuoteSearch = { ok: true; start: number; end: number } | { ok: false; error: string };

/** UTF-16 offsets of the one occurrence of `exact` preceded by `prefix` and followed by `suffix`. */
export function findQuote(text: string, exact: string, prefix = '', suffix = ''): QuoteSearch {
  if (!exact) return { ok: false, error: 'the quote is empty' };
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, at + exact.length)) starts.push(at);
  }
  const context = prefix || suffix ? ' with that prefix and suffix' : '';
  if (!starts.length) return { ok: false, error: `the quote is not in the file${context}` };
  if (starts.length > 1) return { ok: false, error: `the quote occurs ${starts.length} times${context}; give --prefix or --suffix (the text just before or after it) to choose one` };
  return { ok: true, start: starts[0], end: starts[0] + exact.length };
}
