import type { Sex } from '../../store/types';
import type { PatientDraft } from './drafts';

const SEXES: [Sex, string][] = [
  ['unknown', 'Not given'],
  ['female', 'Female'],
  ['male', 'Male'],
  ['other', 'Other'],
];

/**
 * Fields of a new pseudonymous patient (no name field: a clinic code only).
 * @param props - the draft and its setter
 */
export function PatientFields(props: { draft: PatientDraft; onChange: (d: PatientDraft) => void }) {
  const d = props.draft;
  const set = (patch: Partial<PatientDraft>) => props.onChange({ ...d, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="patient-fields">
      <legend>New patient (pseudonym only — never a name)</legend>
      <label>
        Patient code
        <input
          required
          maxLength={64}
          pattern="[A-Za-z0-9._\-]+"
          placeholder="P-0042"
          value={d.code}
          onInput={(e) => set({ code: value(e) })}
          data-testid="save-patient-code"
        />
      </label>
      <label>
        Birth year
        <input
          type="number"
          min={1900}
          max={2100}
          value={d.birthYear}
          onInput={(e) => set({ birthYear: value(e) })}
          data-testid="save-patient-birth-year"
        />
      </label>
      <label>
        Sex
        <select
          value={d.sex}
          onChange={(e) => set({ sex: value(e) as Sex })}
          data-testid="save-patient-sex"
        >
          {SEXES.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Height, cm
        <input
          type="number"
          min={30}
          max={272}
          step="0.1"
          value={d.heightCm}
          onInput={(e) => set({ heightCm: value(e) })}
          data-testid="save-patient-height"
        />
      </label>
      <label>
        Notes
        <textarea
          maxLength={20000}
          value={d.notes}
          onInput={(e) => set({ notes: value(e) })}
          data-testid="save-patient-notes"
        />
      </label>
    </fieldset>
  );
}
