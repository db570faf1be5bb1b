// Spelling cues that a Latin word is romanized Russian (or is not), from Russian morphology and LC phonotactics.
// A score ≥ STRONG decides alone; a score ≤ NOT_RUSSIAN rules the word out; anything between needs context.

export const STRONG = 2;
export const NOT_RUSSIAN = -2;

/** Letters or letter pairs LC never writes (c only in ch, h only in zh/kh/ch/sh; no j, q, w, x; of the
 * diacritics only ALA-LC's ĭ, ė, ë: Rákosi is not Russian). */
const IMPOSSIBLE = /[jqwx]|c(?!h)|(?:^|[^zkcs])h|[^a-z’ĭėë]/;

/** Spellings only Russian gives: signs, zh/kh/shch, ii/yi, initial ia/iu/ts+vowel, case and suffix endings. */
const DECISIVE = [
  /’/,
  /zh|kh|shch/,
  /ii/, // LC -ii
  /^(?:ia|iu|ts[aeiouy])/,
  /[bvgdzklmnprstf]iu(?!s$)/, // Politbiuro, Uralbiuro, not Latin -ius
  /(?:sk(?:ii|oi|aia|ogo|omu|ikh)|nyi|nye|nykh|ykh|ikh|[^l]ogo|[oe]vich(?:a|u|em|e)?|[oe]vn(?:a|y|e|oi|u)|iakh|iami|stv[oaeu]|enie|anie)$/,
];

/** BGN/popular -iy and -iya (Protivorechiy, Vospominaniya): decisive, but a Japanese name ends so too (Kuromiya). */
const POPULAR_ENDING = /yi$|[^aeiouy]iy$|[^aeiouy]iya$/;

/** Whether the popular -iy/-iya is all that makes the word (lower case, signs normalized) Russian. */
export function onlyPopularEnding(lower: string): boolean {
  return POPULAR_ENDING.test(lower) && !IMPOSSIBLE.test(lower) && !DECISIVE.some(re => re.test(lower)) && likelyScore(lower) < STRONG;
}

/** Endings and clusters frequent in romanized Russian, rarer in English names. */
const LIKELY: ReadonlyArray<[RegExp, number]> = [
  [/(?:ov|ev|ova|eva|ovu|ovym|ovoi|nik)$/, 2], // Rykov, Andreev, Spravochnik
  [/kom(?:a|u|e|om|y|ov|ami|akh)?$/, 2], // Obkom, gubkoma, Sovnarkom
  [/[aeiouy](?:[bdgklmnprstvz]|ch|sh|zh|kh)in[a]?$/, 2], // Stalin, Krapivin, Kuchin
  [/(?:ch|sh|zh)ik$|[aeiou]yan$/, 2], // Glushik, Mikoyan
  [/sk(?:a|u|om|y|iy)?$/, 2], // Sverdlovsk, Trotsky, Levytsky
  [/(?:ei|ai|oi|oe|eia|aia)$/, 2], // Sergei, Nikolai, Magnitostroi, Lichnoe, Andreia
  [/^(?:vl|vr|vs|vz|vk|vn|zl|zn|zv|zd|mr|ml|mg|tv|sv|dv|dn|dm|gd|pch|shk|shv)/, 2], // Zlatoust, Svodki, Mgle
  [/ts[aeiouy]/, 1], // Ufimtsev
  [/ia[^aeiouy]/, 1], // Riazanov
  [/(?:[bvdzklmnprt]y|k[ai]|ovo|tsa|[^aeiouy]ee|[gkh]ie)$/, 1], // Protokoly, Spravka, Torgovo, Minuvshee, Drugie
  [/^(?:ural|glav|gos|sov|narkom|obl|gub|okr|prof|part|vseros|vsesoi)[a-z]{3}/, 2], // Uralmash, Glavmetall, Profizdat
  [/(?:[^aeiouy]aya|yaya)$/, 2], // Drevnyaya, Krasnaya: the popular spelling of -aia
  [/(?:grad|enko|[sz]hk[oa])$/, 2], // Petrograd, Kravchenko, Semashko
  [/[bvdzklmnprstf]yo|^y[aeu][^aeiouy]|[bdvzlmnprst]ya|dze$|shvili$/, 2], // popular ё, е, я, ю (Budyonny, Yenukidze, Yagoda, Lubyanka, Nadya); Georgian -dze, -shvili
];

/** English word formation on words the dictionary lacks (industrialisation, Stalinist, Zinovievite, Ukrainian). */
const ENGLISH_SHAPE = /(?:als|tion|sion|ment|able|ible|ness|ship|ism|ists|ise|ize|ised|ized|ite|ites|[^’aeiou]ian|ians|tt|gg|dd|ey|ay|oy)$/;

/** Score of a word (lower case, signs normalized) being romanized Russian. */
export function russianScore(lower: string): number {
  // Popular spelling writes дж dj and кс x (Djugashvili, Alexandrovna): such a word is Russian only where the rest
  // of it says so strongly (not Djilas, Maxwell).
  if (IMPOSSIBLE.test(lower)) return /dj|x/.test(lower) && russianScore(lower.replace(/dj/g, 'd').replace(/x/g, 'ks')) >= STRONG ? STRONG : -10;
  if (DECISIVE.some(re => re.test(lower)) || POPULAR_ENDING.test(lower)) return 10;
  if (ENGLISH_SHAPE.test(lower)) return -3;
  return likelyScore(lower);
}

/** Whether LC or a diacritic it lacks rules the word out (Hiroaki, Rákosi). */
export function cannotBeRomanized(lower: string): boolean {
  return IMPOSSIBLE.test(lower);
}

function likelyScore(lower: string): number {
  let score = 0;
  for (const [re, weight] of LIKELY) if (re.test(lower)) score += weight;
  return score;
}
