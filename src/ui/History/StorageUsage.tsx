import { useEffect, useState } from 'preact/hooks';
import { estimateStorage } from '../../store/storageQuota';
import type { StorageEstimateInfo } from '../../store/storageQuota';

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

/**
 * How much of this origin's storage the history uses, and whether the browser keeps it (persistent).
 * @param props - `version` changes whenever data was added or removed, to refresh the numbers
 */
export function StorageUsage(props: { version: number }) {
  const [info, setInfo] = useState<StorageEstimateInfo | null>(null);
  useEffect(() => {
    void estimateStorage()
      .then(setInfo)
      .catch(() => setInfo(null));
  }, [props.version]);
  if (!info) return null;
  return (
    <p class="note storage" data-testid="storage-usage">
      Storage on this device:{' '}
      {info.usageBytes !== null && info.quotaBytes !== null
        ? `${mb(info.usageBytes)} of ${mb(info.quotaBytes)} (${(100 * (info.usedFrac ?? 0)).toFixed(1)} %)`
        : 'usage not reported by this browser'}
      {' · '}
      {info.persisted
        ? 'kept permanently (persistent storage granted)'
        : 'the browser may clear it when the disk is full — export backups'}
    </p>
  );
}
