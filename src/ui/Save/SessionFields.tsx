import type { CameraView } from '../../store/types';
import { CAMERA_VIEWS } from './drafts';
import type { SessionDraft } from './drafts';

/**
 * Fields of the session metadata: date, walking aid, footwear, walked distance, camera view, notes.
 * @param props - the draft and its setter
 */
export function SessionFields(props: { draft: SessionDraft; onChange: (d: SessionDraft) => void }) {
  const d = props.draft;
  const set = (patch: Partial<SessionDraft>) => props.onChange({ ...d, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <fieldset class="session-fields">
      <legend>Session</legend>
      <label>
        Date and time
        <input
          type="datetime-local"
          required
          value={d.date}
          onInput={(e) => set({ date: value(e) })}
          data-testid="save-session-date"
        />
      </label>
      <label>
        Walking aid
        <input
          list="gaitlens-aids"
          maxLength={256}
          value={d.aid}
          onInput={(e) => set({ aid: value(e) })}
          data-testid="save-session-aid"
        />
        <datalist id="gaitlens-aids">
          {['none', 'cane', 'crutches', 'walker', 'rollator', 'orthosis'].map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </label>
      <label>
        Footwear
        <input
          maxLength={256}
          placeholder="shoes, barefoot…"
          value={d.footwear}
          onInput={(e) => set({ footwear: value(e) })}
          data-testid="save-session-footwear"
        />
      </label>
      <label>
        Walked distance, m
        <input
          type="number"
          min={0.1}
          max={10000}
          step="0.1"
          value={d.distanceM}
          onInput={(e) => set({ distanceM: value(e) })}
          data-testid="save-session-distance"
        />
      </label>
      <label>
        Camera view
        <select
          value={d.cameraView}
          onChange={(e) => set({ cameraView: value(e) as CameraView })}
          data-testid="save-session-view"
        >
          {CAMERA_VIEWS.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Operator notes
        <textarea
          maxLength={20000}
          value={d.operatorNotes}
          onInput={(e) => set({ operatorNotes: value(e) })}
          data-testid="save-session-notes"
        />
      </label>
    </fieldset>
  );
}
