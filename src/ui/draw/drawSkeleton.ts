/** Canvas drawing of BlazePose skeletons (the subject in colour, other people in grey). */
import type { ImagePointNorm } from '../../core/skeleton/types';

/** Bones between BlazePose landmark indices (body only; face omitted except the nose). */
export const BONES: readonly [number, number][] = [
  [11, 12],
  [11, 23],
  [12, 24],
  [23, 24],
  [11, 13],
  [13, 15],
  [12, 14],
  [14, 16],
  [23, 25],
  [25, 27],
  [27, 29],
  [29, 31],
  [27, 31],
  [24, 26],
  [26, 28],
  [28, 30],
  [30, 32],
  [28, 32],
];

const LEFT = new Set([11, 13, 15, 23, 25, 27, 29, 31]);
const RIGHT = new Set([12, 14, 16, 24, 26, 28, 30, 32]);

/**
 * Draw one skeleton on a canvas whose size matches the video's displayed size.
 * @param ctx - 2-D context
 * @param points - 33 landmarks, normalised image coordinates
 * @param style - `subject` (left blue, right orange) or `other` (thin grey)
 */
export function drawSkeleton(
  ctx: CanvasRenderingContext2D,
  points: readonly ImagePointNorm[],
  style: 'subject' | 'other',
): void {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  ctx.lineCap = 'round';
  for (const [a, b] of BONES) {
    const pa = points[a];
    const pb = points[b];
    if (!pa || !pb) continue;
    ctx.strokeStyle =
      style === 'other'
        ? 'rgba(200,200,200,0.7)'
        : LEFT.has(a) && LEFT.has(b)
          ? '#2b7bd6'
          : RIGHT.has(a) && RIGHT.has(b)
            ? '#f08a24'
            : '#ffffff';
    ctx.lineWidth = style === 'other' ? 2 : 4;
    ctx.beginPath();
    ctx.moveTo(pa[0] * w, pa[1] * h);
    ctx.lineTo(pb[0] * w, pb[1] * h);
    ctx.stroke();
  }
  if (style === 'subject') {
    ctx.fillStyle = '#ffffff';
    for (const i of [...LEFT, ...RIGHT, 0]) {
      const p = points[i];
      if (!p) continue;
      ctx.beginPath();
      ctx.arc(p[0] * w, p[1] * h, 3, 0, Math.PI * 2);
      ctx.fill();
    }
  }
}
