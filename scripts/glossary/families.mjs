// Adds to corpus/glossary.json whole families of Soviet organs from named reference sources: each family lists its
// members as [term, Cyrillic siglum or short name, romanized name, Cyrillic name, English, description?, more forms?],
// and every entry made of it names the family's source. An entry whose term or Cyrillic form the glossary already
// holds is left as it is, so running the script again changes nothing. Run: node scripts/glossary/families.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES } from './familyTables.mjs';

const file = fileURLToPath(new URL('../../corpus/glossary.json', import.meta.url));
const glossary = JSON.parse(readFileSync(file, 'utf8'));
const held = new Set(glossary.entries.flatMap(e => [e.term, e.cyrillic, ...(e.aliases ?? [])].map(f => f.toLowerCase())));

let added = 0;
for (const family of FAMILIES) {
  for (const [term, cyrillic, expansion, cyrillicExpansion, english, description, forms = []] of family.members) {
    if (held.has(term.toLowerCase()) || held.has(cyrillic.toLowerCase())) continue;
    const aliases = [...new Set([cyrillic, cyrillicExpansion, ...forms].filter(f => f !== term))];
    glossary.entries.push({
      term, kind: 'term', expansion, english, cyrillic, cyrillicExpansion,
      ...(description ? { description } : {}),
      aliases,
      source: family.source,
    });
    for (const form of [term, ...aliases]) held.add(form.toLowerCase());
    added++;
  }
}
writeFileSync(file, JSON.stringify(glossary, null, 2) + '\n');
console.log(`${added} entries added, ${glossary.entries.length} in all`);
