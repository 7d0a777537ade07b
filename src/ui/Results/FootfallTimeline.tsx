import type { GaitEvent, Side } from '../../core/events/types';
import { footfallLayout, TIMELINE_WIDTH, timeToX, xToTime } from './footfallLayout';
import { EVENT_LABELS, SIDE_LABELS } from './labels';
import { PLOT_STYLE } from '../plots/plotStyle';

const LANE_H = 34;
const TOP = 6;
const AXIS_H = 18;
const LANES: readonly Side[] = ['left', 'right'];

/**
 * Footfall timeline: per foot, stance phases (heel strike → toe-off) as bars over time, event
 * markers (▼ heel strike, ● toe-off; outlined when edited by hand); click a marker to select it,
 * click elsewhere to set the time cursor.
 * @param props - events, recording length (s), selection, cursor time (s) and callbacks
 */
export function FootfallTimeline(props: {
  events: GaitEvent[];
  durationS: number;
  selected: number | null;
  /** Where the selected event would move to, s (preview before applying). */
  pendingS: number | null;
  cursorS: number;
  onSelect: (index: number) => void;
  onCursor: (timeS: number) => void;
}) {
  const layout = footfallLayout(props.events, props.durationS);
  const height = TOP + LANES.length * LANE_H + AXIS_H;
  const laneY = (side: Side) => TOP + LANES.indexOf(side) * LANE_H;
  const click = (e: MouseEvent) => {
    const svg = e.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    props.onCursor(xToTime(((e.clientX - box.left) / box.width) * TIMELINE_WIDTH, props.durationS));
  };
  const ticks = Array.from({ length: Math.floor(props.durationS) + 1 }, (_, i) => i);
  return (
    <svg
      class="timeline"
      data-testid="timeline"
      viewBox={`-60 0 ${TIMELINE_WIDTH + 70} ${height}`}
      role="img"
      aria-label="Footfall timeline: stance phases and gait events per foot over time"
      onClick={click}
    >
      {LANES.map((side) => (
        <text key={side} x={-8} y={laneY(side) + LANE_H / 2 + 4} text-anchor="end" class="lane">
          {SIDE_LABELS[side]}
        </text>
      ))}
      {layout.bars.map((b) => (
        <rect
          key={`${b.side}${b.startS}`}
          x={b.x0}
          y={laneY(b.side) + 8}
          width={Math.max(1, b.x1 - b.x0)}
          height={LANE_H - 16}
          fill={PLOT_STYLE[b.side].fill}
          stroke={PLOT_STYLE[b.side].stroke}
        >
          <title>
            {SIDE_LABELS[b.side]} stance {b.startS.toFixed(2)}–{b.endS.toFixed(2)} s
          </title>
        </rect>
      ))}
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={timeToX(t, props.durationS)}
            x2={timeToX(t, props.durationS)}
            y1={height - AXIS_H}
            y2={height - AXIS_H + 4}
            stroke="#888"
          />
          <text x={timeToX(t, props.durationS)} y={height - 3} text-anchor="middle" class="tick">
            {t} s
          </text>
        </g>
      ))}
      <line
        class="cursor"
        x1={timeToX(props.cursorS, props.durationS)}
        x2={timeToX(props.cursorS, props.durationS)}
        y1={TOP}
        y2={height - AXIS_H}
      />
      {layout.markers.map((m) => {
        const sel = m.index === props.selected;
        const x = sel && props.pendingS !== null ? timeToX(props.pendingS, props.durationS) : m.x;
        const y = laneY(m.side) + LANE_H / 2;
        const st = PLOT_STYLE[m.side];
        const shape =
          m.type === 'heel-strike' ? (
            <path d={`M${x - 6},${y - 12} L${x + 6},${y - 12} L${x},${y}`} />
          ) : (
            <circle cx={x} cy={y} r={5} />
          );
        return (
          <g
            key={m.index}
            class={`marker${sel ? ' selected' : ''}${m.manual ? ' manual' : ''}`}
            data-testid={`marker-${m.index}`}
            fill={m.manual ? '#fff' : st.stroke}
            stroke={st.stroke}
            stroke-width={m.manual ? 2.5 : 1}
            fill-opacity={0.4 + 0.6 * m.confidenceFrac}
            onClick={(e) => {
              e.stopPropagation();
              props.onSelect(m.index);
            }}
          >
            {shape}
            <title>
              {SIDE_LABELS[m.side]} {EVENT_LABELS[m.type].toLowerCase()} at {m.timeS.toFixed(3)} s,
              confidence {Math.round(100 * m.confidenceFrac)} %{m.manual ? ', edited by hand' : ''}
            </title>
          </g>
        );
      })}
    </svg>
  );
}
