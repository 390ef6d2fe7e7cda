import { Fragment } from 'react';
import type { LicenseDiffPart } from '../app/types';

/** Long unchanged stretches are shortened to their ends, so the changes stand out. */
const KEEP_EQUAL = 160;

function shorten(text: string): string {
  if (text.length <= KEEP_EQUAL * 2 + 20) return text;
  return `${text.slice(0, KEEP_EQUAL)} … ${text.slice(-KEEP_EQUAL)}`;
}

/** The word diff between the document and the reference licence: insertions and deletions, as text nodes. */
export function LicenseDiff({ parts, referenceName }: { parts: LicenseDiffPart[]; referenceName: string }) {
  const inserted = parts.filter((p) => p.op === 'insert').reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  const deleted = parts.filter((p) => p.op === 'delete').reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0);
  return (
    <div className="license-diff" data-testid="license-diff">
      <p className="license-diff-legend">
        Compared with the reference text of {referenceName}: <ins>{inserted} words added</ins> in this document,{' '}
        <del>{deleted} words removed</del>.
      </p>
      <div className="license-diff-text">
        {parts.map((part, i) => {
          const text = part.op === 'equal' ? shorten(part.text) : part.text;
          // Parts are word runs: put back the space between two parts that meet without one.
          const space = i > 0 && !/\s$/.test(parts[i - 1].text) && !/^\s/.test(part.text) ? ' ' : '';
          return (
            <Fragment key={i}>
              {space}
              {part.op === 'insert' ? <ins>{text}</ins> : part.op === 'delete' ? <del>{text}</del> : <span>{text}</span>}
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}
