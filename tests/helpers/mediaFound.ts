/**
 * Scan an export for embedded media, so tests can prove exports are skeleton-only (never pixels).
 */

// Text markers of embedded media: data/blob URLs and the base64 openings of PNG, JPEG, GIF,
// WebP/RIFF, MP4 (ftyp box) and WebM/Matroska (EBML header).
const TEXT_MEDIA = [
  /data:image/i,
  /data:video/i,
  /data:audio/i,
  /blob:/i,
  /iVBORw0KGgo/,
  /\/9j\/4/,
  /R0lGOD/,
  /UklGR/,
  /ZnR5c/,
  /GkXfo/,
];
// Byte signatures of the same media.
const BYTE_MEDIA: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['MP4 ftyp', [0x66, 0x74, 0x79, 0x70]],
  ['WebM EBML', [0x1a, 0x45, 0xdf, 0xa3]],
];

function findBytes(hay: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Markers of embedded media found in an export's output.
 * @param out - the export (text or bytes)
 * @returns the names of the markers found; empty for a skeleton-only file
 */
export function mediaFound(out: string | Uint8Array): string[] {
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  const asText = typeof out === 'string' ? out : new TextDecoder('latin1').decode(out);
  return [
    ...TEXT_MEDIA.filter((re) => re.test(asText)).map(String),
    ...BYTE_MEDIA.filter(([, sig]) => findBytes(bytes, sig) >= 0).map(([name]) => name),
  ];
}
