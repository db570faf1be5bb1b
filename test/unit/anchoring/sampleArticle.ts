// A short article in the shape of the corpus (sections, footnotes, transliterated names) with a deliberate
// look-alike of the passage the tests annotate.

export const PASSAGE = 'the regional party secretary directly handled problems involving the political police';

export const LOOK_ALIKE = 'the regional party secretary directly handled problems involving the procuracy';

export const ARTICLE = `# Dual subordination?

## Introduction

Who did the Soviet political police answer to? Few existing studies of the "organs" (Cheka, OGPU, NKVD)
analyse in depth their lines of subordination.[^1] In the 1930s, Fainsod argued, ${PASSAGE}, and the
oblast' committee recruited most of its officers.[^2]

## The civil war

In 1918 the Ekaterinburg Cheka answered to no one. The NKVD archive shows that local chekists arrested
party members at will, and the gubkom protested to Moscow in vain.[^3]

## The 1930s

By 1937 the NKVD had turned on the obkom itself. In the Sverdlovsk archive one reads that ${LOOK_ALIKE},
but only on paper.[^4] The purge swept away I. D. Kabakov and most of the bureau.

[^1]: See the survey literature.
[^2]: M. Fainsod, Smolensk under Soviet rule (Cambridge, MA, 1958), 166.
[^3]: GARF f. R-8131, op. 37, d. 145, l. 12.
[^4]: TsDOOSO f. 4, op. 15, d. 7, ll. 3-4.
`;
