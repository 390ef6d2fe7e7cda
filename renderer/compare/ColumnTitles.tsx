/** The titles over the compared text: each side's document and version, or the redline's legend. */
import type { Comparison } from '../../src/compare/types';
import type { DocumentRecord } from '../app/types';
import type { CompareLayout } from '../state/compare';

function Title({ role, title, record }: { role: string; title: string; record: DocumentRecord | undefined }) {
  return (
    <div className="cmp-column-title" title={title}>
      <span className="cmp-column-role">{role}</span> {title}
      {record?.versionLabel && <span className="muted"> · {record.versionLabel}</span>}
      {/* A version labelled by its date (as dated terms are) is not dated twice: the second would push the title off. */}
      {record?.effectiveDate && record.effectiveDate !== record.versionLabel && <span className="muted"> · {record.effectiveDate}</span>}
    </div>
  );
}

export function ColumnTitles({ comparison, layout, oldRecord, newRecord }: { comparison: Comparison; layout: CompareLayout; oldRecord?: DocumentRecord; newRecord?: DocumentRecord }) {
  if (layout === 'redline')
    return (
      <div className="cmp-columns redline">
        <div className="cmp-column-title">
          <span className="cmp-column-role">Redline</span> the later version with the earlier one’s wording: <del className="cmp-del">removed</del>{' '}
          <ins className="cmp-ins">added</ins>
        </div>
      </div>
    );
  return (
    <div className="cmp-columns">
      <Title role="Earlier" title={comparison.old.title} record={oldRecord} />
      <div />
      <Title role="Later" title={comparison.new.title} record={newRecord} />
    </div>
  );
}
