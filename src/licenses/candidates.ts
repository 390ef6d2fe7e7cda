import { POSTING_STRIDE, SHINGLE_SIZE, shingleHash, type CompiledLibrary, type CompiledReference } from './reference-index';

/**
 * Candidate selection: which references share enough word shingles with the document to be worth aligning, and
 * where in the document. Cheap (one hash lookup per word), so the expensive alignment only runs on a few
 * reference/region pairs even for a 100-page agreement.
 */

/** Share of a reference's shingles the document must contain before the reference is aligned at all. A copy with
 * one edit every ten words still keeps about half of its shingles, so this is deliberately low. */
const MIN_SHINGLE_SHARE = 0.2;
const MIN_SHINGLE_HITS = 6;

export interface Candidate {
  ref: CompiledReference;
  /** Document token window to align, [from, to). */
  windowFrom: number;
  windowTo: number;
  /** Share of the reference's shingles found in this part of the document. */
  shingleShare: number;
  /**
   * Word pairs known to be equal (document token index, reference token index), increasing in both: the
   * longest consistent chain of shared shingles. The alignment only has to diff the gaps between them.
   */
  anchors: Int32Array;
}

/**
 * @param coreIds interned ids of the document's `word` tokens (-1 for words no reference uses)
 * @param core token index of each of those words
 * @param tokenCount number of document tokens
 */
export function findCandidates(library: CompiledLibrary, coreIds: Int32Array, core: Int32Array, tokenCount: number): Candidate[] {
  const hits = new Map<number, number[]>(); // reference index -> flat [q0, p0, q1, p1, …]
  for (let q = 0; q + SHINGLE_SIZE <= coreIds.length; q++) {
    let known = true;
    for (let k = 0; k < SHINGLE_SIZE; k++) {
      if (coreIds[q + k] < 0) {
        known = false;
        q += k; // no shingle containing this word can match
        break;
      }
    }
    if (!known) continue;
    const postings = library.shingles.get(shingleHash(coreIds, q));
    if (!postings) continue;
    for (const posting of postings) {
      const refIndex = Math.floor(posting / POSTING_STRIDE);
      const p = posting % POSTING_STRIDE;
      const list = hits.get(refIndex);
      if (list) list.push(q, p);
      else hits.set(refIndex, [q, p]);
    }
  }

  const candidates: Candidate[] = [];
  for (const [refIndex, list] of hits) {
    const ref = library.references[refIndex];
    const needed = Math.max(MIN_SHINGLE_HITS, Math.ceil(ref.shingleCount * MIN_SHINGLE_SHARE));
    if (list.length / 2 < needed) continue;
    const refTokens = ref.tokens.length;
    const slack = 20 + Math.ceil(refTokens * 0.05);
    for (const cluster of clusters(list, ref.core.length)) {
      if (cluster.distinct < needed) continue;
      // Each hit projects where the reference would start and end if the copy were verbatim around it.
      let from = Infinity;
      let to = -Infinity;
      for (let i = cluster.from; i < cluster.to; i += 2) {
        const docToken = core[list[i]];
        const refToken = ref.core[list[i + 1]];
        from = Math.min(from, docToken - refToken);
        to = Math.max(to, docToken + (refTokens - refToken));
      }
      const firstHit = core[list[cluster.from]];
      const lastHit = core[list[cluster.to - 2]];
      candidates.push({
        ref,
        windowFrom: Math.max(0, from - slack, firstHit - refTokens - slack),
        windowTo: Math.min(tokenCount, to + slack, lastHit + refTokens + slack),
        shingleShare: cluster.distinct / ref.shingleCount,
        anchors: anchorChain(list, cluster, core, ref),
      });
    }
  }
  return candidates.sort((a, b) => b.shingleShare - a.shingleShare);
}

interface Cluster {
  /** Range of the cluster's hits in the flat hit list, [from, to). */
  from: number;
  to: number;
  /** Distinct reference shingles hit. */
  distinct: number;
}

/** Groups hits (in document order) into separate copies: a long stretch of document without hits ends a copy. */
function clusters(list: number[], refCoreLength: number): Cluster[] {
  const maxGap = Math.max(100, Math.ceil(refCoreLength * 0.5));
  const out: Cluster[] = [];
  let seen = new Set<number>();
  let current: Cluster | null = null;
  for (let i = 0; i < list.length; i += 2) {
    if (!current || list[i] - list[current.to - 2] > maxGap) {
      current = { from: i, to: i, distinct: 0 };
      out.push(current);
      seen = new Set();
    }
    current.to = i + 2;
    const p = list[i + 1];
    if (!seen.has(p)) {
      seen.add(p);
      current.distinct++;
    }
  }
  return out;
}

/**
 * The longest chain of hits increasing in both document and reference position (patience / LIS), expanded to
 * the word pairs each shingle covers. Hits off the chain are repeated phrases matched out of order.
 */
function anchorChain(list: number[], cluster: Cluster, core: Int32Array, ref: CompiledReference): Int32Array {
  const n = (cluster.to - cluster.from) / 2;
  const tails: number[] = []; // tails[k] = hit index ending the best chain of length k+1
  const previous = new Int32Array(n).fill(-1);
  const p = (h: number) => list[cluster.from + 2 * h + 1];
  for (let h = 0; h < n; h++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p(tails[mid]) < p(h)) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[h] = tails[lo - 1];
    tails[lo] = h;
  }
  const chain: number[] = [];
  for (let h = tails.length > 0 ? tails[tails.length - 1] : -1; h >= 0; h = previous[h]) chain.push(h);
  chain.reverse();
  const pairs: number[] = [];
  let lastDoc = -1;
  let lastRef = -1;
  for (const h of chain) {
    const q = list[cluster.from + 2 * h];
    const refCore = p(h);
    for (let k = 0; k < SHINGLE_SIZE; k++) {
      const docToken = core[q + k];
      const refToken = ref.core[refCore + k];
      if (docToken <= lastDoc || refToken <= lastRef) continue;
      pairs.push(docToken, refToken);
      lastDoc = docToken;
      lastRef = refToken;
    }
  }
  return Int32Array.from(pairs);
}
