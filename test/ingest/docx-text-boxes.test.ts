/**
 * Text boxes in Word files: a notice set in a box ("IMPORTANT: read this agreement …") is part of the terms.
 * LibreOffice writes a box only in its Word 2010 form (a drawing shape in mc:Choice) with an empty fallback;
 * Word writes the same text again in the VML fallback. Either way the box's text is read, once.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun, Textbox } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/ingest';
import { corpusAvailable } from '../support/corpus';
import { blockTexts, buildDocx } from './docx-fixtures';
import { corpusParagraphs, officeAvailable } from './office-print';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"';
const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const NOTICE = 'IMPORTANT: read this agreement before downloading the Materials.';
const shape = (inner: string) =>
  `<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
const boxed = (fallback: string) => `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${shape(p(NOTICE))}</mc:Choice>${fallback}</mc:AlternateContent></w:r></w:p>`;
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${body}</w:body></w:document>`;

describe('DOCX text boxes', () => {
  it('reads the text of a box written only as a Word 2010 shape, its fallback empty (as LibreOffice saves it)', async () => {
    for (const fallback of ['<mc:Fallback><w:pict/></mc:Fallback>', '<mc:Fallback/>', '']) {
      const model = await importDocument(buildDocx({ body: '', documentXml: documentXml(p('Acme Model Licence') + boxed(fallback) + p('1. You may use the Model.')) }), 'boxed.docx');
      expect(blockTexts(model), fallback || 'no fallback').toEqual(['Acme Model Licence', NOTICE, '1. You may use the Model.']);
    }
  });

  it('reads a box once when Word also wrote its text in the VML fallback', async () => {
    const vml = `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(NOTICE)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>`;
    const model = await importDocument(buildDocx({ body: '', documentXml: documentXml(p('Acme Model Licence') + boxed(vml)) }), 'word-boxed.docx');
    expect(blockTexts(model)).toEqual(['Acme Model Licence', NOTICE]);
  });
});

describe.skipIf(!corpusAvailable || !officeAvailable)('a licence with a notice box, saved as .docx by LibreOffice (live; skipped without soffice)', () => {
  it('keeps the box’s notice and every clause', async () => {
    const clauses = corpusParagraphs('tongyi-qianwen-license-agreement.txt').slice(0, 12);
    const source = new Document({
      sections: [
        {
          children: [
            new Paragraph(clauses[0]),
            new Paragraph({ children: [new Textbox({ alignment: AlignmentType.CENTER, style: { width: '5in', height: '1in' }, children: [new Paragraph({ children: [new TextRun({ text: NOTICE, bold: true })] })] })] }),
            ...clauses.slice(1).map((text) => new Paragraph(text)),
          ],
        },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'office-docx-'));
    try {
      writeFileSync(join(dir, 'source.docx'), await Packer.toBuffer(source));
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'source.docx')], { stdio: 'ignore', timeout: 120_000 });
      const saved = new Uint8Array(readFileSync(join(dir, 'out', 'source.docx')));
      const model = await importDocument(saved, 'tongyi-boxed.docx');
      expect(model.text.split(NOTICE).length - 1).toBe(1);
      for (const clause of clauses) expect(model.text.replace(/\s+/g, ' ')).toContain(clause.replace(/^\s*/, ''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
