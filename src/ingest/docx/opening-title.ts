import { isHeadingLine } from '../text/headings';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** Where the particulars after a title start: a version, a date, a year, a web address. */
const PARTICULARS = new RegExp(`^(.+?)[\\s,;–—-]+(?=(?:version|v)\\s*\\d|${MONTH}\\s+\\d|\\d{1,2}\\s+${MONTH}|https?://|www\\.|\\(?(?:19|20)\\d\\d\\b)`, 'i');

/**
 * The title an opening line gives before its particulars: "Apache License Version 2.0, January 2004
 * http://www.apache.org/licenses/" (a text's title lines joined into one Word paragraph) is titled "Apache License".
 * null when the line is not a title followed by a version, date or address.
 */
export function titleBeforeParticulars(line: string): string | null {
  if (line.length > 160) return null;
  const match = PARTICULARS.exec(line);
  if (!match) return null;
  const title = match[1].trim();
  return isHeadingLine(title) ? title : null;
}
