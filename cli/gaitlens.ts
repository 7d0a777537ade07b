/** The `gaitlens` command line: the same src/core code as the app, for folders of recordings. */
import { parseArgs } from 'node:util';
import { ANALYZE_USAGE, parseAnalyzeArgs, runAnalyzeCommand } from './commands/analyze';
import { EXPORT_USAGE, parseExportArgs, runExportCommand } from './commands/export';
import { runPoseCommand } from './commands/pose';
import { parseReportArgs, REPORT_USAGE, runReportCommand } from './commands/report';
import { isInputPath } from './writeOutputFile';

const USAGE = `Usage:
  gaitlens pose <video> -o <skeleton.json> [--model lite|full]
${ANALYZE_USAGE}
${REPORT_USAGE}
${EXPORT_USAGE}

GaitLens is not a diagnostic device. Video never leaves this computer.`;

type Command = (argv: string[]) => Promise<number>;

// An output path that names an input file would destroy the input: refused as a bad argument.
function refuseOverwrite(out: string): number {
  console.error(
    `gaitlens: the output ${out} is the input file; choose another -o path (nothing was written)`,
  );
  return 64;
}

const COMMANDS: Record<string, Command> = {
  pose: async (argv) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, model: { type: 'string', default: 'lite' } },
    });
    const video = positionals[0];
    if (!video || !values.out || !['lite', 'full'].includes(values.model ?? '')) {
      console.error(USAGE);
      return 64;
    }
    if (isInputPath(values.out, [video])) return refuseOverwrite(values.out);
    return runPoseCommand({ video, out: values.out, model: values.model as 'lite' | 'full' });
  },
  analyze: async (argv) => {
    const options = parseAnalyzeArgs(argv);
    if (!options) {
      console.error(USAGE);
      return 64;
    }
    return runAnalyzeCommand(options);
  },
  report: async (argv) => {
    const options = parseReportArgs(argv);
    if (!options) {
      console.error(USAGE);
      return 64;
    }
    return runReportCommand(options);
  },
  export: async (argv) => {
    const options = parseExportArgs(argv);
    if (!options) {
      console.error(USAGE);
      return 64;
    }
    if (isInputPath(options.out, [options.input])) return refuseOverwrite(options.out);
    return runExportCommand(options);
  },
};

/**
 * Run the CLI.
 * @param argv - arguments after the program name
 * @returns exit code
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return name === undefined || name === '--help' || name === '-h' ? 0 : 64;
  }
  try {
    return await command(rest);
  } catch (e) {
    const err = e as Error & { code?: string };
    console.error(`gaitlens ${name}: ${err.message}${err.code ? ` [${err.code}]` : ''}`);
    return 1;
  }
}
