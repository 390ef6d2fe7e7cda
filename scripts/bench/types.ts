/**
 * One line of the `npm run bench` table. Every target is checked as a ratio against a reference measured in
 * the same run on the same machine (e.g. pdftotext on the same file), or as an absolute limit where the issue
 * fixes one (e.g. search p95 under 50 ms); `pass` says whether the target holds in this run.
 */
export interface BenchRow {
  /** What was measured, e.g. "import big-agreements.pdf (192 pages)". */
  name: string;
  /** The measured value, with its unit, e.g. "1.84 s (104 pages/s)". */
  measured: string;
  /** The reference it is compared with, e.g. "pdftotext 0.52 s", or "—". */
  reference: string;
  /** measured / reference where a ratio applies, else null. */
  ratio: number | null;
  /** The target in words, e.g. "≤ 4× pdftotext". */
  target: string;
  pass: boolean;
}

export interface BenchModule {
  /** Short title of the group (issue area). */
  title: string;
  run(): Promise<BenchRow[]>;
}
