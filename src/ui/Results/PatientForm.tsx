import { useState } from 'preact/hooks';
import type { Patient } from '../../core/norms/types';

function parse(text: string, min: number, max: number): number | undefined | null {
  if (text.trim() === '') return undefined;
  const v = Number(text);
  return Number.isFinite(v) && v >= min && v <= max ? v : null;
}

/**
 * Pseudonymous patient description (age, sex, height): no names. Applying it recomputes norms
 * and the scale.
 * @param props - the current patient, whether a recompute runs, and the callback
 */
export function PatientForm(props: {
  patient: Patient;
  busy: boolean;
  onPatient: (p: Patient) => void;
}) {
  const [age, setAge] = useState(props.patient.ageYears?.toString() ?? '');
  const [sex, setSex] = useState<string>(props.patient.sex ?? '');
  const [height, setHeight] = useState(props.patient.heightCm?.toString() ?? '');
  const ageYears = parse(age, 0, 120);
  const heightCm = parse(height, 50, 250);
  const invalid = ageYears === null || heightCm === null;
  const submit = (e: Event) => {
    e.preventDefault();
    if (invalid) return;
    props.onPatient({
      ...(ageYears !== undefined ? { ageYears } : {}),
      ...(sex === 'f' || sex === 'm' ? { sex } : {}),
      ...(heightCm !== undefined ? { heightCm } : {}),
    });
  };
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <form class="patient-form" data-testid="patient-form" onSubmit={submit}>
      <h3>Patient</h3>
      <p class="hint">
        No names: GaitLens keeps only age, sex and height. Norms are chosen by age (and sex), so
        without the age no value is compared with a norm. Step length, stride length and walking
        speed need the height to give the video a scale in metres.
      </p>
      <div class="fields">
        <label>
          Age (years)
          <input
            type="number"
            min={0}
            max={120}
            step={1}
            value={age}
            data-testid="patient-age"
            onInput={(e) => setAge(value(e))}
          />
        </label>
        <label>
          Sex
          <select
            value={sex}
            data-testid="patient-sex"
            onChange={(e) => setSex((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">not given</option>
            <option value="f">female</option>
            <option value="m">male</option>
          </select>
        </label>
        <label>
          Height (cm)
          <input
            type="number"
            min={50}
            max={250}
            step={1}
            value={height}
            data-testid="patient-height"
            onInput={(e) => setHeight(value(e))}
          />
        </label>
        <button
          type="submit"
          class="primary"
          disabled={props.busy || invalid}
          data-testid="patient-apply"
        >
          Apply and recompute
        </button>
      </div>
      {invalid && (
        <p class="warn" role="alert">
          Age must be 0–120 years and height 50–250 cm.
        </p>
      )}
    </form>
  );
}
