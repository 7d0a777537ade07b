/**
 * Error classes of GaitLens. Each has a stable `name` and a typed `code`, so callers branch on
 * codes, never on messages. Expected bad input (no person, too short, too few cycles…) is NOT
 * thrown: results carry `quality: { ok, reasons }` instead.
 */

/**
 * Codes of malformed input files (imports). `inconsistent`: two parts of the file contradict each
 * other (a rate and a time column, a header count and the data), so neither can be trusted.
 */
export type InputFormatCode =
  | 'not-json'
  | 'wrong-format'
  | 'wrong-version'
  | 'schema'
  | 'not-trc'
  | 'not-c3d'
  | 'too-large'
  | 'inconsistent'
  /** A lab marker file whose heel and toe markers were not recognised, or a `--map` naming absent markers. */
  | 'unknown-markers';

/** A malformed import: says what is wrong and where (`path`, e.g. `frames[3].image[29]`). */
export class InputFormatError extends Error {
  override readonly name = 'InputFormatError';
  /**
   * @param code - what kind of format problem
   * @param message - human-readable description
   * @param path - location in the input, e.g. a JSON path or a line number
   */
  constructor(
    readonly code: InputFormatCode,
    message: string,
    readonly path = '',
  ) {
    super(path ? `${message} (at ${path})` : message);
  }
}

/** Codes of violated internal invariants (bugs). */
export type InvariantCode = 'invariant';

/** A bug: an internal invariant does not hold. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
  readonly code: InvariantCode = 'invariant';
}

/** Codes of media problems met while decoding or running pose estimation. */
export type MediaErrorCode =
  | 'not-a-video'
  | 'corrupted-video'
  | 'unsupported-codec'
  | 'camera-denied'
  | 'no-camera'
  | 'model-load-failed';

/** A problem with the media itself (file cannot be decoded, no camera…). */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  /**
   * @param code - what went wrong
   * @param message - technical detail (the UI shows its own sentence for the code)
   */
  constructor(
    readonly code: MediaErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A quality verdict: ok, or the reasons a result was refused or degraded. */
export interface Quality<R extends string = string> {
  ok: boolean;
  reasons: R[];
}
