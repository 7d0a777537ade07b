import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSkeletonJson } from '../../../src/export/json/readSkeletonJson';
import { writeTrc } from '../../../src/export/trc/writeTrc';
import { makeSyntheticSkeleton } from '../fixtures/syntheticSkeleton';
import { PYTHON_OK, checkTrcWithOpenSim } from '../readers/independentReaders';

// Independent reader: a line-by-line transliteration of opensim-core's TRCFileAdapter::extendRead and
// FileAdapter::tokenize (../shared/tools/readers/opensim_trc_check.py). The tokenizer drops the empty field
// after a row's last tab, so before every cell ended with a tab it refused GaitLens rows whose last marker
// was blank: "RowLengthMismatch: line 6: expected 77 columns, got 76".
describe.skipIf(!PYTHON_OK)("OpenSim's TRC tokenizer reads writeTrc(skeleton) (python3)", () => {
  it('checkTrc(writeTrc(demo)) is OK: 230 rows, 25 markers, 25 missing samples per frame without the subject', () => {
    const demo = readSkeletonJson(
      readFileSync('tests/fixtures/sports2d-demo/skeleton.json', 'utf8'),
    );
    const empty = demo.frames.filter((f) => !f.image).length;
    expect(empty).toBeGreaterThan(0); // the demo starts and ends without the subject: last markers blank
    expect(checkTrcWithOpenSim(writeTrc(demo))).toBe(
      `OK: 230 rows, 25 markers, ${empty * 25} missing marker samples (NaN), units m`,
    );
  });

  it("checkTrc(writeTrc(s, { markerSet: 'all' })) is OK with 33 markers and the fixture's one empty frame", () => {
    expect(checkTrcWithOpenSim(writeTrc(makeSyntheticSkeleton(), { markerSet: 'all' }))).toBe(
      'OK: 60 rows, 33 markers, 33 missing marker samples (NaN), units m',
    );
  });

  it("checkTrc reads OpenSim's own subject01_walk1.trc (the checker's baseline on a real OpenSim file)", () => {
    const text = readFileSync('tests/fixtures/opensim-gait2354/subject01_walk1.trc', 'utf8');
    expect(checkTrcWithOpenSim(text)).toBe(
      'OK: 151 rows, 41 markers, 0 missing marker samples (NaN), units mm',
    );
  });
});
