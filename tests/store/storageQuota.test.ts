import { describe, expect, it } from 'vitest';
import { estimateStorage, requestPersistentStorage } from '../../src/store/storageQuota';
import type { StorageLike } from '../../src/store/storageQuota';

function fakeStorage(grant: boolean, usage = 2e6, quota = 8e6): StorageLike & { calls: number } {
  let persisted = false;
  const s = {
    calls: 0,
    persist: async () => {
      s.calls++;
      persisted = grant;
      return grant;
    },
    persisted: async () => persisted,
    estimate: async () => ({ usage, quota }),
  };
  return s;
}

describe('requestPersistentStorage(storage)', () => {
  it('requestPersistentStorage(storage) returns what the browser grants and asks only once', async () => {
    const s = fakeStorage(true);
    expect(await requestPersistentStorage(s)).toBe(true);
    expect(await requestPersistentStorage(s)).toBe(true);
    expect(s.calls).toBe(1);
    expect(await requestPersistentStorage(fakeStorage(false))).toBe(false);
  });

  it('requestPersistentStorage(undefined) returns false where the Storage API is missing', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({})).toBe(false);
  });
});

describe('estimateStorage(storage)', () => {
  it('estimateStorage(storage) reports usage, quota, their ratio and persistence', async () => {
    const s = fakeStorage(true);
    await requestPersistentStorage(s);
    expect(await estimateStorage(s)).toEqual({
      usageBytes: 2e6,
      quotaBytes: 8e6,
      usedFrac: 0.25,
      persisted: true,
    });
  });

  it('estimateStorage(undefined) reports nulls without the Storage API', async () => {
    expect(await estimateStorage(undefined)).toEqual({
      usageBytes: null,
      quotaBytes: null,
      usedFrac: null,
      persisted: false,
    });
  });
});
