// How Russian writes a Western surname, spelled as the romanization of that Cyrillic would spell it, so a Cyrillic
// query finds a person the text names only in English: Рузвельт (ruzvel’t) finds Roosevelt, Дин (din) Deane, Вайз
// (vaiz) Wise, Гарриман (garriman) Harriman. Russian renders the sound, not the letters: a silent final e is dropped,
// ee and oo are i and u, a vowel before a consonant and final e is said as its name (Wise: vaiz), s between vowels is
// z, and an initial h is г in the older habit, х in the newer.

const REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/([^aeiou])i([^aeiouwy])e$/, '$1ai$2'], // Wise, Rice
  [/([^aeiou])a([^aeiouwy])e$/, '$1ei$2'], // Blake
  [/([^aeiou])e$/, '$1'], // Deane
  [/ee|ea|ie/g, 'i'], // Deane, Keene
  [/oo/g, 'u'], // Roosevelt
  [/e?y$/, 'i'], // Kennedy, Harvey
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/sch/g, 'sh'],
  [/ck/g, 'k'],
  [/qu/g, 'kv'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/ow/g, 'au'], // Eisenhower: Эйзенхауэр
  [/w/g, 'v'],
  [/x/g, 'ks'],
  [/([aeiou])s(?=[aeiou])/g, '$1z'], // Roosevelt, Wise
  [/ais$/, 'aiz'],
];

/** The readings of a Western surname in Latin letters (an initial h gives two), none that only repeat it. */
export function russianReadings(surname: string): string[] {
  let reading = surname.normalize('NFD').replace(/[^\p{L}]/gu, '').toLowerCase();
  if (!/^[a-z]+$/.test(reading)) return [];
  for (const [pattern, replacement] of REWRITES) reading = reading.replace(pattern, replacement);
  const readings = reading.startsWith('h') ? [`g${reading.slice(1)}`, `kh${reading.slice(1)}`] : [reading];
  return readings.filter(form => form !== surname.toLowerCase());
}
