/**
 * Loader of `../shared/data/gaitndd/strides.csv` (PhysioNet gaitndd via averma205's CSV; per-stride
 * footswitch timing sampled at 300 Hz; times in s). See that folder's README for caveats.
 */
import { readFileSync } from 'node:fs';
import type { GaitEvent } from '../../../src/core/events/types';
import { ev } from './synthetic';

/** One stride row of strides.csv (s). */
export interface StrideRow {
  subject: string;
  group: 'als' | 'control' | 'hunt' | 'park';
  timeS: number;
  leftStrideS: number;
  rightStrideS: number;
  leftSwingS: number;
  rightSwingS: number;
  leftStanceS: number;
}

/** All rows of strides.csv, grouped by subject in file order. */
export function readStrideRows(): Map<string, StrideRow[]> {
  const lines = readFileSync('../shared/data/gaitndd/strides.csv', 'utf8').trim().split('\n');
  const head = lines[0]!.split(',');
  const col = (name: string): number => head.indexOf(name);
  const out = new Map<string, StrideRow[]>();
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    const num = (name: string): number => Number(f[col(name)]);
    const row: StrideRow = {
      subject: f[col('subject')]!,
      group: f[col('group')] as StrideRow['group'],
      timeS: num('time_s'),
      leftStrideS: num('left_stride_s'),
      rightStrideS: num('right_stride_s'),
      leftSwingS: num('left_swing_s'),
      rightSwingS: num('right_swing_s'),
      leftStanceS: num('left_stance_s'),
    };
    out.set(row.subject, [...(out.get(row.subject) ?? []), row]);
  }
  return out;
}

/**
 * Heel strikes and toe-offs reconstructed from stride rows.
 * `time_s` is the left heel strike ending the left stride, so that stride starts at
 * time_s − left_stride_s. Within it the right heel strike lies at DS1 + rightSwing = leftStance − DS2
 * from its start; assuming equal initial and terminal double support (DS1 = DS2) it is at
 * (leftStance + rightSwing) / 2. Left toe-off = start + leftStance; right toe-off = right HS − rightSwing.
 */
export function eventsFromRows(rows: StrideRow[]): GaitEvent[] {
  const out: GaitEvent[] = [];
  for (const r of rows) {
    const start = r.timeS - r.leftStrideS;
    const rightHs = start + (r.leftStanceS + r.rightSwingS) / 2;
    out.push(ev('left', 'heel-strike', start), ev('left', 'toe-off', start + r.leftStanceS));
    out.push(ev('right', 'toe-off', rightHs - r.rightSwingS), ev('right', 'heel-strike', rightHs));
  }
  const last = rows[rows.length - 1];
  if (last) out.push(ev('left', 'heel-strike', last.timeS));
  return out;
}
