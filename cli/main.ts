// The `minzheng` command line: one subcommand per file under cli/commands/.
import { Command, CommanderError } from 'commander';
import { registerExtract } from './commands/extract.ts';
import { registerDivisions } from './commands/divisions.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerRollup } from './commands/rollup.ts';
import { registerRedrive } from './commands/redrive.ts';
import { registerStart } from './commands/start.ts';
import { registerUpload } from './commands/upload.ts';
import { registerStatus } from './commands/status.ts';
import { registerQuery } from './commands/query.ts';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('minzheng')
    .description('Civil-affairs report ingestion: extract, upload, query and roll up figures.')
    .exitOverride();
  registerExtract(program);
  registerDivisions(program);
  registerSimulate(program);
  registerRollup(program);
  registerRedrive(program);
  registerStart(program);
  registerUpload(program);
  registerStatus(program);
  registerQuery(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    console.error(err instanceof Error ? err.message : err);
    return 1;
  }
}
