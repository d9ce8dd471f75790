/**
 * A story's pull quote is a sentence of the story's own text on the site, copied exactly, so it never puts words
 * in a seller's mouth; every story says its lesson in one line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(__dirname, '../../../content/stories');
const stories = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(path.join(dir, f), 'utf8')) ?? [];
    return { file: f, data: parse(front) as { pullQuote?: string; lessonLine?: string }, body };
  });

/** The body as a reader sees its words: no emphasis marks, link text without its address. */
const readable = (mdx: string) => mdx.replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

describe('stories’ pull quotes and lessons', () => {
  it('every story has a pull quote taken word for word from its own text, outside any quotation marks', () => {
    expect(stories.length).toBeGreaterThan(5);
    for (const s of stories) {
      const quote = s.data.pullQuote;
      expect(quote, s.file).toBeDefined();
      const text = readable(s.body);
      expect(text, s.file).toContain(quote);
      // Not the seller's quoted words: the sentence stands outside «…» in the story.
      const at = text.indexOf(quote!);
      const before = text.slice(0, at);
      expect((before.match(/«/g) ?? []).length, s.file).toBe((before.match(/»/g) ?? []).length);
    }
  });

  it('every story says its lesson in one line of its own, not a sentence of the story repeated', () => {
    for (const s of stories) {
      expect(s.data.lessonLine?.length, s.file).toBeGreaterThan(10);
      expect(readable(s.body), s.file).not.toContain(s.data.lessonLine);
    }
  });
});
