/** Encoder of a C3D parameter section (Intel processor type), the counterpart of readC3dParameters.ts. */

/** A parameter to write: text (one string or an array of strings) or numbers with their type. */
export type C3dParamInput =
  | { name: string; description?: string; strings: readonly string[]; scalar?: boolean }
  | {
      name: string;
      description?: string;
      type: 'int16' | 'float';
      values: readonly number[];
      scalar?: boolean;
      /** Dimensions when not a plain list, e.g. [2, n] for EVENT:TIMES; their product must equal values.length. */
      dims?: readonly number[];
    };

/** A group of parameters to write. */
export interface C3dGroupInput {
  name: string;
  description?: string;
  params: readonly C3dParamInput[];
}

const INTEL = 84;

function asciiBytes(s: string): number[] {
  return Array.from(s, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0x20 && code < 0x7f ? code : 0x3f; // C3D text is ASCII; anything else becomes '?'
  });
}

function checkDim(n: number, what: string): number {
  if (n > 255)
    throw new RangeError(`C3D dimensions are one byte: ${what} has ${n} entries (at most 255)`);
  return n;
}

function encodeParam(p: C3dParamInput): { type: number; dims: number[]; data: number[] } {
  if ('strings' in p) {
    const width = Math.max(1, ...p.strings.map((s) => s.length));
    const data = p.strings.flatMap((s) => asciiBytes(s.padEnd(width, ' ')));
    const dims = p.scalar
      ? [checkDim(width, p.name)]
      : [checkDim(width, p.name), checkDim(p.strings.length, p.name)];
    return { type: -1, dims, data };
  }
  const view = new DataView(new ArrayBuffer(p.values.length * (p.type === 'float' ? 4 : 2)));
  p.values.forEach((v, i) =>
    p.type === 'float' ? view.setFloat32(4 * i, v, true) : view.setInt16(2 * i, v, true),
  );
  const dims = p.scalar ? [] : (p.dims ?? [p.values.length]).map((d) => checkDim(d, p.name));
  if (!p.scalar && dims.reduce((a, b) => a * b, 1) !== p.values.length)
    throw new RangeError(`C3D dimensions of ${p.name} do not match its values`);
  return { type: p.type === 'float' ? 4 : 2, dims, data: Array.from(new Uint8Array(view.buffer)) };
}

/**
 * Encode groups and parameters as a C3D parameter section, padded to whole 512-byte blocks.
 * @param groups - groups in file order; group ids are 1, 2, … in that order
 * @returns the section bytes; byte 3 holds the block count, byte 4 the processor type (84, Intel)
 * @throws RangeError when a name is longer than 127 characters or an array has more than 255 entries
 */
export function writeC3dParameters(groups: readonly C3dGroupInput[]): Uint8Array {
  const records: number[][] = [];
  groups.forEach((g, gi) => {
    const id = gi + 1;
    const desc = asciiBytes(g.description ?? '');
    records.push(record(g.name, -id, [desc.length, ...desc]));
    for (const p of g.params) {
      const { type, dims, data } = encodeParam(p);
      const pd = asciiBytes(p.description ?? '');
      records.push(
        record(p.name, id, [type & 0xff, dims.length, ...dims, ...data, pd.length, ...pd]),
      );
    }
  });
  const body: number[] = [0x01, 0x50, 0, INTEL];
  records.forEach((r, i) => {
    if (i === records.length - 1) r[r[0]! + 2] = r[r[0]! + 3] = 0; // the last record's offset is 0: end of list
    body.push(...r);
  });
  const blocks = Math.ceil((body.length + 1) / 512);
  if (blocks > 255) throw new RangeError('The C3D parameter section is longer than 255 blocks');
  body[2] = blocks;
  const out = new Uint8Array(blocks * 512);
  out.set(body);
  return out;
}

/** One record: name length, id, name, offset to the next record (int16, from the offset field), rest. */
function record(name: string, id: number, rest: number[]): number[] {
  const n = asciiBytes(name.toUpperCase());
  if (n.length === 0 || n.length > 127)
    throw new RangeError(`C3D names have 1 to 127 characters: "${name}"`);
  const offset = 2 + rest.length;
  return [n.length, id & 0xff, ...n, offset & 0xff, (offset >> 8) & 0xff, ...rest];
}
