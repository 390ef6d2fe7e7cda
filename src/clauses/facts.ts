/**
 * Facts pulled out of a clause as data: thresholds with their numbers, required notice text, naming prefixes,
 * policy addresses, excluded territories, purpose limits and governing law. Each extractor reads the unit's
 * original text and returns nothing when the fact is not stated.
 */
import type { FactName } from './rules/types';
import type { FindingFacts } from './types';
import { GOVERNED_BY_PLACE_LAW, LAW_BY_ADJECTIVE } from './rules/vocabulary';

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mm: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

/** "700 million", "100,000,000", "1.5 billion", "$1M" -> number. */
export function parseAmount(digits: string, scale?: string): number | null {
  const n = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const factor = scale ? SCALE[scale.toLowerCase()] ?? 1 : 1;
  return Math.round(n * factor);
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|mm|mn|bn|[kmb])?\b`;
const MAU = new RegExp(`${NUMBER}\\s+(?:monthly active users|mau|monthly users|daily active users)`, 'i');
const DAU = new RegExp(`${NUMBER}\\s+(?:daily active users|dau)`, 'i');
const DAU_AFTER = new RegExp(`(?:daily active users|\\bdau\\b)[^.;]{0,120}?(?:greater than|more than|exceed(?:s|ed|ing)?|over|above|at least)\\s+${NUMBER}`, 'i');
const MAU_AFTER = new RegExp(`(?:monthly active users|\\bmau\\b)[^.;]{0,120}?(?:greater than|more than|exceed(?:s|ed|ing)?|over|above|at least)\\s+${NUMBER}`, 'i');

/** Use counted per month: "1 million visits per month", "10,000,000 API calls a month", "5 million monthly requests". */
const USAGE = new RegExp(
  `${NUMBER}\\s+(?:(monthly)\\s+)?(visits|page ?views|requests|api calls|calls|queries)\\b(?:\\s+(?:per|a|each|every)\\s+(?:calendar\\s+)?(month))?`,
  'i',
);

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '₹': 'INR' };
const CURRENCY_CODES = /\b(USD|US\$|US ?dollars|EUR|euros?|GBP|pounds sterling|CNY|RMB|yuan|JPY|CAD|AUD|INR|CHF)\b/i;
const REVENUE = new RegExp(
  String.raw`(?:(USD|US\$|US|EUR|GBP|CNY|RMB)\s*)?([$€£¥₹])?\s?${NUMBER}(?:\s*(USD|EUR|GBP|CNY|RMB|dollars|euros))?[^.;]{0,60}?\b(?:annual|yearly|gross|total)?\s*(?:revenues?|turnover|sales|income)\b`,
  'i',
);
const REVENUE_AFTER = new RegExp(
  String.raw`\b(?:revenues?|turnover)\b[^.;]{0,80}?(?:of|exceed(?:s|ing)?|reach(?:es|ing)?|greater than|more than|less than|in excess of|at least|over|above|below|under)\s+(?:(USD|US\$|US|EUR|GBP|CNY|RMB)\s*)?([$€£¥₹])?\s?${NUMBER}(?:\s*(USD|EUR|GBP|CNY|RMB|dollars|euros))?`,
  'i',
);

/** Text in quotes after "notice", "display", "state" …: the words that must be shown. */
const NOTICE_TEXT =
  /\b(?:display|displays|displaying|state|stating|include|including|notice|notices|legend|credit|attribution)[^"“]{0,40}?(?::\s*)?["“]([^"”]{3,300})["”]/i;
const NAME_PREFIX =
  /["“]([^"”]{1,40})["”]\s+(?:(?:at|to) the (?:beginning|start|front) of|as (?:a|the) prefix (?:of|to)|in front of)\s+(?:any|the|each|such|all)?\s*(?:such\s+)?(?:(?:ai|derivative|derived)\s+)?(?:model|product|derivative)?\s*names?/i;
const NAME_MUST_BEGIN = /\bnames?\b[^.;]{0,60}\b(?:begin|start|be prefixed)s?\s+with\s+["“]([^"”]{1,40})["”]/i;
// A host is at most a few labels of 63 characters: unbounded, a long run like "1.1.1.…" was read again from every label.
const URL = /\bhttps?:\/\/[^\s)\]>"”]+|\b(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:com|ai|org|dev|io|net)\/[^\s)\]>"”,]*[^\s)\]>"”,.;]/i;

const TERRITORIES: Array<[RegExp, string]> = [
  [/\beuropean union\b|\bthe eu\b|\beu[- ]based\b/i, 'European Union'],
  [/\beuropean economic area\b|\beea\b/i, 'European Economic Area'],
  [/\bunited kingdom\b|\bthe uk\b/i, 'United Kingdom'],
  [/\bswitzerland\b/i, 'Switzerland'],
  [/\bchina\b|\bprc\b/i, 'China'],
  [/\brussia\b/i, 'Russia'],
  [/\biran\b/i, 'Iran'],
  [/\bnorth korea\b/i, 'North Korea'],
  [/\bsouth korea\b|\brepublic of korea\b/i, 'South Korea'],
  [/\bcuba\b/i, 'Cuba'],
  [/\bsyria\b/i, 'Syria'],
  [/\bembargoed? (?:countr(?:y|ies)|territor(?:y|ies))|countr(?:y|ies) (?:that is |that are )?subject to (?:an )?embargo/i, 'embargoed countries'],
  [/\boutside (?:of )?the supported countries/i, 'countries outside the supported list'],
];

const PURPOSES: Array<[RegExp, string]> = [
  [/\bnon-?commercial|\bother than (?:for )?commercial|not (?:for|primarily intended for) commercial|\bnot\b[^.;]{0,160}\b(?:commercial advantage|monetary compensation)/i, 'non-commercial'],
  [/\bresearch\b/i, 'research'],
  [/\bevaluation\b|\bevaluate\b/i, 'evaluation'],
  [/\bnon-?production\b|other than[^.;]{0,30}production|\bnot (?:use|exploit|deploy)\b[^.;]{0,50}\bfor (?:any )?production\b/i, 'non-production'],
  [/\bpersonal use\b|\bhobby/i, 'personal'],
  [/\beducational?\b|\bacademic\b/i, 'academic'],
];

/**
 * A proper name ending in what it names, an agreement or the material ("this Acme Model RESEARCH LICENSE AGREEMENT",
 * "the Acme Research Model"): a grant made under it, or of it, is not limited to research by the name. Words in
 * capitals that make a sentence ("FOR RESEARCH PURPOSES ONLY AND THIS LICENSE") are no name; "Research Purposes" names
 * a purpose and stays.
 */
const NAME_WORD = String.raw`(?!(?:AND|OR|FOR|THE|THIS|THAT|ONLY|OF|TO|IN|ON|IS|ARE|BY|WITH|UNDER|ANY|ALL|SUCH|ITS|YOUR|NOT|SOLELY|PURPOSES?|USES?)\b)[A-Z][\w'’.-]*`;
const PROPER_NAME = new RegExp(
  String.raw`\b(?:${NAME_WORD}\s+){1,6}(?:Licen[cs]e|LICEN[CS]E|Agreement|AGREEMENT|Models?|MODELS?|Materials?|MATERIALS?|Weights|WEIGHTS|Software|SOFTWARE|Checkpoints?|CHECKPOINTS?)\b(?:\s+(?:Agreement|AGREEMENT))?`,
  'g',
);

/**
 * The place named after "laws of": a country, a state, or both ("the United States and the State of California"; a
 * second place's "State of", "Commonwealth of" … is part of its name).
 */
const GOVERNING_LAW =
  /\b(?:governed (?:by|under)|construed (?:in accordance with|under)|laws of)\b[^.;]{0,40}?\blaws? of\s+(?:the\s+)?((?:[Ss]tate of |[Cc]ommonwealth of |[Rr]epublic of |[Pp]eople['’]?s [Rr]epublic of )?[A-Z][A-Za-z]+(?:\s+(?:and\s+(?:the\s+)?)?(?:(?:[Ss]tate|[Cc]ommonwealth|[Rr]epublic|[Pp]rovince) of\s+)?[A-Z][A-Za-z]+){0,5})/;
/** What follows a place without being one: "without regard to …", "excluding …", "and the courts of …". */
const AFTER_PLACE = /\s+(?:without|excluding|and the (?!(?:[Ss]tate|[Cc]ommonwealth|[Rr]epublic|[Pp]rovince|[Uu]nited|[Ff]ederal|[Pp]eople)\b))\b.*$/;
const GOVERNING_LAW_SIMPLE = /\blaws of\s+(?:the\s+)?((?:[Ss]tate of |[Cc]ommonwealth of |[Rr]epublic of )?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})/;
/** A forum named without a governing-law phrase: "resolved in a competent court in Ireland", "the courts of Ontario". */
// With the state or country that places a city or county ("San Francisco, California", "Tarrant County, Texas"): the
// city alone leaves counsel to guess which one is meant. A second court named before it ("Wichita County or Tarrant
// County, Texas") stays the first place alone, as comparison reads a court named alongside another. A word that opens the next clause
// ("…, Customer agrees") is no part of the place.
const PLACE_NAME = String.raw`[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3}`;
const PLACE_TAIL = String.raw`,\s+(?!(?:Customer|Licensee|Licensor|You|Your|We|Each|Either|Both|The|This|These|Any|In|If|Notwithstanding|Such|Company|Provider)\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}`;
const COURT_PLACE = new RegExp(
  String.raw`\bcourts? (?:of|in|located in)\s+(?:the\s+)?((?:[Ss]tate of |[Rr]epublic of )?${PLACE_NAME}(?:${PLACE_TAIL})?)`,
);

type Extractor = (text: string, facts: FindingFacts) => void;

const EXTRACTORS: Record<FactName, Extractor> = {
  mauThreshold(text, facts) {
    const m = MAU.exec(text) ?? MAU_AFTER.exec(text);
    if (!m) return;
    const n = parseAmount(m[1], m[2]);
    if (n) facts.mauThreshold = n;
  },
  dauThreshold(text, facts) {
    const m = DAU.exec(text) ?? DAU_AFTER.exec(text);
    if (!m) return;
    const n = parseAmount(m[1], m[2]);
    if (n) facts.dauThreshold = n;
  },
  usageThreshold(text, facts) {
    const m = USAGE.exec(text);
    // Counted per month only: "100 requests per minute" is a rate limit of a service, not a threshold of a licence.
    if (!m || !(m[3] || m[5])) return;
    const n = parseAmount(m[1], m[2]);
    if (!n) return;
    facts.usageThreshold = n;
    // Lower case as in a sentence, acronyms kept ("API calls per month").
    facts.usageUnit = `${m[4].replace(/\s+/g, ' ').replace(/\b(?![A-Z]{2,}\b)\w+/g, (w) => w.toLowerCase())} per month`;
  },
  revenueThreshold(text, facts) {
    const m = REVENUE.exec(text);
    if (m) {
      const n = parseAmount(m[3], m[4]);
      if (n && n >= 1000) {
        facts.revenueThreshold = n;
        facts.currency = currencyOf(m[1] ?? m[2] ?? m[5] ?? '', text);
        return;
      }
    }
    const a = REVENUE_AFTER.exec(text);
    if (a) {
      const n = parseAmount(a[3], a[4]);
      if (n && n >= 1000) {
        facts.revenueThreshold = n;
        facts.currency = currencyOf(a[1] ?? a[2] ?? a[5] ?? '', text);
      }
    }
  },
  noticeText(text, facts) {
    // The first quoted text after a notice word, skipping file names ("in a “Notice” text file: “Licensed by …”").
    const re = new RegExp(NOTICE_TEXT.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const rest = text.slice(m.index + m[0].length);
      if (/^\s*(?:text )?file\b/i.test(rest)) {
        const quoted = /^\s*(?:text )?file\b[^"“.;]{0,60}?:\s*["“]([^"”]{3,300})["”]/i.exec(rest);
        if (quoted) {
          facts.noticeText = quoted[1].trim();
          return;
        }
        re.lastIndex = m.index + m[0].length;
        continue;
      }
      // A quoted word ("a “Notice” text file that contains the following notice: “…”") read from its closing
      // quote: the words between two quotations are no notice; read on from them.
      if (/^\s/.test(m[1])) {
        re.lastIndex = m.index + m[0].length - m[1].length - 1;
        continue;
      }
      facts.noticeText = m[1].trim();
      return;
    }
  },
  namePrefix(text, facts) {
    const m = NAME_PREFIX.exec(text) ?? NAME_MUST_BEGIN.exec(text);
    if (m) facts.namePrefix = m[1].trim();
  },
  policyUrl(text, facts) {
    const m = URL.exec(text);
    if (m) facts.policyUrl = m[0].replace(/\\_/g, '_').replace(/[.,;:]+$/, '');
  },
  excludedTerritories(text, facts) {
    const found = TERRITORIES.filter(([re]) => re.test(text)).map(([, name]) => name);
    if (found.length) facts.excludedTerritories = found;
  },
  purposeLimits(text, facts) {
    const unnamed = text.replace(PROPER_NAME, ' ');
    const found = PURPOSES.filter(([re]) => re.test(unnamed)).map(([, name]) => name);
    if (found.length) facts.purposeLimits = found;
  },
  jurisdiction(text, facts) {
    const m = GOVERNING_LAW.exec(text) ?? GOVERNING_LAW_SIMPLE.exec(text) ?? COURT_PLACE.exec(text);
    if (m) facts.jurisdiction = m[1].replace(AFTER_PLACE, '').trim();
    else {
      const adjective = LAW_BY_ADJECTIVE.exec(text) ?? GOVERNED_BY_PLACE_LAW.exec(text);
      if (adjective) facts.jurisdiction = `${adjective[1]} law`;
    }
  },
};

function currencyOf(marker: string, text: string): string {
  const symbol = CURRENCY_SYMBOLS[marker];
  if (symbol) return symbol;
  const upper = marker.toUpperCase();
  if (upper === 'US' || upper === 'US$' || upper === 'USD' || upper === 'DOLLARS') return 'USD';
  if (upper === 'EUR' || upper === 'EUROS') return 'EUR';
  if (upper === 'RMB' || upper === 'CNY') return 'CNY';
  if (upper) return upper;
  const code = CURRENCY_CODES.exec(text);
  if (code) {
    const c = code[1].toUpperCase();
    if (c.startsWith('US')) return 'USD';
    if (c.startsWith('EURO')) return 'EUR';
    if (c === 'RMB' || c === 'YUAN') return 'CNY';
    if (c.startsWith('POUND')) return 'GBP';
    return c;
  }
  const sym = /[$€£¥₹]/.exec(text);
  return sym ? CURRENCY_SYMBOLS[sym[0]] : 'unspecified';
}

/** Runs the named extractors over `text`, adding what they find to `facts`. */
export function extractFacts(names: FactName[], text: string, facts: FindingFacts): FindingFacts {
  for (const name of names) EXTRACTORS[name](text, facts);
  return facts;
}
