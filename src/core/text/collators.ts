// Collators, made at first use: the first one a process makes loads the collation data, some 10 ms of the host's
// thread that a start need not spend.
let plain: Intl.Collator | undefined;
let numeric: Intl.Collator | undefined;

/** The default collation (names in a list). */
export const plainCollator = (): Intl.Collator => (plain ??= new Intl.Collator());

/** English collation with numbers in numeric order, case and accents ignored (archival references). */
export const numericCollator = (): Intl.Collator => (numeric ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' }));
