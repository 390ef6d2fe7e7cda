/** A finding's extracted facts as label / value lines for the sidebar. */
import type { StoredFinding } from '../app/types';

const FACT_LABELS: Record<string, string> = {
  mauThreshold: 'Monthly active users threshold',
  revenueThreshold: 'Revenue threshold',
  usageThreshold: 'Usage cap',
  currency: 'Currency',
  noticeText: 'Notice to display',
  namePrefix: 'Required name prefix',
  policyUrl: 'Incorporated policy',
  excludedTerritories: 'Excluded territories',
  purposeLimits: 'Limited to',
  definedTerm: 'Defined term',
  jurisdiction: 'Jurisdiction',
};

function labelFor(key: string): string {
  if (FACT_LABELS[key]) return FACT_LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') return value.toLocaleString('en');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function factLines(finding: StoredFinding): { key: string; label: string; value: string }[] {
  const facts = finding.facts ?? {};
  const lines: { key: string; label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(facts)) {
    if (value === undefined || value === null || value === '') continue;
    if (key === 'currency' && typeof facts.revenueThreshold === 'number') continue;
    if (key === 'usageUnit' && typeof facts.usageThreshold === 'number') continue;
    const shown =
      key === 'revenueThreshold' && typeof facts.currency === 'string'
        ? `${formatValue(value)} ${facts.currency}`
        : key === 'usageThreshold' && typeof facts.usageUnit === 'string'
          ? `${formatValue(value)} ${facts.usageUnit}`
          : formatValue(value);
    lines.push({ key, label: labelFor(key), value: shown });
  }
  return lines;
}
