// French plural and gender endings the porter stemmer (English) leaves apart, as suffix pairs
// applied to query words in both directions ("réseaux" <-> "réseau", "générales" <-> "général").
// From French grammar's regular plural rules; accents are already folded when these apply.
export const PLURAL_FOLDS: readonly (readonly [string, string])[] = [
  ["eaux", "eau"],
  ["aux", "al"],
  ["aux", "ail"],
  ["eux", "eu"],
  ["ales", "al"],
  ["ale", "al"],
  ["elles", "el"],
  ["elle", "el"],
];
