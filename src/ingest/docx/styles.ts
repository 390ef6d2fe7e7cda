import { isOn, scanXmlTree } from './xml-scanner';

/**
 * What the importer needs from word/styles.xml: which paragraph styles are headings (by their built-in name,
 * which Word stores in English whatever the UI language, or by outline level), which character styles are
 * bold (mammoth reports only direct bold, but defined terms are usually bold through a style such as
 * "Strong"), and which styles carry list numbering.
 */
interface StyleDefinition {
  id: string;
  type: string;
  name: string | null;
  basedOn: string | null;
  bold?: boolean;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  isDefault: boolean;
}

export interface StyleNumbering {
  numId: string | undefined;
  ilvl: number | undefined;
}

const HEADING_NAME = /^heading\s*([1-9])$/i;

export class StyleSheet {
  private constructor(private readonly styles: Map<string, StyleDefinition>) {}

  static parse(xml: string | null): StyleSheet {
    const styles = new Map<string, StyleDefinition>();
    if (!xml) return new StyleSheet(styles);
    let current: StyleDefinition | null = null;
    scanXmlTree(xml, {
      open(tag, path) {
        const parent = path[path.length - 1];
        if (tag.name === 'w:style' && parent === 'w:styles') {
          current = {
            id: tag.attributes.get('w:styleId') ?? '',
            type: tag.attributes.get('w:type') ?? 'paragraph',
            name: null,
            basedOn: null,
            isDefault: isOn(tag.attributes.get('w:default') ?? '0'),
          };
          return;
        }
        if (!current || path[1] !== 'w:style') return;
        const value = tag.attributes.get('w:val');
        const inStyle = path.length === 2;
        if (inStyle && tag.name === 'w:name') current.name = value ?? null;
        else if (inStyle && tag.name === 'w:basedOn') current.basedOn = value ?? null;
        else if (path.length === 3 && parent === 'w:rPr' && tag.name === 'w:b') current.bold = isOn(value);
        else if (path.length === 3 && parent === 'w:pPr' && tag.name === 'w:outlineLvl') current.outlineLevel = toInt(value);
        else if (path.length === 4 && parent === 'w:numPr' && tag.name === 'w:numId') current.numId = value;
        else if (path.length === 4 && parent === 'w:numPr' && tag.name === 'w:ilvl') current.ilvl = toInt(value);
      },
      close(name, _end, path) {
        if (name === 'w:style' && path.length === 1 && current) {
          if (current.id) styles.set(current.id, current);
          current = null;
        }
      },
    });
    return new StyleSheet(styles);
  }

  name(styleId: string | null): string | null {
    return (styleId && this.styles.get(styleId)?.name) || null;
  }

  /** Heading level 1–6 of a paragraph style (Title counts as 1), or null for body styles. */
  headingLevel(styleId: string | null): number | null {
    for (const style of this.chain(styleId)) {
      const name = style.name?.trim() ?? '';
      const heading = HEADING_NAME.exec(name);
      if (heading) return Math.min(6, Number(heading[1]));
      if (/^title$/i.test(name)) return 1;
    }
    for (const style of this.chain(styleId)) {
      // outlineLvl 9 means body text.
      if (style.outlineLevel !== undefined) return style.outlineLevel >= 0 && style.outlineLevel < 9 ? Math.min(6, style.outlineLevel + 1) : null;
    }
    return null;
  }

  isTitle(styleId: string | null): boolean {
    return this.chain(styleId).some((style) => /^title$/i.test(style.name?.trim() ?? ''));
  }

  /** Whether a character style (through its basedOn chain) makes text bold. */
  isBold(styleId: string | null): boolean {
    for (const style of this.chain(styleId)) if (style.bold !== undefined) return style.bold;
    return false;
  }

  /** The list a paragraph style puts its paragraphs in, inherited through basedOn. */
  paragraphNumbering(styleId: string | null): StyleNumbering | null {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const style of this.chain(styleId ?? this.defaultParagraphStyle())) {
      numId ??= style.numId;
      ilvl ??= style.ilvl;
    }
    return numId === undefined && ilvl === undefined ? null : { numId, ilvl };
  }

  /** w:numStyleLink points at a numbering style, which names the list (numId) that really defines the levels. */
  numberingStyleNumId(styleId: string): string | undefined {
    return this.styles.get(styleId)?.numId;
  }

  private defaultParagraphStyle(): string | null {
    for (const style of this.styles.values()) if (style.type === 'paragraph' && style.isDefault) return style.id;
    return null;
  }

  private chain(styleId: string | null): StyleDefinition[] {
    const out: StyleDefinition[] = [];
    const seen = new Set<string>();
    let id = styleId;
    while (id && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      out.push(style);
      id = style.basedOn;
    }
    return out;
  }
}

function toInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
