/**
 * `npm run eval`: analyses every document and format variant of the shared corpus and scores it against the
 * gold labels (rules: ../shared/corpus/README.md). Prints per-set numbers and every miss.
 *
 *   npm run eval                      numbers and misses for documents/ and formats/
 *   npm run eval -- --json            the same as JSON
 *   npm run eval -- --set documents   one set only (documents | formats)
 *   npm run eval -- --only llama-3    only files whose name contains "llama-3"
 *   npm run eval -- --no-misses       numbers only
 *   npm run eval -- --write-baseline  store the current numbers as test/eval/baseline.json
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_VERSION } from '../src/analysis';
import { PROJECT_ROOT } from '../test/support/corpus';
import { toBaseline } from './eval/baseline';
import { formatReport } from './eval/report';
import { runEvaluation, type SetName } from './eval/run';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));

const sets = values('--set') as SetName[];
const results = await runEvaluation({ sets: sets.length ? sets : undefined, only: values('--only') });

if (flag('--json')) {
  console.log(JSON.stringify({ rulesVersion: RULES_VERSION, sets: results }, null, 2));
} else {
  console.log(`License Desk evaluation — rules ${RULES_VERSION}\n`);
  console.log(formatReport(results, { misses: !flag('--no-misses') }));
}

if (flag('--write-baseline')) {
  const path = join(PROJECT_ROOT, 'test', 'eval', 'baseline.json');
  writeFileSync(path, `${JSON.stringify(toBaseline(results), null, 2)}\n`);
  console.error(`baseline written to ${path}`);
}
