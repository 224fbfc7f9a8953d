/** `base`, or `base-2`, `base-3`, … : the first one not in `taken` (custom checklist and pack ids). */
export function uniqueSlug(base: string, taken: ReadonlySet<string> | readonly string[]): string {
  const isTaken = (id: string) => ('has' in taken ? taken.has(id) : taken.includes(id));
  let id = base;
  for (let n = 2; isTaken(id); n++) id = `${base}-${n}`;
  return id;
}
