/**
 * DOCX, Markdown and text documents (and PDFs in reading layout) as clean structured reading text built from
 * the document model's blocks: headings, numbered items indented by level, tables, bold terms. Only React text
 * nodes: nothing from the imported file is ever parsed as HTML.
 */
import { memo, useEffect, useMemo, useRef, type CSSProperties } from 'react';
import type { Block, DocumentModel } from '../../app/types';
import { useViewerStore } from '../../state/viewer';
import { splitRuns, type DocumentMarks, type TextRun } from '../textRuns';
import { TextRunSpans } from '../TextRunSpans';
import { blockIndexAt, toReadingItems } from './readingItems';

interface Props {
  model: DocumentModel;
  marks: DocumentMarks;
  onFindingClick(findingId: number): void;
}

function runsKey(runs: TextRun[], activeFindingId: number | null): string {
  return runs
    .map(
      (r) =>
        `${r.start}:${r.findings.map((f) => `${f.findingId}${f.status[0]}${f.category}${f.findingId === activeFindingId ? '*' : ''}`).join(',')}${r.find ?? ''}${r.flashed ? 'F' : ''}` +
        r.annotations.map((a) => `a${a.id}${a.category}${a.hasComment ? 'c' : ''}${a.active ? '*' : ''}`).join(','),
    )
    .join('|');
}

export function ReadingView({ model, marks, onFindingClick }: Props) {
  const zoom = useViewerStore((s) => s.zoom);
  const scrollRequest = useViewerStore((s) => s.scrollRequest);
  const containerRef = useRef<HTMLDivElement>(null);
  const items = useMemo(() => toReadingItems(model.blocks), [model]);
  const runsByBlock = useMemo(() => {
    const map = new Map<string, TextRun[]>();
    for (const block of model.blocks) map.set(block.id, splitRuns(block.start, block.end, marks, block));
    return map;
  }, [model, marks]);

  const handledRequest = useRef(0);
  useEffect(() => {
    const container = containerRef.current;
    if (!scrollRequest || !container || !model.blocks.length || handledRequest.current === scrollRequest.nonce) return;
    handledRequest.current = scrollRequest.nonce;
    const block = model.blocks[blockIndexAt(model.blocks, scrollRequest.start)];
    const element = container.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(block.id)}"]`);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    // Blocks far away are laid out lazily (content-visibility); once this one is, aim at the exact passage.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const spans = [...element.querySelectorAll<HTMLElement>('[data-offset]')];
        const target = spans.filter((s) => Number(s.dataset.offset) <= scrollRequest.start).pop() ?? element;
        target.scrollIntoView({ block: 'center' });
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, [scrollRequest, model]);

  const renderBlock = (block: Block) => {
    const runs = runsByBlock.get(block.id) ?? [];
    return (
      <ReadingBlock
        key={block.id}
        block={block}
        text={model.text}
        runs={runs}
        runsKey={runsKey(runs, marks.activeFindingId)}
        activeFindingId={marks.activeFindingId}
        onFindingClick={onFindingClick}
      />
    );
  };

  return (
    <div className="reading-scroll" ref={containerRef} data-testid="document-scroll">
      <article className="reading" style={{ ['--reading-zoom' as string]: String(zoom) } as CSSProperties} aria-label="Document text">
        {items.map((item) =>
          item.type === 'block' ? (
            renderBlock(item.block)
          ) : (
            <div className="reading-table-wrap" key={item.key}>
              <table className="reading-table">
                <tbody>
                  {item.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell) => {
                        const runs = runsByBlock.get(cell.id) ?? [];
                        const Cell = cell.table?.header ? 'th' : 'td';
                        return (
                          <Cell key={cell.id} data-block-id={cell.id} data-start={cell.start}>
                            <TextRunSpans text={model.text} runs={runs} activeFindingId={marks.activeFindingId} onFindingClick={onFindingClick} />
                          </Cell>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ),
        )}
      </article>
    </div>
  );
}

interface BlockProps {
  block: Block;
  text: string;
  runs: TextRun[];
  runsKey: string;
  activeFindingId: number | null;
  onFindingClick(findingId: number): void;
}

const ReadingBlock = memo(
  function ReadingBlock({ block, text, runs, activeFindingId, onFindingClick }: BlockProps) {
    const content = <TextRunSpans text={text} runs={runs} activeFindingId={activeFindingId} onFindingClick={onFindingClick} />;
    const common = { 'data-block-id': block.id, 'data-start': block.start, 'data-page': block.page ?? undefined };
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, block.level + 1));
        const Heading = `h${level}` as 'h2';
        return (
          <Heading className={`reading-heading reading-h${level}`} {...common}>
            {content}
          </Heading>
        );
      }
      case 'list-item':
        return (
          <p className="reading-item" style={{ ['--level' as string]: String(Math.max(1, block.level)) } as CSSProperties} {...common}>
            {content}
          </p>
        );
      default:
        return (
          <p className="reading-paragraph" {...common}>
            {content}
          </p>
        );
    }
  },
  (a, b) => a.block === b.block && a.text === b.text && a.runsKey === b.runsKey && a.onFindingClick === b.onFindingClick,
);
