/**
 * Identification of the real licence texts Debian ships (test/fixtures/common-licenses, copied from
 * /usr/share/common-licenses): each is exactly its reference; the siblings that share most of their words (the
 * Library GPL 2.0 and the Lesser GPL 2.1, the GFDL 1.2 and 1.3, the GPL 1 and 2) are told apart; a copy as most
 * projects carry it — hard-wrapped differently, with the FSF's older postal address — is still exact, and a real
 * change in the terms makes it modified.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyLicenses } from '../../src/licenses/index';
import { PROJECT_ROOT } from '../support/corpus';
import { importText } from './support';

const COPIES = join(PROJECT_ROOT, 'test', 'fixtures', 'common-licenses');
const read = (file: string) => readFileSync(join(COPIES, file), 'utf8');

const EXPECTED: Array<[file: string, id: string]> = [
  ['GPL-1.txt', 'GPL-1.0'],
  ['GPL-2.txt', 'GPL-2.0'],
  ['LGPL-2.txt', 'LGPL-2.0'],
  ['LGPL-2.1.txt', 'LGPL-2.1'],
  ['LGPL-3.txt', 'LGPL-3.0'],
  ['MPL-1.1.txt', 'MPL-1.1'],
  ['MPL-2.0.txt', 'MPL-2.0'],
  ['Artistic.txt', 'Artistic-1.0-Perl'],
  ['GFDL-1.2.txt', 'GFDL-1.2'],
  ['GFDL-1.3.txt', 'GFDL-1.3'],
];

describe('identification of the common open-source and documentation licences', () => {
  for (const [file, id] of EXPECTED) {
    it(`identifies ${file} exactly as ${id}, and as nothing else (not its sibling versions)`, async () => {
      const matches = identifyLicenses(await importText(read(file), file));
      expect(matches.map((m) => `${m.id}:${m.match}`)).toEqual([`${id}:exact`]);
      expect(matches[0].score).toBe(1);
    });
  }

  it('reads a GPL v2 as projects ship it (re-wrapped, old FSF address, no appendix) as the exact GPL v2', async () => {
    const text = read('GPL-2.txt');
    const withoutAppendix = text.slice(0, text.indexOf('How to Apply These Terms to Your New Programs'));
    const copy = withoutAppendix
      .replace('51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA', '59 Temple Place, Suite 330, Boston, MA 02111-1307 USA')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
      .join('\n\n');
    const [match] = identifyLicenses(await importText(copy, 'COPYING'));
    expect(match).toMatchObject({ id: 'GPL-2.0', match: 'exact' });
  });

  it('calls a GPL v2 whose terms were edited modified, and shows the edit', async () => {
    const edited = read('GPL-2.txt').replace('You may charge a fee for the physical act of transferring a copy', 'You may not charge a fee for the physical act of transferring a copy');
    const [match] = identifyLicenses(await importText(edited, 'COPYING'));
    expect(match).toMatchObject({ id: 'GPL-2.0', match: 'modified' });
    expect(match.diff?.filter((d) => d.op === 'insert').map((d) => d.text.trim())).toContain('not');
  });
});
