/**
 * A hostile Word document, written by hand so every trap is exactly where we want it: a javascript: hyperlink,
 * a remote (linked, not embedded) image, an HTML alt-chunk with a script, and markup-looking text.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function paragraph(text: string, style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p>${props}<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}

export function hostileDocx(): Uint8Array {
  const body = [
    paragraph(`<script>window.__pwned='docx-heading'</script> Hostile Service Terms`, 'Heading1'),
    `<w:p><w:hyperlink r:id="rIdJs"><w:r><w:t>Click here to accept these terms</w:t></w:r></w:hyperlink></w:p>`,
    `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="952500" cy="952500"/><wp:docPr id="1" name="Tracker"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="tracker.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdImg"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
    `<w:altChunk r:id="rIdHtml"/>`,
    paragraph(`<img src=x onerror="window.__pwned='docx-text';alert(1)"> and <a href="javascript:alert(2)">a link</a> typed as text.`),
    paragraph('1. Commercial use. You may use the Services for commercial purposes, provided that you do not resell them.', 'ListParagraph'),
    paragraph('2. Ownership of output. As between you and the Provider, you own the Output.', 'ListParagraph'),
    paragraph('3. Acceptable use. You will not use the Services for any purpose prohibited by the Usage Policy.', 'ListParagraph'),
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">
<Relationship Id="rIdJs" Type="${R}/hyperlink" Target="javascript:window.__pwned='docx-link';alert('docx-link')" TargetMode="External"/>
<Relationship Id="rIdImg" Type="${R}/image" Target="https://tracker.example.com/docx-pixel.png" TargetMode="External"/>
<Relationship Id="rIdHtml" Type="${R}/aFChunk" Target="chunk.html"/>
</Relationships>`;
  const chunk = `<html><body><script>window.__pwned='alt-chunk';alert('alt-chunk')</script><img src="https://tracker.example.com/chunk.png"><p>Alt chunk text</p></body></html>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="html" ContentType="text/html"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rootRels),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(documentRels),
    'word/chunk.html': strToU8(chunk),
  });
}
