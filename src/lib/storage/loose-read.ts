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

/**
 * Whether stored text was written by a newer version of the site than `current` (its envelope's `schemaVersion`),
 * so a page that shows it loosely can open it read-only without loading the storage module.
 */
export function storedByNewerVersion(raw: string | null, current: number): boolean {
  if (!raw) return false;
  try {
    const version: unknown = (JSON.parse(raw) as { schemaVersion?: unknown } | null)?.schemaVersion;
    return Number.isInteger(version) && (version as number) > current;
  } catch {
    return false;
  }
}
