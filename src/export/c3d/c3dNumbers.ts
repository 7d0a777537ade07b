/** Number decoding for the three C3D processor types (Intel, DEC/VAX, SGI/MIPS). */
import type { C3dProcessor } from './c3dTypes';

/** Readers of 8-, 16-bit integers and 32-bit floats at a byte offset, for one processor type. */
export interface C3dNumberReader {
  int8(offset: number): number;
  uint8(offset: number): number;
  int16(offset: number): number;
  uint16(offset: number): number;
  float32(offset: number): number;
}

/**
 * Make the number reader for a processor type.
 * @param view - the file bytes
 * @param processor - `intel` (little-endian IEEE), `dec` (little-endian integers, VAX F floats) or `sgi` (big-endian IEEE)
 * @returns the reader
 * @remarks A VAX F float stored in a file is read by swapping its two 16-bit words, reading the result as a
 *   little-endian IEEE float and dividing by 4 (the VAX exponent bias is 2 more than IEEE's, and its hidden bit
 *   sits one place lower).
 */
export function makeC3dNumberReader(view: DataView, processor: C3dProcessor): C3dNumberReader {
  const le = processor !== 'sgi';
  const swap = new DataView(new ArrayBuffer(4));
  return {
    int8: (o) => view.getInt8(o),
    uint8: (o) => view.getUint8(o),
    int16: (o) => view.getInt16(o, le),
    uint16: (o) => view.getUint16(o, le),
    float32:
      processor === 'dec'
        ? (o) => {
            swap.setUint16(0, view.getUint16(o + 2, true), true);
            swap.setUint16(2, view.getUint16(o, true), true);
            return swap.getFloat32(0, true) / 4;
          }
        : (o) => view.getFloat32(o, le),
  };
}
