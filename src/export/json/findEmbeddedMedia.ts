/** Guard for imports: find embedded media (data URLs) or pathological nesting in parsed JSON. */

/** Deepest nesting an imported JSON value may have. */
export const MAX_JSON_DEPTH = 64;

const MEDIA_URL = /data:(image|video|audio)\//i;

/**
 * Find the first string that embeds image, video or audio data, or the first value nested too deep.
 * @param value - a parsed JSON value
 * @returns `{ path, reason }` of the first problem, or null when the value is clean
 */
export function findEmbeddedMedia(value: unknown): { path: string; reason: string } | null {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { v, path, depth } = stack.pop()!;
    if (depth > MAX_JSON_DEPTH)
      return { path, reason: `nested deeper than ${MAX_JSON_DEPTH} levels` };
    if (typeof v === 'string') {
      if (MEDIA_URL.test(v))
        return {
          path,
          reason: 'embedded image, video or audio data is not allowed (skeleton only)',
        };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ v: v[i], path: `${path}[${i}]`, depth: depth + 1 });
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        stack.push({ v: child, path: path ? `${path}.${k}` : k, depth: depth + 1 });
      }
    }
  }
  return null;
}
