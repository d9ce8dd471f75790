/**
 * The `data` of a stored document envelope, read loosely for display: pages show saved state without loading the
 * storage module and its schemas. Never throws and never writes; null for anything that is not an object.
 */
export function looseStoredData(raw: string | null): object | null {
  if (!raw) return null;
  try {
    const data: unknown = (JSON.parse(raw) as { data?: unknown } | null)?.data;
    return typeof data === 'object' && data !== null ? data : null;
  } catch {
    return null;
  }
}

/** An own property of a loosely read object (never one inherited from a prototype). */
export function ownValue(source: object, key: string): unknown {
  return Object.hasOwn(source, key) ? (source as Record<string, unknown>)[key] : undefined;
}
