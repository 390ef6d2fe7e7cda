/** memo-render through the handler map, as the app's export dialog calls it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, dispatch } from '../../src/api';
import { openTempLibrary, reviewLlamaAssessment, type ReviewedAssessment, type TempLibrary } from './memo-fixture';
import { htmlText, readDocx } from './read-back';

let lib: TempLibrary;
let review: ReviewedAssessment;
beforeAll(async () => {
  lib = openTempLibrary();
  review = await reviewLlamaAssessment(lib.ctx);
});
afterAll(() => lib.close());

describe('memo-render', () => {
  it('returns the DOCX as bytes with a file name and type for the save dialog', async () => {
    const rendered = await call(lib.ctx, 'memo-render', { assessmentId: review.assessment.id, format: 'docx' });
    expect(rendered).toMatchObject({
      format: 'docx',
      fileName: 'memo-llama-3.1-8b-instruct-2026-11-28.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      title: 'Licence review: Llama 3.1 8B Instruct',
    });
    expect(rendered.content).toBeInstanceOf(Uint8Array);
    expect(htmlText((await readDocx(rendered.content as Uint8Array)).html)).toContain(review.rationale);
  });

  it('returns print-ready HTML (what the app previews and prints to PDF) and Markdown as text, with the options applied', async () => {
    const html = await call(lib.ctx, 'memo-render', {
      assessmentId: review.assessment.id,
      format: 'html',
      options: { include: ['summary', 'signoff'], privilegedHeader: 'Draft for discussion', pageSize: 'Letter', timeZone: 'America/New_York' },
    });
    expect(html.mimeType).toBe('text/html; charset=utf-8');
    expect(html.content).toMatch(/@page \{\s*size: letter;/);
    expect(html.content).toContain('<div class="privileged">Draft for discussion</div>');
    expect(html.content).toContain('2.</span>Sign-off');
    expect(html.content).not.toContain('Findings by category');
    const md = await call(lib.ctx, 'memo-render', { assessmentId: review.assessment.id, format: 'md', options: { includeRejected: true } });
    expect(md.fileName).toMatch(/\.md$/);
    expect(md.content as string).toContain('Rejected by Ann Counsel');
  });

  it('refuses unknown sections, formats and time zones, and an assessment that does not exist, with codes', async () => {
    expect(await dispatch(lib.ctx, 'memo-render', { assessmentId: review.assessment.id, format: 'html', options: { include: ['appendix'] } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch(lib.ctx, 'memo-render', { assessmentId: review.assessment.id, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await dispatch(lib.ctx, 'memo-render', { assessmentId: review.assessment.id, format: 'md', options: { timeZone: 'Mars/Olympus' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/IANA time zone/) },
    });
    expect(await dispatch(lib.ctx, 'memo-render', { assessmentId: 999, format: 'md' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
