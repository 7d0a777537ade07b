import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/gaitlens';
import { parseReportArgs } from '../../cli/commands/report';
import { readSkeletonJson } from '../../src/export/json/readSkeletonJson';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import { writeReportText } from '../../src/core/report/writeReportText';
import { writeTedEvidence } from '../../src/core/ted/writeTedEvidence';
import { writeTokensText } from '../../src/core/tokens/writeTokensText';

const DEMO = 'tests/fixtures/sports2d-demo/skeleton.json';
const demo = readSkeletonJson(readFileSync(DEMO, 'utf8'));

/** Run the CLI and capture stdout, stderr and the exit code. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((t) => ((out += String(t)), true));
  vi.spyOn(console, 'error').mockImplementation((t) => void (err += `${String(t)}\n`));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('gaitlens report <skeleton.json>', () => {
  it('gaitlens report demo --json prints {tokens, ted, report, grounding} equal to analyzeRecording', async () => {
    const { code, out } = await run(['report', DEMO, '--json']);
    expect(code).toBe(0);
    const printed = JSON.parse(out) as Record<string, unknown>;
    const core = analyzeRecording(demo);
    expect(Object.keys(printed).sort()).toEqual(['grounding', 'report', 'ted', 'tokens']);
    // JSON writes NaN (not measured) as null; compare through the same serialisation.
    const { tokens, ted, report, grounding } = core;
    expect(printed).toEqual(JSON.parse(JSON.stringify({ tokens, ted, report, grounding })));
  });

  it('gaitlens report demo prints the tokens text, TED evidence, markdown report and grounding score', async () => {
    const { code, out } = await run(['report', DEMO]);
    expect(code).toBe(0);
    const core = analyzeRecording(demo);
    expect(out).toContain(writeTokensText(core.tokens));
    expect(out).toContain(writeTedEvidence(core.ted));
    expect(out).toContain(writeReportText(core.report).replace(/^# Gait report/, '## Gait report'));
    const g = core.grounding;
    expect(out).toContain(
      g.nClaims === 0 ? 'Grounding: no numeric claims.' : `${g.nSupported}/${g.nClaims} claims`,
    );
  });

  it('gaitlens report demo --height-cm 165 --age 30 --sex f passes the patient to the analysis', async () => {
    const { code, out } = await run([
      'report',
      DEMO,
      '--json',
      '--height-cm',
      '165',
      '--age',
      '30',
      '--sex',
      'f',
    ]);
    expect(code).toBe(0);
    const core = analyzeRecording(demo, { patient: { heightCm: 165, ageYears: 30, sex: 'f' } });
    expect(JSON.parse(out).tokens).toEqual(JSON.parse(JSON.stringify(core.tokens)));
  });

  it('parseReportArgs(argv) refuses a missing file, a second file, a bad sex, height or age', () => {
    expect(parseReportArgs([])).toBeNull();
    expect(parseReportArgs(['a.json', 'b.json'])).toBeNull();
    expect(parseReportArgs(['a.json', '--sex', 'x'])).toBeNull();
    expect(parseReportArgs(['a.json', '--height-cm', '20'])).toBeNull();
    expect(parseReportArgs(['a.json', '--age', 'old'])).toBeNull();
    expect(parseReportArgs(['a.json', '--age', '70', '--sex', 'm'])).toEqual({
      skeleton: 'a.json',
      json: false,
      patient: { ageYears: 70, sex: 'm' },
    });
  });

  it('gaitlens report with bad arguments prints the usage and exits 64', async () => {
    const { code, err } = await run(['report']);
    expect(code).toBe(64);
    expect(err).toContain('gaitlens report <skeleton.json>');
  });

  it('gaitlens report on a malformed skeleton exits 65 with the error code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaitlens-report-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'gaitlens.skeleton/1', frames: 'no' }));
    const { code, out, err } = await run(['report', bad]);
    expect(code).toBe(65);
    expect(out).toBe('');
    expect(err).toMatch(/\[schema\]/);
  });
});

describe('gaitlens report: exit codes', () => {
  it('gaitlens report on a missing file exits 1', async () => {
    const { code, err } = await run(['report', 'tests/fixtures/no-such-file.json']);
    expect(code).toBe(1);
    expect(err).toContain('ENOENT');
  });

  it('gaitlens report with an unknown option exits 64', async () => {
    expect((await run(['report', DEMO, '--frobnicate'])).code).toBe(64);
  });

  it('gaitlens report on the demo with fpsHz 60 (frames 1/30 s apart) exits 65 [inconsistent]', async () => {
    const raw = JSON.parse(readFileSync(DEMO, 'utf8')) as { fpsHz: number };
    raw.fpsHz = 60;
    const bad = join(mkdtempSync(join(tmpdir(), 'gaitlens-report-')), 'fps60.json');
    writeFileSync(bad, JSON.stringify(raw));
    const { code, out, err } = await run(['report', bad]);
    expect(code).toBe(65);
    expect(out).toBe('');
    expect(err).toMatch(/fpsHz 60 disagrees with the frame times.*\[inconsistent\]/);
  });
});
