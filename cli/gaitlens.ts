/** The `gaitlens` command line: the same src/core code as the app, for folders of recordings. */
import { parseArgs } from 'node:util';
import { InputFormatError } from '../src/core/errors';
import { messageFor } from '../src/ui/messages';
import { ANALYZE_USAGE, parseAnalyzeArgs, runAnalyzeCommand } from './commands/analyze';
import { EXPORT_USAGE, parseExportArgs, runExportCommand } from './commands/export';
import { runPoseCommand } from './commands/pose';
import { parseReportArgs, REPORT_USAGE, runReportCommand } from './commands/report';
import { EXIT, exitCodeFor, UsageError } from './exitCodes';

const USAGE = `Usage:
  gaitlens pose <video> -o <skeleton.json> [--model lite|full]
${ANALYZE_USAGE}
${REPORT_USAGE}
${EXPORT_USAGE}

Exit codes: 0 done, 1 a file cannot be read or written, 2 refused (analysis or video), 64 bad
arguments, 65 malformed or self-contradictory input file (docs/cli.md).
GaitLens is not a diagnostic device. Video never leaves this computer.`;

type Command = (argv: string[]) => Promise<number>;

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
      return EXIT.usage;
    }
    return runPoseCommand({ video, out: values.out, model: values.model as 'lite' | 'full' });
  },
  analyze: async (argv) => {
    const options = parseAnalyzeArgs(argv);
    if (!options) {
      console.error(USAGE);
      return EXIT.usage;
    }
    return runAnalyzeCommand(options);
  },
  report: async (argv) => {
    const options = parseReportArgs(argv);
    if (!options) {
      console.error(USAGE);
      return EXIT.usage;
    }
    return runReportCommand(options);
  },
  export: async (argv) => {
    const options = parseExportArgs(argv);
    if (!options) {
      console.error(USAGE);
      return EXIT.usage;
    }
    return runExportCommand(options);
  },
};

/** The stderr line for an error a command threw (the user sentence and the code for a bad file). */
function describeError(name: string, e: unknown): string {
  if (e instanceof InputFormatError) {
    const m = messageFor(e.code);
    return `gaitlens ${name}: ${m.title}. ${e.message}. ${m.action} [${e.code}]`;
  }
  const err = e as Error & { code?: string };
  const usage = e instanceof UsageError || exitCodeFor(e) === EXIT.usage;
  const code = e instanceof UsageError ? 'usage' : err.code;
  return `gaitlens ${name}: ${err.message}${code ? ` [${code}]` : ''}${usage ? `\n${USAGE}` : ''}`;
}

/**
 * Run the CLI.
 * @param argv - arguments after the program name
 * @returns exit code (docs/cli.md, "Exit codes"): 0 done, 1 a file cannot be read or written (or a
 *   wrong passphrase), 2 refused, 64 bad arguments, 65 a malformed or self-contradictory input file
 */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(USAGE);
    return name === undefined || name === '--help' || name === '-h' ? EXIT.ok : EXIT.usage;
  }
  try {
    return await command(rest);
  } catch (e) {
    console.error(describeError(name!, e));
    return exitCodeFor(e);
  }
}
