/**
 * Word's list number formats (ST_NumberFormat) as printed. Formats for scripts legal documents here do not use
 * (Chinese counting, Hebrew, …) fall back to decimal, which still gives the reader a usable reference.
 */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'ordinal':
      return ordinal(value);
    case 'cardinalText':
      return capitalise(cardinalWords(value));
    case 'ordinalText':
      return capitalise(ordinalWords(value));
    case 'none':
      return '';
    default:
      // decimal, decimalEnclosedParen, decimalEnclosedCircle, decimalFullWidth, … : the digits carry the meaning.
      return String(value);
  }
}

/** Word repeats the letter past z: 27 -> "AA", 28 -> "BB", 53 -> "AAA". */
function letters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  let rest = value;
  let out = '';
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

function ordinal(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return `${value}th`;
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function cardinalWords(value: number): string {
  if (value < 0 || value >= 1000) return String(value);
  if (value < 20) return ONES[value];
  if (value < 100) return TENS[Math.floor(value / 10)] + (value % 10 ? `-${ONES[value % 10]}` : '');
  return `${ONES[Math.floor(value / 100)]} hundred${value % 100 ? ` ${cardinalWords(value % 100)}` : ''}`;
}

const IRREGULAR_ORDINALS: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };

function ordinalWords(value: number): string {
  const words = cardinalWords(value);
  if (!/[a-z]$/.test(words)) return ordinal(value);
  const match = /([a-z]+)$/.exec(words)!;
  const last = match[1];
  const replaced = IRREGULAR_ORDINALS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return words.slice(0, match.index) + replaced;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
