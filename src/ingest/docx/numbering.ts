import { formatListNumber } from './number-format';
import type { StyleSheet } from './styles';
import { isOn, scanXmlTree } from './xml-scanner';

/**
 * Word list numbering (word/numbering.xml) turned into the numbers a reader sees. mammoth only says "ordered
 * list, level n"; legal documents are cited by their printed numbers ("4.2(b)"), so we run Word's counters.
 *
 * Word's rules, as implemented here (ECMA-376 §17.9, and what Word does where it departs from it):
 * - Counters belong to the abstract definition, so several w:num instances of one abstractNum continue one
 *   another; a w:num with a w:startOverride restarts that level the first time the instance is used at it.
 * - Using a level resets every deeper level, unless its w:lvlRestart says otherwise (0 = never restart,
 *   n = restart only when level n or a shallower one is used).
 * - w:lvlText "%1.%2." prints each level's current value in that level's format; w:isLgl prints them all as
 *   decimals; a level not yet used prints its start value.
 */
interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  restart: number | null;
  legal: boolean;
  paragraphStyle: string | null;
}

interface AbstractDefinition {
  levels: Map<number, LevelDefinition>;
  styleLink: string | null;
}

interface NumDefinition {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

export interface ListLabel {
  /** 0-based list level (w:ilvl). */
  level: number;
  /** The printed number ("1.", "(a)", "4.2"), or null for bullets and unnumbered levels. */
  label: string | null;
}

const MAX_LEVELS = 9;

export class ListNumbering {
  private readonly counters = new Map<string, Array<number | null>>();
  private readonly usedInstanceLevels = new Set<string>();

  private constructor(
    private readonly abstracts: Map<string, AbstractDefinition>,
    private readonly nums: Map<string, NumDefinition>,
    private readonly styles: StyleSheet,
  ) {}

  static parse(xml: string | null, styles: StyleSheet): ListNumbering {
    const abstracts = new Map<string, AbstractDefinition>();
    const nums = new Map<string, NumDefinition>();
    if (xml) readDefinitions(xml, abstracts, nums);
    return new ListNumbering(abstracts, nums, styles);
  }

  /**
   * The level a paragraph style is bound to by a w:lvl/w:pStyle link (how Word numbers heading styles when the
   * style itself gives only a numId).
   */
  levelForParagraphStyle(numId: string, styleId: string | null): number | undefined {
    if (!styleId) return undefined;
    const abstract = this.resolveAbstract(numId);
    if (!abstract) return undefined;
    for (const [ilvl, level] of abstract.definition.levels) if (level.paragraphStyle === styleId) return ilvl;
    return undefined;
  }

  /** Counts one numbered paragraph, in document order, and returns what Word prints before it. */
  next(numId: string, ilvl: number): ListLabel | null {
    const num = this.nums.get(numId);
    const abstract = this.resolveAbstract(numId);
    if (!num || !abstract || ilvl < 0 || ilvl >= MAX_LEVELS) return null;
    const level = this.level(num, abstract.definition, ilvl);
    if (!level) return null;

    let values = this.counters.get(abstract.id);
    if (!values) {
      values = new Array<number | null>(MAX_LEVELS).fill(null);
      this.counters.set(abstract.id, values);
    }
    const instanceLevel = `${numId}:${ilvl}`;
    let start = level.start;
    if (!this.usedInstanceLevels.has(instanceLevel)) {
      this.usedInstanceLevels.add(instanceLevel);
      const override = num.startOverrides.get(ilvl);
      if (override !== undefined) {
        values[ilvl] = null;
        start = override;
      }
    }
    values[ilvl] = values[ilvl] === null ? start : values[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = this.level(num, abstract.definition, deeper)?.restart ?? null;
      if (restart === 0) continue;
      if (restart === null || ilvl < restart) values[deeper] = null;
    }

    if (level.format === 'bullet') return { level: ilvl, label: null };
    const label = level.text
      .replace(/%([1-9])/g, (_whole, digit: string) => {
        const referenced = Number(digit) - 1;
        const definition = this.level(num, abstract.definition, referenced);
        if (!definition) return '';
        const value = values[referenced] ?? definition.start;
        return formatListNumber(value, level.legal ? 'decimal' : definition.format);
      })
      .trim();
    return { level: ilvl, label: label || null };
  }

  private level(num: NumDefinition, abstract: AbstractDefinition, ilvl: number): LevelDefinition | undefined {
    return num.levelOverrides.get(ilvl) ?? abstract.levels.get(ilvl);
  }

  /** Follows w:numStyleLink through numbering styles to the abstract definition that has the levels. */
  private resolveAbstract(numId: string): { id: string; definition: AbstractDefinition } | null {
    const seen = new Set<string>();
    let currentNum = numId;
    while (!seen.has(currentNum)) {
      seen.add(currentNum);
      const num = this.nums.get(currentNum);
      if (!num) return null;
      const definition = this.abstracts.get(num.abstractId);
      if (!definition) return null;
      if (!definition.styleLink) return { id: num.abstractId, definition };
      const linked = this.styles.numberingStyleNumId(definition.styleLink);
      if (!linked) return { id: num.abstractId, definition };
      currentNum = linked;
    }
    return null;
  }
}

function readDefinitions(xml: string, abstracts: Map<string, AbstractDefinition>, nums: Map<string, NumDefinition>): void {
  let abstract: AbstractDefinition | null = null;
  let num: NumDefinition | null = null;
  let level: (LevelDefinition & { ilvl: number }) | null = null;
  let overrideLevel: number | null = null;

  scanXmlTree(xml, {
    open(tag, path) {
      const parent = path[path.length - 1];
      const value = tag.attributes.get('w:val');
      if (tag.name === 'w:abstractNum' && path.length === 1) {
        abstract = { levels: new Map(), styleLink: null };
        abstracts.set(tag.attributes.get('w:abstractNumId') ?? '', abstract);
      } else if (tag.name === 'w:num' && path.length === 1) {
        num = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
        nums.set(tag.attributes.get('w:numId') ?? '', num);
      } else if (tag.name === 'w:numStyleLink' && parent === 'w:abstractNum' && abstract) {
        abstract.styleLink = value ?? null;
      } else if (tag.name === 'w:abstractNumId' && parent === 'w:num' && num) {
        num.abstractId = value ?? '';
      } else if (tag.name === 'w:lvlOverride' && parent === 'w:num') {
        overrideLevel = toLevel(tag.attributes.get('w:ilvl'));
      } else if (tag.name === 'w:startOverride' && parent === 'w:lvlOverride' && num && overrideLevel !== null) {
        const start = toNumber(value);
        if (start !== undefined) num.startOverrides.set(overrideLevel, start);
      } else if (tag.name === 'w:lvl' && (parent === 'w:abstractNum' || parent === 'w:lvlOverride')) {
        // Some writers omit w:ilvl on the only level; mammoth and Word then treat it as level 0.
        const ilvl = toLevel(tag.attributes.get('w:ilvl')) ?? overrideLevel ?? 0;
        level = { ilvl, start: 1, format: 'decimal', text: '', restart: null, legal: false, paragraphStyle: null };
        if (parent === 'w:abstractNum' && abstract) abstract.levels.set(ilvl, level);
        else if (num) num.levelOverrides.set(ilvl, level);
      } else if (level && parent === 'w:lvl') {
        if (tag.name === 'w:start') level.start = toNumber(value) ?? 1;
        else if (tag.name === 'w:numFmt') level.format = value ?? 'decimal';
        else if (tag.name === 'w:lvlText') level.text = value ?? '';
        else if (tag.name === 'w:lvlRestart') level.restart = toNumber(value) ?? null;
        else if (tag.name === 'w:isLgl') level.legal = isOn(value);
        else if (tag.name === 'w:pStyle') level.paragraphStyle = value ?? null;
      }
    },
    close(name) {
      if (name === 'w:lvl') level = null;
      else if (name === 'w:lvlOverride') overrideLevel = null;
      else if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:num') num = null;
    },
  });
}

function toNumber(value: string | undefined): number | undefined {
  return value !== undefined && /^\s*-?\d+\s*$/.test(value) ? Number(value) : undefined;
}

function toLevel(value: string | undefined): number | null {
  const n = toNumber(value);
  return n !== undefined && n >= 0 && n < MAX_LEVELS ? n : null;
}
