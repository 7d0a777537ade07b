/** Types of the C3D reader and writer (C3D file format, c3d.org "The C3D File Format User Guide"). */

/** Processor type of a C3D file: byte 4 of the parameter section, 84 Intel, 85 DEC (VAX), 86 SGI/MIPS. */
export type C3dProcessor = 'intel' | 'dec' | 'sgi';

/** One parameter value: text for char parameters, numbers otherwise. */
export type C3dParam =
  | { type: 'char'; dims: number[]; strings: string[] }
  | { type: 'int8' | 'int16' | 'float'; dims: number[]; values: number[] };

/** Parameters by group and name, both upper case as stored (e.g. `parameters.POINT.RATE`). */
export type C3dParameters = Record<string, Record<string, C3dParam>>;

/** One marker (3D point) trajectory; coordinates NaN where the sample is invalid (residual < 0). */
export interface C3dPoint {
  label: string;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
  /** Residual in the point units; −1 for invalid samples. */
  residual: Float64Array;
}

/** One event of the EVENT group. */
export interface C3dEvent {
  /** e.g. `Foot Strike`, `Foot Off`. */
  label: string;
  /** e.g. `Left`, `Right`, `General`. */
  context: string;
  /** 60 × minutes + seconds of EVENT:TIMES, s from the start of capture. */
  timeS: number;
}

/** A C3D file read into plain data (analog samples are skipped, not decoded). */
export interface C3dData {
  processor: C3dProcessor;
  /** Number of 3D points per frame (header word 2). */
  pointCount: number;
  /** 3D frame rate, Hz. */
  pointRateHz: number;
  firstFrame: number;
  lastFrame: number;
  frameCount: number;
  /** Point scale factor; negative means float storage. */
  scale: number;
  storage: 'float' | 'int16';
  /** Analog samples per 3D frame, all channels (header word 3). */
  analogSamplesPerFrame: number;
  /** POINT:UNITS, e.g. `mm`. */
  pointUnits: string;
  points: C3dPoint[];
  /** Events from the EVENT group, in file order (not necessarily sorted by time), within one frame of
   *  the recording (first to last frame). */
  events: C3dEvent[];
  /** Events of the EVENT group more than one frame before the first or after the last frame (not used). */
  eventsOutsideRecording: C3dEvent[];
  parameters: C3dParameters;
}
