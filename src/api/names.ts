/**
 * Every call the app, the CLI and the tests can make, named `domain-verb`. This list is the runtime half of
 * the contract (the preload and the renderer client are built from it); contract.ts gives each an argument
 * schema and handlers/ an implementation, and the type checker refuses either if a name is missing.
 */
export const HANDLER_NAMES = [
  'library-info',
  'library-backup',
  'library-restore',
  'documents-import',
  'documents-list',
  'documents-get',
  'documents-file',
  'documents-search',
  'documents-update',
  'documents-delete',
  'documents-reanalyze',
  'findings-review',
  'analysis-run',
  'samples-list',
  'samples-import',
  'annotations-create',
  'annotations-list',
  'annotations-update',
  'annotations-delete',
  'annotations-restore',
  'assessments-create',
  'assessments-list',
  'assessments-get',
  'assessments-update',
  'assessments-set-documents',
  'assessments-update-verdict',
  'assessments-add-topic',
  'assessments-remove-topic',
  'assessments-refresh',
  'assessments-delete',
  'audit-list',
  'matrix-get',
  'matrix-csv',
  'memo-render',
  'compare-documents',
  'compare-export',
  'versions-families',
  'versions-timeline',
  'versions-suggest',
  'versions-notices',
  'versions-dismiss-notice',
  'annotations-carry-over',
] as const;

export type HandlerName = (typeof HANDLER_NAMES)[number];

/** "documents-list" -> "documentsList": the method name on window.desk. */
export type MethodName<N extends string> = N extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<MethodName<Tail>>}` : N;

export function methodName<N extends HandlerName>(name: N): MethodName<N> {
  return name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) as MethodName<N>;
}
