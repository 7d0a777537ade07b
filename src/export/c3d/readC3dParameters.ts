/** Parser of the C3D parameter section (groups and parameters, linked by byte offsets). */
import { InputFormatError } from '../../core/errors';
import type { C3dNumberReader } from './c3dNumbers';
import type { C3dParam, C3dParameters } from './c3dTypes';

const MAX_PARAMETERS = 10_000;

function ascii(view: DataView, start: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(view.getUint8(start + i));
  return s;
}

/**
 * Read every group and parameter of a C3D parameter section.
 * @param view - the file bytes
 * @param num - number reader of the file's processor type
 * @param sectionStart - byte offset of the parameter section (header byte 1 gives its block)
 * @returns parameters by upper-case group and parameter name; char arrays are split into trimmed strings
 *   (the first dimension is the string length)
 * @throws InputFormatError `not-c3d` when a record runs past the end of the file
 * @remarks The walk follows each record's offset to the next one and stops at an offset of 0 or a name length
 *   of 0. It does not trust the block count in byte 3 of the section (the ADemo1 files from Charnwood's
 *   exporter store a wrong count there).
 */
export function readC3dParameters(
  view: DataView,
  num: C3dNumberReader,
  sectionStart: number,
): C3dParameters {
  const groupNames = new Map<number, string>();
  const pending: { groupId: number; name: string; param: C3dParam }[] = [];
  let p = sectionStart + 4;
  for (let count = 0; count < MAX_PARAMETERS; count++) {
    if (p + 2 > view.byteLength) break;
    const nameLength = Math.abs(num.int8(p));
    const id = num.int8(p + 1);
    if (nameLength === 0 || id === 0) break;
    if (p + 4 + nameLength > view.byteLength)
      throw new InputFormatError(
        'not-c3d',
        'A C3D parameter runs past the end of the file',
        `byte ${p}`,
      );
    const name = ascii(view, p + 2, nameLength).toUpperCase();
    const offsetPos = p + 2 + nameLength;
    const next = num.int16(offsetPos);
    if (id < 0) groupNames.set(-id, name);
    else pending.push({ groupId: id, name, param: readParamValue(view, num, offsetPos + 2) });
    if (next <= 0) break;
    p = offsetPos + next;
  }
  const out: C3dParameters = {};
  for (const [, name] of groupNames) out[name] = {};
  for (const { groupId, name, param } of pending) {
    const group = groupNames.get(groupId) ?? `GROUP_${groupId}`;
    (out[group] ??= {})[name] = param;
  }
  return out;
}

function readParamValue(view: DataView, num: C3dNumberReader, start: number): C3dParam {
  const typeCode = num.int8(start);
  const nDims = num.uint8(start + 1);
  const dims: number[] = [];
  for (let i = 0; i < nDims; i++) dims.push(num.uint8(start + 2 + i));
  const data = start + 2 + nDims;
  const count = dims.reduce((a, b) => a * b, 1);
  const size = Math.abs(typeCode);
  if (![1, 2, 4].includes(size) || data + count * size > view.byteLength) {
    throw new InputFormatError(
      'not-c3d',
      `A C3D parameter has type ${typeCode} or runs past the end of the file`,
      `byte ${start}`,
    );
  }
  if (typeCode === -1) {
    const length = dims[0] ?? 1;
    const n = dims.length === 0 ? 1 : count / Math.max(length, 1);
    const strings: string[] = [];
    for (let i = 0; i < n; i++)
      strings.push(ascii(view, data + i * length, length).replace(/[\s\0]+$/, ''));
    return { type: 'char', dims, strings };
  }
  const values: number[] = [];
  for (let i = 0; i < count; i++) {
    values.push(
      typeCode === 1
        ? num.int8(data + i)
        : typeCode === 2
          ? num.int16(data + 2 * i)
          : num.float32(data + 4 * i),
    );
  }
  return { type: typeCode === 1 ? 'int8' : typeCode === 2 ? 'int16' : 'float', dims, values };
}
