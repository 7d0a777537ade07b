import { NORM_Z_LIMIT } from '../../core/norms/types';
import type { TrendParam, TrendValue } from './trendParams';

const W = 240;
const H = 72;
const PAD = 6;

/**
 * A small plot of one quantity over a patient's sessions: each mean with ±SD bars, and the normative
 * band (mean ± 2 SD of the latest session's reference) shaded.
 * @param props - the quantity and its values, oldest first
 */
export function TrendPlot(props: { param: TrendParam; values: TrendValue[] }) {
  const pts = props.values.map((v, i) => ({ i, v }));
  const norm = [...props.values].reverse().find((v) => v.norm)?.norm ?? null;
  const ys: number[] = [];
  for (const { v } of pts) if (v.mean !== null) ys.push(v.mean - (v.sd ?? 0), v.mean + (v.sd ?? 0));
  if (norm) ys.push(norm.mean - NORM_Z_LIMIT * norm.sd, norm.mean + NORM_Z_LIMIT * norm.sd);
  if (ys.length === 0) return null;
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const span = hi - lo || Math.abs(hi) || 1;
  const y = (v: number) => H - PAD - ((v - lo) / span) * (H - 2 * PAD);
  const x = (i: number) => (pts.length < 2 ? W / 2 : PAD + (i / (pts.length - 1)) * (W - 2 * PAD));
  const measured = pts.filter((p) => p.v.mean !== null);
  return (
    <svg
      class="trend-plot"
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${props.param.label} over ${pts.length} sessions`}
    >
      {norm && (
        <rect
          class="norm-band"
          x={0}
          width={W}
          y={y(norm.mean + NORM_Z_LIMIT * norm.sd)}
          height={y(norm.mean - NORM_Z_LIMIT * norm.sd) - y(norm.mean + NORM_Z_LIMIT * norm.sd)}
          fill="#cfe8d5"
        />
      )}
      <polyline
        fill="none"
        stroke="#245"
        stroke-width="1.5"
        points={measured.map((p) => `${x(p.i)},${y(p.v.mean!)}`).join(' ')}
      />
      {measured.map((p) => (
        <g key={p.i}>
          {p.v.sd !== null && (
            <line
              x1={x(p.i)}
              x2={x(p.i)}
              y1={y(p.v.mean! - p.v.sd)}
              y2={y(p.v.mean! + p.v.sd)}
              stroke="#245"
            />
          )}
          <circle cx={x(p.i)} cy={y(p.v.mean!)} r={3} fill={p.v.grade === 'C' ? '#c60' : '#245'} />
        </g>
      ))}
    </svg>
  );
}
