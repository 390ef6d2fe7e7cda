/**
 * A licence drafted in Word with its clause captions as items of a numbered list, set in bold ("1. Definitions",
 * then the definitions as lettered items; "2. Grant of Rights", then its paragraph): the captions are the
 * sections the text and Markdown imports read; a list of bold titled entries with nothing under them stays a list.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../src/document/model';
import { importDocument } from '../../src/ingest';
import { corpusAvailable } from '../support/corpus';
import { corpusParagraphs } from './office-print';

const numbering = {
  config: [
    {
      reference: 'clauses',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
      ],
    },
  ],
};
const at = (model: DocumentModel) => model.blocks.map((b) => `${b.kind} ${b.level} ${model.text.slice(b.start, b.end).slice(0, 40)}`);

describe.skipIf(!corpusAvailable)('Word-numbered bold clause captions', () => {
  it('reads the Tongyi Qianwen licence’s numbered bold captions as headings, their lettered items as items', async () => {
    const lines = corpusParagraphs('tongyi-qianwen-license-agreement.txt');
    const children = lines.map((line, i) => {
      const clause = /^(\d+)\.\s+(.*)$/.exec(line);
      const item = /^([a-z])\.\s+(.*)$/.exec(line);
      if (clause) return new Paragraph({ numbering: { reference: 'clauses', level: 0 }, children: [new TextRun({ text: clause[2], bold: true })] });
      if (item) return new Paragraph({ numbering: { reference: 'clauses', level: 1 }, children: [new TextRun(item[2])] });
      return new Paragraph({ children: [new TextRun({ text: line, bold: i === 0 })] });
    });
    const docx = await Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));
    const model = await importDocument(new Uint8Array(docx), 'tongyi.docx');
    const headings = model.blocks.filter((b) => b.kind === 'heading').map((b) => model.text.slice(b.start, b.end));
    expect(headings).toEqual(expect.arrayContaining(['1. Definitions', '2. Grant of Rights', '3. Redistribution', '4. Restrictions', '8. Survival and Termination.', '9. Governing Law and Jurisdiction.']));
    const definitions = model.blocks.filter((b) => /^[a-h]\. /.test(model.text.slice(b.start, b.end)));
    expect(definitions.length).toBeGreaterThanOrEqual(8);
    expect(definitions.every((b) => b.kind === 'list-item')).toBe(true);
  });

  it('keeps a numbered list of bold titled entries with nothing under them a list', async () => {
    const entries = ['Violence and Terrorism', 'Child Exploitation', 'Human Trafficking', 'Unlawful Surveillance'];
    const children = [
      new Paragraph('You may not use the Model for:'),
      ...entries.map((text) => new Paragraph({ numbering: { reference: 'clauses', level: 0 }, children: [new TextRun({ text, bold: true })] })),
      new Paragraph('Report any violation to the Licensor.'),
    ];
    const model = await importDocument(new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ children }] }))), 'aup.docx');
    expect(at(model).slice(1, 5)).toEqual(entries.map((text, i) => `list-item 1 ${i + 1}. ${text}`));
  });
});
