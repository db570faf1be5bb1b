// The noun a Russian adjective is made from, read off its romanization: with -n- (sovkhoznaia, kolkhoznykh,
// oblastnoi → sovkhoz, kolkhoz, oblast), with -sk- or -ovsk- (partizanskim → partizan, rabsel’korovskogo →
// rabsel’kor, komsomol’skoi → komsomol), in any case.

const ADJECTIVE = /^([\p{L}’]{4,}?)’?(?:n|ovsk|sk)(?:yi|ii|aia|oe|ye|ie|ogo|oi|ykh|ikh|ym|im|ymi|imi|omu|uiu|yia)$/u;

/** The noun of a lower-case romanized adjective, if it is one. */
export function adjectiveNoun(lower: string): string | undefined {
  return ADJECTIVE.exec(lower)?.[1];
}
