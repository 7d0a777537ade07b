/**
 * One line of a text progress bar for stderr (starts with a carriage return).
 * @param label - what is being processed
 * @param p - frames done and total
 * @param elapsedMs - time since the start, ms
 * @returns the line
 */
export function progressBar(
  label: string,
  p: { done: number; total: number },
  elapsedMs: number,
): string {
  const width = 30;
  const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const fill = Math.round(frac * width);
  const fps = p.done / Math.max(elapsedMs / 1000, 1e-3);
  const left = fps > 0 ? Math.ceil((p.total - p.done) / fps) : 0;
  return `\r${label} [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${p.done}/${p.total} frames ${fps.toFixed(1)} fps ~${left}s left `;
}
