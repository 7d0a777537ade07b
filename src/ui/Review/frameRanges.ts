/**
 * Compress sorted frame indices into ranges for display, e.g. [3,4,5,9] → "3–5, 9".
 * @param frames - sorted integer frame indices
 * @returns a short human-readable list
 */
export function frameRanges(frames: readonly number[]): string {
  const parts: string[] = [];
  let start = frames[0];
  let prev = start;
  for (let i = 1; i <= frames.length; i++) {
    const f = frames[i];
    if (f !== undefined && prev !== undefined && f === prev + 1) {
      prev = f;
      continue;
    }
    if (start !== undefined) parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = f;
    prev = f;
  }
  return parts.join(', ');
}
