import { describe, expect, it } from 'vitest';
import { matrixToCsv, type MatrixRow } from '../../src/assess/matrix';

const row = (over: Partial<MatrixRow>): MatrixRow => ({
  documentId: 1,
  title: 'Llama 3.1 Community License',
  kind: 'model-license',
  family: 'llama',
  versionLabel: '3.1',
  role: null,
  license: { id: 'llama3.1', name: 'Llama 3.1 Community License', match: 'exact' },
  commercialUse: 'conditional',
  commercialCondition: 'Above 700 million monthly active users, a licence from Meta is needed.',
  mauThreshold: 700_000_000,
  revenueThreshold: null,
  usageThreshold: null,
  attributionRequired: true,
  outputOwnership: 'not-addressed',
  outputRestrictions: false,
  acceptableUse: 'by-reference',
  reviewed: false,
  ...over,
});

describe('licence matrix CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = matrixToCsv([row({ title: 'Terms, "final"\nversion' })]);
    const [header, line] = csv.split('\r\n');
    expect(header.split(',')).toContain('MAU threshold');
    expect(line).toContain('"Terms, ""final""\nversion"');
    expect(line).toContain(',700000000,');
    expect(line).toContain(',conditional,');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = matrixToCsv([row({ title: '=HYPERLINK("http://evil","x")', family: '+cmd', versionLabel: '@SUM(A1)' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(",'+cmd,");
    expect(csv).toContain(",'@SUM(A1),");
  });
});
