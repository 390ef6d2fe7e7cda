import type { CommercialUse } from '../app/types';
import { COMMERCIAL_LABELS } from '../app/vocabulary';

export function CommercialBadge({ value }: { value: CommercialUse | null }) {
  if (!value) return <span className="badge badge-unknown">Not analysed</span>;
  return (
    <span className={`badge badge-${value}`} data-commercial={value}>
      {COMMERCIAL_LABELS[value]}
    </span>
  );
}
