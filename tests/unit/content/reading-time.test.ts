import { describe, expect, it } from 'vitest';
import { countWords, readableText, readingMinutes } from '../../../src/lib/content/reading-time';

describe('reading time', () => {
  it('counts Arabic words, ignoring markup and link targets', () => {
    const mdx = '## عنوان القسم\n\nاقرأ [الدليل](/guides/cover-letter/) ثم **ابدأ** الآن.\n';
    expect(countWords(readableText(mdx))).toBe(7);
  });

  it('skips imports, code and tags', () => {
    const mdx = "import X from './x';\n\n<X client:visible />\n\n```js\nconst a = 1;\n```\n\nكلمتان فقط";
    expect(countWords(readableText(mdx))).toBe(2);
  });

  it('rounds up to whole minutes at 140 words a minute', () => {
    expect(readingMinutes('كلمة '.repeat(140))).toBe(1);
    expect(readingMinutes('كلمة '.repeat(141))).toBe(2);
    expect(readingMinutes('كلمة')).toBe(1);
    expect(readingMinutes('')).toBe(0);
  });
});
