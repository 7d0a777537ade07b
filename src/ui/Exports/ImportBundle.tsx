import { useState } from 'preact/hooks';
import { InputFormatError } from '../../core/errors';
import { decryptBundle, isEncryptedEnvelope } from '../../export/crypto/decryptBundle';
import { BUNDLE_FORMAT } from '../../export/json/bundleTypes';
import { importBundle } from '../../store/importBundle';
import type { ImportResult } from '../../store/importBundle';
import type { GaitDb } from '../../store/schema';
import { ProblemNote } from './ProblemNote';
import { problemOf } from './problemOf';
import type { Problem } from './problemOf';

/**
 * Import a GaitLens JSON bundle (plain or encrypted) as a new session. The file is validated in full
 * before anything is written; a malformed file changes nothing and the note says what is wrong and where.
 * @param props - the database and a callback with what was created
 */
export function ImportBundle(props: { db: GaitDb; onImported: (r: ImportResult) => void }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const encrypted = file !== null && isEncryptedEnvelope(file.text);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      let text = file.text;
      if (encrypted) {
        const plain = await decryptBundle(text, passphrase);
        if (plain.contentFormat !== BUNDLE_FORMAT)
          throw new InputFormatError(
            'wrong-format',
            `The encrypted file holds ${plain.contentFormat}, not a session bundle`,
            'contentFormat',
          );
        text = plain.text;
      }
      const result = await importBundle(props.db, text);
      setFile(null);
      setPassphrase('');
      props.onImported(result);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="import-bundle" onSubmit={(e) => void submit(e)} data-testid="import-form">
      <label>
        Import a session (GaitLens bundle, .gaitlens.json)
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={async (e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            setProblem(null);
            setFile(f ? { name: f.name, text: await f.text() } : null);
          }}
        />
      </label>
      {file && (
        <p>
          File: <span data-testid="import-file-name">{file.name}</span>
          {encrypted && ' (encrypted)'}
        </p>
      )}
      {encrypted && (
        <label>
          Passphrase
          <input
            type="password"
            autocomplete="off"
            value={passphrase}
            onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)}
            data-testid="import-passphrase"
          />
        </label>
      )}
      <button type="submit" disabled={!file || busy} data-testid="import-submit">
        {busy ? 'Importing…' : 'Import'}
      </button>
      {problem && <ProblemNote problem={problem} testid="import-problem" />}
    </form>
  );
}
