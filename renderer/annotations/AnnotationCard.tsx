/**
 * One of counsel's highlights in the review sidebar: where it is, the words it marks, and its category (the
 * highlight's colour), comment and tags, each editable in place and saved as typed; Delete can be undone.
 */
import { memo, useEffect, useRef, useState, type CSSProperties } from 'react';
import { useAnnotationsStore, type Annotation, type AnnotationCategory } from '../state/annotations';
import { ANNOTATION_CATEGORY_CHOICES, annotationLabel, annotationVars } from './annotationColours';
import { parseTags } from './sidebarFilters';

interface Props {
  annotation: Annotation;
  active: boolean;
  /** Just created: the comment box takes the keyboard. */
  fresh: boolean;
  onShow(annotation: Annotation): void;
}

const QUOTE_PREVIEW = 240;

export const AnnotationCard = memo(function AnnotationCard({ annotation, active, fresh, onShow }: Props) {
  const store = useAnnotationsStore.getState;
  const commentRef = useRef<HTMLTextAreaElement>(null);
  // The tags box keeps what the reviewer typed (commas, a half-typed tag); the store keeps the parsed list.
  const [tagsText, setTagsText] = useState(annotation.tags.join(', '));
  const tagsFocused = useRef(false);
  useEffect(() => {
    if (!tagsFocused.current) setTagsText(annotation.tags.join(', '));
  }, [annotation.tags]);
  useEffect(() => {
    if (fresh) commentRef.current?.focus();
  }, [fresh]);

  const id = annotation.id;
  const quote = annotation.quote.length > QUOTE_PREVIEW ? `${annotation.quote.slice(0, QUOTE_PREVIEW).trimEnd()}…` : annotation.quote;
  const labelId = `annotation-${id}-label`;
  return (
    <li
      className={`annotation-card${active ? ' active' : ''}`}
      style={annotationVars(annotation.category) as CSSProperties}
      data-annotation-id={id}
      data-category={annotation.category}
      aria-labelledby={labelId}
      onFocus={() => {
        if (!active) store().setActive(id);
      }}
    >
      <div className="finding-head">
        <span className="annotation-kind">{annotationLabel(annotation.category)}</span>
        {annotation.page !== null && <span className="finding-page">p. {annotation.page}</span>}
        {annotation.anchorStatus !== 'anchored' && (
          <span className="tag tag-modified" title="Carried over from an earlier version: check it still marks the right words">
            {annotation.anchorStatus === 'orphaned' ? 'not found' : 'needs confirmation'}
          </span>
        )}
        <span className="annotation-status" data-testid="annotation-status">
          Counsel’s own
        </span>
      </div>
      <button type="button" className="finding-quote" id={labelId} onClick={() => onShow(annotation)} aria-current={active ? 'true' : undefined}>
        “{quote}”
      </button>
      <label className="annotation-field">
        <span className="visually-hidden">Comment</span>
        <textarea
          ref={commentRef}
          className="annotation-comment"
          value={annotation.comment}
          placeholder="Add a comment…"
          rows={annotation.comment ? Math.min(8, Math.max(2, Math.ceil(annotation.comment.length / 46))) : 2}
          onChange={(e) => store().editComment(id, e.target.value)}
          onBlur={() => void store().flushEdits(id)}
        />
      </label>
      <div className="annotation-row">
        <label className="annotation-tags">
          <span className="annotation-field-label">Tags</span>
          <input
            type="text"
            value={tagsText}
            placeholder="e.g. follow-up, board"
            onFocus={() => (tagsFocused.current = true)}
            onChange={(e) => {
              setTagsText(e.target.value);
              store().editTags(id, parseTags(e.target.value));
            }}
            onBlur={() => {
              tagsFocused.current = false;
              setTagsText(parseTags(tagsText).join(', '));
              void store().flushEdits(id);
            }}
          />
        </label>
      </div>
      <div className="finding-actions">
        <label className="finding-recategorise annotation-recolour">
          <span className="visually-hidden">Category of this highlight</span>
          <select value={annotation.category} onChange={(e) => void store().update(id, { category: e.target.value as AnnotationCategory })}>
            {ANNOTATION_CATEGORY_CHOICES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn-small btn-quiet btn-danger-text" onClick={() => void store().remove(id)}>
          Delete
        </button>
      </div>
      <p className="finding-rule">
        {annotation.author} · {formatWhen(annotation.updatedAt)}
      </p>
    </li>
  );
});

function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
