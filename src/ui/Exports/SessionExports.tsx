import { useState } from 'preact/hooks';
import { encryptBundle } from '../../export/crypto/encryptBundle';
import { exportSourceFromBundle } from '../../export/exportSource';
import { EXPORT_FORMATS } from '../../export/formats';
import type { ExportFormat } from '../../export/formats';
import type { GaitDb } from '../../store/schema';
import { sessionToBundle } from '../../store/sessionToBundle';
import { SOFTWARE } from '../session';
import { downloadFile, exportFileName } from './downloadFile';
import { ProblemNote } from './ProblemNote';
import { problemOf } from './problemOf';
import type { Problem } from './problemOf';

/**
 * Export one saved session in every registered format (skeleton and numbers only, never pixels); the JSON
 * bundle can be encrypted with a passphrase.
 * @param props - the database and the session's key
 */
export function SessionExports(props: { db: GaitDb; sessionId: string }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const run = async (f: ExportFormat) => {
    setBusy(f.id);
    setProblem(null);
    try {
      const bundle = await sessionToBundle(props.db, props.sessionId, { software: SOFTWARE });
      const out = f.write(exportSourceFromBundle(bundle));
      const encrypt = f.id === 'bundle-json' && passphrase !== '';
      const data = encrypt ? await encryptBundle(out as string, passphrase) : out;
      const name = exportFileName(bundle.patient?.code ?? '', bundle.session.dateIso, f.extension);
      downloadFile(data, name, f.mimeType);
    } catch (e) {
      console.error(e);
      setProblem(problemOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="session-exports" data-testid="session-exports">
      <p class="note">Files hold the skeleton and the numbers only — never video or pictures.</p>
      <ul class="export-list">
        {EXPORT_FORMATS.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              disabled={busy !== null}
              onClick={() => void run(f)}
              data-testid={`export-${f.id}`}
            >
              {busy === f.id ? 'Preparing…' : f.label}
            </button>
          </li>
        ))}
      </ul>
      <label>
        Passphrase for the GaitLens bundle (optional; encrypts it)
        <input
          type="password"
          autocomplete="new-password"
          value={passphrase}
          onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
          data-testid="export-passphrase"
        />
      </label>
      <button type="button" onClick={() => window.print()} data-testid="print">
        Print / save as PDF
      </button>
      {problem && <ProblemNote problem={problem} testid="export-problem" />}
    </div>
  );
}
