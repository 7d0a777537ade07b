/**
 * Helpers that write one contradiction into a real C3D file, for the malformed-input table. They walk
 * the parameter section themselves (C3D user guide), independently of src/export/c3d.
 */
import { readFileSync } from 'node:fs';

/** A shared real C3D file's bytes (a fresh copy). */
export const raw = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(`../shared/data/c3d/${name}.c3d`));

/**
 * Byte offset of a parameter's type byte (C3D user guide: name length, id, name, next offset, type…).
 * @param b - file bytes (Intel or DEC: little-endian integers)
 * @param group - group name, upper case
 * @param name - parameter name, upper case
 * @returns the offset
 */
export function paramAt(b: Uint8Array, group: string, name: string): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const groups = new Map<number, string>();
  const params: { id: number; name: string; at: number }[] = [];
  let p = (b[0]! - 1) * 512 + 4;
  for (;;) {
    const len = Math.abs(v.getInt8(p));
    const id = v.getInt8(p + 1);
    if (len === 0 || id === 0) break;
    const key = String.fromCharCode(...b.subarray(p + 2, p + 2 + len)).toUpperCase();
    const next = v.getInt16(p + 2 + len, true);
    if (id < 0) groups.set(-id, key);
    else params.push({ id, name: key, at: p + 4 + len });
    if (next <= 0) break;
    p += 2 + len + next;
  }
  const hit = params.find((q) => q.name === name && groups.get(q.id) === group);
  if (!hit) throw new Error(`no ${group}:${name}`);
  return hit.at;
}
/** Offset of element i of a parameter's data. */
export const dataAt = (b: Uint8Array, group: string, name: string, i = 0): number => {
  const at = paramAt(b, group, name);
  return at + 2 + b[at + 1]! + i * Math.abs(new DataView(b.buffer).getInt8(at));
};
export const dv = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
/** Write a float as an Intel (IEEE little-endian) or DEC (VAX F: IEEE × 4, 16-bit words swapped) float. */
export function setFloat(b: Uint8Array, at: number, x: number, dec = false): void {
  if (!dec) return dv(b).setFloat32(at, x, true);
  const t = new DataView(new ArrayBuffer(4));
  t.setFloat32(0, x * 4, true);
  dv(b).setUint16(at, t.getUint16(2, true), true);
  dv(b).setUint16(at + 2, t.getUint16(0, true), true);
}
export const edit = (name: string, f: (b: Uint8Array) => void) => (): Uint8Array => {
  const b = raw(name);
  f(b);
  return b;
};
