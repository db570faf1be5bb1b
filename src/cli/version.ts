// The version of Opis the command line was built as (set by the build; 'dev' when run from the sources).
declare const OPIS_VERSION: string;

export const opisVersion = typeof OPIS_VERSION === 'string' ? OPIS_VERSION : 'dev';
