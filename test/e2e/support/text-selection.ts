/**
 * Selects a span of the document text as a reviewer does: a mouse drag from the first character to the last,
 * on whichever viewer shows it (reading text or the PDF's text layer). The points are read from the page: the
 * element carrying `data-start` that holds each offset, and the box of the character there.
 */
import { expect, type Page } from '@playwright/test';

interface Point {
  x: number;
  y: number;
}

/** The left edge of the first character and the right edge of the last, measured together after one scroll. */
async function dragPoints(page: Page, start: number, end: number): Promise<{ from: Point; to: Point }> {
  return page.evaluate(
    ({ start, end }) => {
      const scroller = document.querySelector('[data-testid="document-scroll"]');
      if (!scroller) throw new Error('no document on screen');
      const holders = [...scroller.querySelectorAll<HTMLElement>('[data-start]')];
      const holderOf = (offset: number) => {
        const holder = holders.find((el) => {
          const first = Number(el.dataset.start);
          return first <= offset && offset < first + (el.textContent ?? '').length;
        });
        if (!holder) throw new Error(`offset ${offset} is not drawn`);
        return holder;
      };
      const characterBox = (offset: number) => {
        const holder = holderOf(offset);
        let rest = offset - Number(holder.dataset.start);
        const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (rest < length) {
            const range = document.createRange();
            range.setStart(node, rest);
            range.setEnd(node, rest + 1);
            return range.getBoundingClientRect();
          }
          rest -= length;
        }
        throw new Error(`offset ${offset} not found in its element`);
      };
      holderOf(start).scrollIntoView({ block: 'center' });
      const first = characterBox(start);
      const last = characterBox(end - 1);
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    },
    { start, end },
  );
}

/** Drags over [start, end) of the document text (a passage that fits on screen), once the view has settled. */
export async function selectDocumentText(page: Page, start: number, end: number): Promise<void> {
  await expect(page.getByTestId('review-view')).toHaveAttribute('aria-busy', 'false');
  // The view may still be moving (the summary and legend above the document fill in as the analysis arrives):
  // the points are taken once two measurements a moment apart agree.
  let points = await dragPoints(page, start, end);
  for (let tries = 0; tries < 50; tries++) {
    await page.waitForTimeout(100);
    const again = await dragPoints(page, start, end);
    const same = JSON.stringify(again) === JSON.stringify(points);
    points = again;
    if (same) break;
  }
  const { from, to } = points;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
}
