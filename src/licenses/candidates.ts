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
  // Per reference, a flat list of hits [q0, p0, q1, p1, …]: document and reference word positions of a shared shingle.
  const hits: number[][] = library.references.map(() => []);
  for (let q = 0; q + SHINGLE_SIZE <= coreIds.length; q++) {
    let unknownAt = -1;
    for (let k = SHINGLE_SIZE - 1; k >= 0; k--) {
      if (coreIds[q + k] < 0) {
        unknownAt = k;
        break;
      }
    }
    if (unknownAt >= 0) {
      q += unknownAt; // no shingle containing this word can match
      continue;
    }
    const postings = library.shingles.get(shingleHash(coreIds, q));
    if (!postings) continue;
    for (let i = 0; i < postings.length; i++) {
      const posting = postings[i];
      hits[Math.floor(posting / POSTING_STRIDE)].push(q, posting % POSTING_STRIDE);
    }
  }

  const candidates: Candidate[] = [];
  for (let refIndex = 0; refIndex < hits.length; refIndex++) {
    const list = hits[refIndex];
    const ref = library.references[refIndex];
    const needed = Math.max(MIN_SHINGLE_HITS, Math.ceil(ref.shingleCount * MIN_SHINGLE_SHARE));
    if (list.length / 2 < needed) continue;
    const refTokens = ref.tokens.length;
    const slack = 20 + Math.ceil(refTokens * 0.05);
    for (const cluster of clusters(list, ref.core.length)) {
      if (cluster.distinct < needed) continue;
      const anchors = anchorChain(list, cluster.hits, core, ref);
      if (anchors.length === 0) continue;
      // Project the chain's ends onto the reference's ends: where the copy would start and stop.
      const from = anchors[0] - anchors[1];
      const to = anchors[anchors.length - 2] + (refTokens - anchors[anchors.length - 1]);
      candidates.push({
        ref,
        windowFrom: Math.max(0, from - slack),
        windowTo: Math.min(tokenCount, to + slack),
        shingleShare: cluster.distinct / ref.shingleCount,
        anchors,
      });
    }
  }
  return candidates.sort((a, b) => b.shingleShare - a.shingleShare);
}

interface Cluster {
  /** Indices (into the flat hit list, even) of the cluster's hits, in document order. */
  hits: number[];
  lastQ: number;
  lastDelta: number;
  /** Distinct reference shingles hit. */
  distinct: number;
  id: number;
}

/**
 * Groups hits (in document order) into copies of the reference. A copy's hits lie near one diagonal
 * (document position − reference position), drifting only by what was inserted or deleted; a stray shared phrase
 * elsewhere, or the next copy, lies on another diagonal or far away, and starts its own group.
 */
function clusters(list: number[], refCoreLength: number): Cluster[] {
  const maxGap = Math.max(100, Math.ceil(refCoreLength * 0.5));
  const maxDrift = Math.max(40, Math.ceil(refCoreLength * 0.3));
  const all: Cluster[] = [];
  const open: Cluster[] = [];
  // seenBy[p] = id of the last group that hit reference shingle p (counts distinct shingles without a Set per group).
  const seenBy = new Int32Array(refCoreLength).fill(-1);
  for (let i = 0; i < list.length; i += 2) {
    const q = list[i];
    const p = list[i + 1];
    const delta = q - p;
    // Of the open groups this hit could continue, the one with most hits: a copy whose diagonal drifts (a section
    // dropped or added) must not hand its hits over to a stray group it drifts towards.
    let best: Cluster | null = null;
    for (let c = open.length - 1; c >= 0; c--) {
      const cluster = open[c];
      if (q - cluster.lastQ > maxGap) {
        open.splice(c, 1); // hits come in document order: a group this far behind is closed
        continue;
      }
      if (Math.abs(delta - cluster.lastDelta) <= maxDrift && (!best || cluster.hits.length > best.hits.length)) best = cluster;
    }
    if (!best) {
      best = { hits: [], lastQ: q, lastDelta: delta, distinct: 0, id: all.length };
      open.push(best);
      all.push(best);
    }
    best.hits.push(i);
    best.lastQ = q;
    best.lastDelta = delta;
    if (seenBy[p] !== best.id) {
      seenBy[p] = best.id;
      best.distinct++;
    }
  }
  return all;
}

/**
 * The longest chain of hits increasing in both document and reference position (patience / LIS), expanded to
 * the word pairs each shingle covers. Hits off the chain are repeated phrases matched out of order.
 */
function anchorChain(list: number[], hitIndices: number[], core: Int32Array, ref: CompiledReference): Int32Array {
  const n = hitIndices.length;
  const tails: number[] = []; // tails[k] = hit ending the best chain of length k+1
  const previous = new Int32Array(n).fill(-1);
  const p = (h: number) => list[hitIndices[h] + 1];
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
    const q = list[hitIndices[h]];
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
