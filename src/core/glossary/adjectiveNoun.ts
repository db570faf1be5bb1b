// The noun a Russian adjective is made from, read off its romanization: with -n- (sovkhoznaia, kolkhoznykh,
// oblastnoi → sovkhoz, kolkhoz, oblast), with -sk- or -ovsk- (partizanskim → partizan, rabsel’korovskogo →
// rabsel’kor, komsomol’skoi → komsomol), in any case; -ts- before -sk- is the noun's k (kulatskikh → kulak,
// batratskoi → batrak), -chesk- a noun in -ets (spetsposelencheskoi → spetsposelenets), and -ovsk- also names a member
// in -ovets (stakhanovskogo → stakhanovets).

const ADJECTIVE = /^([\p{L}’]{4,}?)’?(n|ovsk|sk)(?:yi|ii|aia|oe|ye|ie|ogo|oi|ykh|ikh|ym|im|ymi|imi|omu|uiu|yia)$/u;

/** Adjectives that name something else than their noun: sovetskii is Soviet, of the Union and its state (Советский
 * турист, советского государства), far more often than of a council. */
const OWN_MEANING = new Set(['sovetsk']);

/** The nouns a lower-case romanized adjective may be made from, if it is one: the stem first. */
export function adjectiveNouns(lower: string): string[] {
  const [, noun, suffix] = ADJECTIVE.exec(lower) ?? [];
  if (!noun || OWN_MEANING.has(noun + suffix)) return [];
  const velar = suffix === 'sk' && /[aeiouy]t$/u.test(noun) ? [`${noun.slice(0, -1)}k`] : [];
  const member = suffix === 'ovsk' ? [`${noun}ovets`] : [];
  // -chesk- after a noun in -ets (spetsposelencheskoi → spetsposelenets, povstancheskikh → povstanets).
  const ets = suffix === 'sk' && /che$/u.test(noun) ? [`${noun.slice(0, -3)}ets`] : [];
  return [noun, ...velar, ...member, ...ets];
}
