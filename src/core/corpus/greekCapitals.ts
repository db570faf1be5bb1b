// Greek capitals with an accent, as typesetters set them: the accent before the letter (`΄Ω`), which text
// extractions read as two characters. Read as the accented capital (`Ώ`), as the text is written.

const ACCENTED: Record<string, string> = { Α: 'Ά', Ε: 'Έ', Η: 'Ή', Ι: 'Ί', Ο: 'Ό', Υ: 'Ύ', Ω: 'Ώ' };

/** Only within a Greek word: the accent follows a Greek letter or opens the word, and a Greek capital follows it. */
export function composeGreekCapitals(text: string): string {
  return text.replace(/(?<=[\u0370-\u03ff]|^|[\s“"‘(«])[\u0384\u00b4\u1ffd]([ΑΕΗΙΟΥΩ])/gu, (_, letter: string) => ACCENTED[letter]);
}
