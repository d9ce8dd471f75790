/**
 * Notes meant for editors must not reach readers: bracketed remarks («[عنوان وصفي]»), parenthesised asides about
 * our copy of a source («(لم تذكر النسخة المحفوظة اسم الناشر)», «(العنوان بإملاء مصحح)»), and the stray space
 * before punctuation that a template leaves when an optional part is missing («الناشر) .»).
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, read, urlPathOf } from './site-files';

/** The text a reader sees: no scripts, styles, tags or attributes; entities decoded where they matter here. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const NOTES: [string, RegExp][] = [
  ['a bracketed note', /\[[^\]]{0,80}\]/u],
  ['a parenthesised note about a source', /\((?:لم |العنوان|النسخة|ملاحظة|عنوان وصفي)[^)]{0,80}\)/u],
  ['a remark about our saved copy of a source', /(?:لم|لا) (?:تذكر|يذكر) النسخة المحفوظة/u],
  ['a space before punctuation', /[\p{L}\p{N})»]\s+[.،؛](?=\s|$)/u],
];

describe('no editorial notes on pages', () => {
  const files = htmlFiles();

  it('finds none of them in the visible text of any page', () => {
    const found: string[] = [];
    for (const file of files) {
      const text = visibleText(read(file));
      for (const [what, pattern] of NOTES) {
        const m = pattern.exec(text);
        if (m) found.push(`${urlPathOf(file)}: ${what}: …${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}…`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would catch each kind of note (the patterns themselves work)', () => {
    const samples = ['[عنوان وصفي] هل يكفي', 'مقال (لم تذكر النسخة المحفوظة اسم الناشر)', 'الناشر) .'];
    for (const s of samples) expect(NOTES.some(([, p]) => p.test(visibleText(`<p>${s}</p>`))), s).toBe(true);
  });
});
