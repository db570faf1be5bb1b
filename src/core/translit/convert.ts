// Converts a passage between the article's romanization, Cyrillic and the other systems: the romanized words
// are read back to Cyrillic first, then written in the target system. Words the detector reads as English
// (an English sentence around a Russian title) are left alone.
import { matchingText } from '../text/matchingText';
import { readWords, type DetectOptions } from './detect';
import { romanize } from './romanize';
import type { System } from './system';
import { ambiguousWords, toCyrillic, type AmbiguousWord } from './toCyrillic';

export type Target = 'cyrillic' | System;

export const TARGETS: readonly Target[] = ['cyrillic', 'lc', 'bgn', 'iso9', 'popular'];

export function isTarget(value: string): value is Target {
  return (TARGETS as readonly string[]).includes(value);
}

/** The passage converted; composed, with the invisible characters inside its words left out (see text/matchingText). */
export function convertText(written: string, to: Target, options: DetectOptions = {}): string {
  const { text, convertible } = readable(written, options);
  const cyrillic = toCyrillic(text, options.lexicon, convertible);
  return to === 'cyrillic' ? cyrillic : romanize(cyrillic, to);
}

/** The words convertText reads one way where their spelling allows another (partii: партии, or партий?), with
 * offsets into the passage as matching reads it. */
export function ambiguousInText(written: string, options: DetectOptions = {}): AmbiguousWord[] {
  const { text, convertible } = readable(written, options);
  return ambiguousWords(text, options.lexicon, convertible);
}

/** The passage as matching reads it, and which of its words are to be converted (not those read as English). */
function readable(written: string, options: DetectOptions) {
  const { text } = matchingText(written);
  const english = new Set(readWords(text, options).filter(w => w.english).map(w => w.start));
  return { text, convertible: (start: number) => !english.has(start) };
}
