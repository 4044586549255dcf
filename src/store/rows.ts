/** Maps a snake_case row to the camelCase shape of its aggregate (timestamps stay Dates, days stay strings). */
export function fromRow<T>(row: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v])) as T;
}
