/**
 * `gaitlens report <skeleton.json> [--json] [--height-cm N --age N --sex f|m]`: runs the same
 * analysis as the app (`analyzeRecording`) and prints the tokens, the rhythm evidence (TED), the
 * template report (markdown) and its grounding score; `--json` prints the same as one object.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PATIENT_OPTIONS, parsePatientArgs } from '../patientArgs';
import { readSkeletonJson } from '../../src/export/json/readSkeletonJson';
import type { Skeleton } from '../../src/core/skeleton/types';
import { analyzeRecording } from '../../src/core/pipeline/analyzeRecording';
import type { AnalysisResult } from '../../src/core/pipeline/types';
import type { Patient } from '../../src/core/norms/types';
import { writeReportText } from '../../src/core/report/writeReportText';
import { writeTedEvidence } from '../../src/core/ted/writeTedEvidence';
import { writeTokensText } from '../../src/core/tokens/writeTokensText';

/** Usage line of the report command. */
export const REPORT_USAGE =
  '  gaitlens report <skeleton.json> [--json] [--height-cm N --age N --sex f|m]';

/** Options of the report command. */
export interface ReportCommandOptions {
  skeleton: string;
  json: boolean;
  patient: Patient;
}

/**
 * Parse the report command's arguments.
 * @param argv - arguments after `report`
 * @returns the options, or null when they are invalid (height 50–250 cm, age 0–120 y, sex f|m)
 */
export function parseReportArgs(argv: string[]): ReportCommandOptions | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      ...PATIENT_OPTIONS,
    },
  });
  const skeleton = positionals[0];
  if (!skeleton || positionals.length > 1) return null;
  const patient = parsePatientArgs(values);
  if (!patient) return null;
  return { skeleton, json: values.json ?? false, patient };
}

/**
 * The command's output for one analysis (what is printed on stdout).
 * @param r - the analysis of the skeleton
 * @param json - one JSON object `{tokens, ted, report, grounding}` instead of text
 * @returns the text; in JSON, NaN (not measured) is written as null
 */
export function formatReportOutput(r: AnalysisResult, json: boolean): string {
  if (json) {
    const { tokens, ted, report, grounding } = r;
    return JSON.stringify({ tokens, ted, report, grounding }, null, 2);
  }
  const g = r.grounding;
  const score =
    g.nClaims === 0
      ? 'no numeric claims'
      : `${g.nSupported}/${g.nClaims} claims supported (${(100 * g.scoreFrac).toFixed(0)} %)` +
        `, ${g.nContradicted} contradicted, ${g.nUnsupported} unsupported, ${g.nNotMeasured} not measured`;
  return [
    '## Tokens',
    '',
    '```',
    writeTokensText(r.tokens),
    '```',
    '',
    '## Rhythm evidence (TED)',
    '',
    '```',
    writeTedEvidence(r.ted),
    '```',
    '',
    writeReportText(r.report, 'markdown').replace(/^# /, '## '),
    '',
    `Grounding: ${score}.`,
  ].join('\n');
}

/**
 * Read a skeleton file (used by `report` and `analyze`).
 * @param text - the file's text
 * @returns the skeleton
 * @throws InputFormatError (`not-json`, `too-large`, `wrong-format`, `wrong-version`, `schema`)
 * @remarks Now the one strict reader, readSkeletonJson: since commit 167d57a its schema accepts
 * frames whose `presence` is null, which the pose pipeline writes, so no lenient copy is needed.
 */
export function readSkeletonForReport(text: string): Skeleton {
  return readSkeletonJson(text);
}

/**
 * Run the report command.
 * @param o - skeleton path, output style and patient
 * @param write - where the output goes (stdout by default)
 * @returns exit code (0; a declined report is still a report and exits 0)
 * @throws InputFormatError when the skeleton file is malformed
 */
export function runReportCommand(
  o: ReportCommandOptions,
  write: (text: string) => void = (t) => process.stdout.write(t),
): number {
  const skeleton = readSkeletonForReport(readFileSync(o.skeleton, 'utf8'));
  const r = analyzeRecording(skeleton, { patient: o.patient });
  write(`${formatReportOutput(r, o.json)}\n`);
  return 0;
}
