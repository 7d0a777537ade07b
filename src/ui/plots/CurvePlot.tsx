import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CurvePlotData } from '../Results/curvePlotData';
import { PLOT_STYLE } from './plotStyle';

/** Height of one angle plot, CSS px. */
const HEIGHT_PX = 220;

function options(data: CurvePlotData, widthPx: number): uPlot.Options {
  return {
    width: widthPx,
    height: HEIGHT_PX,
    scales: { x: { time: false, range: [0, 100] } },
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    axes: [
      { label: '% of gait cycle', labelSize: 18, size: 32 },
      { label: 'deg', labelSize: 18, size: 44 },
    ],
    series: [
      { label: '% cycle' },
      ...data.series.map((s): uPlot.Series => {
        const st = PLOT_STYLE[s.source];
        const edge = s.role !== 'mean';
        const series: uPlot.Series = {
          label: s.label,
          stroke: edge ? 'transparent' : st.stroke,
          width: edge ? 0 : 2,
          dash: st.dash,
          points: { show: false },
        };
        return series;
      }),
    ],
    bands: data.bands.map((b) => ({
      series: [b.upper + 1, b.lower + 1] as [number, number],
      fill: PLOT_STYLE[b.source].fill,
    })),
  };
}

/**
 * A uPlot chart of one joint over the gait cycle: mean ± SD per side and the normative band.
 * @param props - the shaped plot data (see curvePlotData)
 */
export function CurvePlot(props: { data: CurvePlotData }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = () => Math.max(260, Math.min(el.clientWidth || 440, 560));
    const plot = new uPlot(
      options(props.data, width()),
      [props.data.xPct, ...props.data.series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    const onResize = () => plot.setSize({ width: width(), height: HEIGHT_PX });
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      plot.destroy();
    };
  }, [props.data]);
  return <div class="curve-plot" ref={host} data-testid={`plot-${props.data.joint}`} />;
}
