// `minzheng extract [--jsonl] FILE...`: one ExtractionResult per file, in the order given.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { extractReport } from '#shared/extract/extractReport.ts';
import type { ExtractionResult } from '#shared/domain/report.ts';
import { noUnit } from '#shared/domain/report.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract catalogued figures from report files (one JSON object per file).')
    .argument('<files...>', 'report files (.txt in UTF-8, GB18030 or UTF-16; .docx, .pdf, .html)')
    .option('--jsonl', 'one JSON object per line (the default is indented JSON)')
    .option('--unit <code>', 'the unit code the report was filed under, to settle ambiguous names')
    .action(async (files: string[], opts: { jsonl?: boolean; unit?: string }) => {
      for (const file of files) {
        let result: ExtractionResult;
        try {
          const bytes = new Uint8Array(await readFile(file));
          result = await extractReport({ bytes, fileName: file, expectedUnitCode: opts.unit });
        } catch (err) {
          result = {
            status: 'unreadable',
            unit: noUnit(),
            period: { key: null },
            facts: [],
            issues: [{ code: 'unreadable', message: `无法读取文件: ${(err as Error).message}` }],
          };
        }
        const line = { file, ...result };
        process.stdout.write(opts.jsonl ? JSON.stringify(line) + '\n' : JSON.stringify(line, null, 2) + '\n');
      }
    });
}
