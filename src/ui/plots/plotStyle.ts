/** Colours and dashes of the plots: every source differs by line style too, never colour alone. */
import type { Side } from '../../core/events/types';

/** Stroke, band fill and dash per source (left, right, norm). */
export const PLOT_STYLE: Readonly<
  Record<Side | 'norm', { stroke: string; fill: string; dash: number[] }>
> = Object.freeze({
  left: { stroke: '#1f5fa8', fill: 'rgba(31, 95, 168, 0.15)', dash: [] },
  right: { stroke: '#b3401d', fill: 'rgba(179, 64, 29, 0.15)', dash: [8, 4] },
  norm: { stroke: '#555', fill: 'rgba(90, 90, 90, 0.18)', dash: [2, 3] },
});
