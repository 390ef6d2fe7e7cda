/**
 * How a line ends tells whether the next line may start a new item: after a finished sentence or a list
 * joiner ("; and") it may; after a word that points at a number ("… in Section", "version") the number on the
 * next line is the sentence going on ("… in Section\n7. This requirement …", "version\n2.0 of the License").
 */

/** A sentence or clause ended: ".", ":", ";", "!", "?" (also CJK), possibly inside closing quotes or brackets. */
export const SENTENCE_END = /[.!?:;。！？：；]["'”’)\]]*$/;

/** A list item's joiner: "…; and", "…, or". */
export const LIST_JOINER_END = /[;,]\s*(and|or)$/i;

/** A word that a number continues. */
export const REFERENCE_END =
  /(\b(sections?|articles?|clauses?|paragraphs?|subsections?|items?|parts?|schedules?|exhibits?|annex|appendix|versions?|chapters?|pages?|no|numbers?|rules?|and|or|of|to|the|in|under|at|by|than|with|per)|§)$/i;
