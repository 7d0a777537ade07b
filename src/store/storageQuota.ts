/** Persistent storage and quota (the Storage API, `navigator.storage`). */

/** The parts of the browser's StorageManager used here (so tests can pass their own). */
export interface StorageLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** Usage and quota of this origin's storage. */
export interface StorageEstimateInfo {
  /** Bytes used by this origin (all storage, not only the database); null when unknown. */
  usageBytes: number | null;
  /** Bytes this origin may use; null when unknown. */
  quotaBytes: number | null;
  /** usage / quota, 0–1; null when unknown. */
  usedFrac: number | null;
  /** Whether the browser has granted persistent storage (data is not evicted under pressure). */
  persisted: boolean;
}

const defaultStorage = (): StorageLike | undefined =>
  (globalThis as { navigator?: { storage?: StorageLike } }).navigator?.storage;

/**
 * Ask the browser to keep this origin's data (not evict it under storage pressure). Call it from a user
 * action: some browsers only grant it then, or after asking the user.
 * @param storage - the StorageManager (default `navigator.storage`)
 * @returns true when storage is (now) persistent, false when refused or unsupported
 */
export async function requestPersistentStorage(
  storage: StorageLike | undefined = defaultStorage(),
): Promise<boolean> {
  if (!storage?.persist) return false;
  if (storage.persisted && (await storage.persisted())) return true;
  return storage.persist();
}

/**
 * Report usage and quota.
 * @param storage - the StorageManager (default `navigator.storage`)
 * @returns usage, quota, their ratio and the persistence state; nulls where the browser does not tell
 */
export async function estimateStorage(
  storage: StorageLike | undefined = defaultStorage(),
): Promise<StorageEstimateInfo> {
  const e = storage?.estimate ? await storage.estimate() : {};
  const usageBytes = e.usage ?? null;
  const quotaBytes = e.quota ?? null;
  const usedFrac = usageBytes !== null && quotaBytes ? usageBytes / quotaBytes : null;
  const persisted = storage?.persisted ? await storage.persisted() : false;
  return { usageBytes, quotaBytes, usedFrac, persisted };
}
