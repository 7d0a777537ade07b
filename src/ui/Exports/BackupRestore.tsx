import { useState } from 'preact/hooks';
import { exportBackup, readBackup, restoreBackup } from '../../store/backup';
import type { GaitDb } from '../../store/schema';
import { SOFTWARE } from '../session';
import { downloadFile } from './downloadFile';
import { ProblemNote } from './ProblemNote';
import { problemOf } from './problemOf';
import type { Problem } from './problemOf';

/**
 * Back up the whole history to one file, and restore it (after confirmation: restoring replaces
 * everything stored on this device).
 * @param props - the database and a callback after a restore
 */
export function BackupRestore(props: { db: GaitDb; onRestored: () => void }) {
  const [pending, setPending] = useState<{ name: string; text: string; sessions: number } | null>(
    null,
  );
  const [problem, setProblem] = useState<Problem | null>(null);

  const backup = async () => {
    setProblem(null);
    try {
      const text = await exportBackup(props.db, SOFTWARE);
      const day = new Date().toISOString().slice(0, 10);
      downloadFile(text, `gaitlens-backup-${day}.json`, 'application/json');
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  const choose = async (f: File | undefined) => {
    setProblem(null);
    setPending(null);
    if (!f) return;
    try {
      const text = await f.text();
      setPending({ name: f.name, text, sessions: readBackup(text).sessions.length });
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  const restore = async () => {
    if (!pending) return;
    try {
      await restoreBackup(props.db, pending.text);
      setPending(null);
      props.onRestored();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  return (
    <div class="backup" data-testid="backup">
      <button type="button" onClick={() => void backup()} data-testid="backup-export">
        Back up the whole history (one file)
      </button>
      <label>
        Restore a backup
        <input
          type="file"
          accept=".json,application/json"
          data-testid="backup-file"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            void choose(f);
          }}
        />
      </label>
      {pending && (
        <div class="confirm" role="alertdialog" data-testid="restore-confirm">
          <p>
            Restoring <strong>{pending.name}</strong> ({pending.sessions} sessions) replaces every
            patient and session now stored on this device. Back up first if unsure.
          </p>
          <button
            type="button"
            class="danger"
            onClick={() => void restore()}
            data-testid="restore-yes"
          >
            Replace everything with the backup
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {problem && <ProblemNote problem={problem} testid="backup-problem" />}
    </div>
  );
}
