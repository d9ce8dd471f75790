/**
 * Guides must not read like one template: no sentence opening (its first three words) in the introductions of
 * more than three guides, and no closing heading shared by more than three. Lengths are reported, never bounded
 * to a quota here: each guide is as long as its topic needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, readableText } from '../../../src/lib/content/reading-time';

const dir = path.resolve(__dirname, '../../../content/guides');
const MAX_SHARED = 3;

const guides = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    return { file: `guides/${f}`, body };
  });

/** Words without tashkeel, tatweel or punctuation, so «في هذا الدليلِ،» and «في هذا الدليل» are one pattern. */
function plainWords(sentence: string): string[] {
  return sentence
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** First three words of every sentence of the introduction (the text before the first `##`), once per guide. */
export function openingPatterns(body: string): Set<string> {
  const intro = body.split(/^## /m)[0] ?? '';
  const prose = intro
    .split('\n')
    .filter((l) => l.trim() && !/^(import |>|<)/.test(l.trim()))
    .join('\n');
  const out = new Set<string>();
  for (const sentence of prose.split(/[.؟?!:\n]+/)) {
    const w = plainWords(sentence);
    if (w.length >= 3) out.add(w.slice(0, 3).join(' '));
  }
  return out;
}

export function closingHeading(body: string): string {
  return [...body.matchAll(/^## (.+)$/gm)].at(-1)?.[1]?.trim() ?? '';
}

/** Patterns used by more than `max` guides, with the guides that use them. */
export function overused(
  perGuide: { file: string; keys: Iterable<string> }[],
  max = MAX_SHARED,
): Record<string, string[]> {
  const users = new Map<string, string[]>();
  for (const { file, keys } of perGuide) for (const k of keys) users.set(k, [...(users.get(k) ?? []), file]);
  return Object.fromEntries([...users].filter(([, files]) => files.length > max));
}

describe('guides vary their openings and closings', () => {
  it('finds template patterns in a made-up set (the check itself works)', () => {
    const firsts = ['يبدأ كثيرون من', 'قبل أن تكتب', 'لا أحد يعرفك', 'حين يصلك الطلب'];
    const same = firsts.map((first, i) => ({
      file: `g${i}`,
      body: `${first} هنا.\n\nفي هذا الدليلِ، نشرح شيئًا.\n\n## متن\n\nنص.\n\n## ماذا تفعل الآن؟\n\nرابط.`,
    }));
    expect(Object.keys(overused(same.map((g) => ({ file: g.file, keys: openingPatterns(g.body) }))))).toEqual([
      'في هذا الدليل',
    ]);
    expect(Object.keys(overused(same.map((g) => ({ file: g.file, keys: [closingHeading(g.body)] }))))).toEqual([
      'ماذا تفعل الآن؟',
    ]);
  });

  it(`no introduction sentence opening is shared by more than ${MAX_SHARED} guides`, () => {
    expect(overused(guides.map((g) => ({ file: g.file, keys: openingPatterns(g.body) })))).toEqual({});
  });

  it(`no closing heading is shared by more than ${MAX_SHARED} guides, and every guide ends on a link`, () => {
    expect(overused(guides.map((g) => ({ file: g.file, keys: [closingHeading(g.body)] })))).toEqual({});
    for (const g of guides) {
      const last = g.body.split(/^## /m).at(-1) ?? '';
      expect(last, `${g.file}: the last section needs a link`).toMatch(/\]\(\/[a-z-/]+\/(#[a-z0-9-]+)?\)/);
    }
  });

  it('reports the spread of guide lengths', () => {
    const counts = guides.map((g) => countWords(readableText(g.body))).sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)]!;
    console.info(
      `guide lengths: ${counts.length} guides, ${counts[0]}–${counts.at(-1)} words, median ${median}, spread ${counts.at(-1)! - counts[0]!}`,
    );
    expect(counts.length).toBeGreaterThan(0);
  });
});
