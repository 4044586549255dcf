/**
 * SQL that is true when `column` starts with `prefix` (both SQL expressions), written as a range in byte
 * order: a b-tree index on `(column collate "C")` serves it under any database collation, where
 * `starts_with()` and `like 'x%'` are served only when the database's own collation is C.
 */
export function keyHasPrefix(column: string, prefix: string): string {
  return `(${column} collate "C" >= ${prefix} collate "C" and ${column} collate "C" < (${prefix} || chr(1114111)) collate "C")`;
}
