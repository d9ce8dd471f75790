import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import path from 'node:path';
import { dist, htmlFiles, read, urlPathOf } from './site-files';

const files = htmlFiles();

describe('built HTML', () => {
  it('is valid HTML with zero html-validate errors', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${urlPathOf(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('every page is Arabic and right to left, with a title, description and canonical URL', () => {
    for (const file of files) {
      const html = read(file);
      const where = urlPathOf(file);
      expect(html, where).toMatch(/<html lang="ar" dir="rtl"/);
      expect(html, where).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html, where).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, where).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
      expect(html, where).toMatch(/<meta property="og:title"/);
    }
  });

  it('keeps words apart around links and emphasis (HTML compression must not glue Arabic words)', () => {
    // A letter touching an inline tag from outside means two words were glued, e.g. "على<a>الرابط".
    // Single-letter Arabic prefixes (و ف ب ل ك) legitimately attach to the next word.
    const glued: string[] = [];
    for (const file of files) {
      const body = read(file).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
      for (const m of body.matchAll(/([\p{L}\p{N}]+)<(a|strong|em|b|i|bdi|code|time|cite)\b[^>]*>/gu)) {
        if (!/^[وفبلك]ـ?$/u.test(m[1]!)) glued.push(`${urlPathOf(file)}: …${m[0].slice(0, 60)}`);
      }
      for (const m of body.matchAll(/<\/(a|strong|em|b|i|bdi|code|time|cite)>([\p{L}\p{N}])/gu)) glued.push(`${urlPathOf(file)}: ${m[0]}`);
      // Two inline elements side by side with nothing between them glue their words for the search index and
      // screen readers, however far apart CSS shows them («PayPalCashU» from two <bdi> with a margin).
      for (const m of body.matchAll(/[\p{L}\p{N}]<\/(?:a|strong|em|b|i|bdi|code|time|cite|span|abbr|mark|small)>(?:<(?:a|strong|em|b|i|bdi|code|time|cite|span|abbr|mark|small)\b[^>]*>)+[\p{L}\p{N}]/gu)) glued.push(`${urlPathOf(file)}: ${m[0].slice(0, 60)}`);
    }
    expect(glued).toEqual([]);
  });

  it('a known sentence around a link keeps its spaces in the built footer', () => {
    const home = read(path.join(dist, 'index.html'));
    expect(home).toMatch(/عن العمل الحر\.\s+<a class="link" href="\/about\/#sources">/);
  });
});

describe('content security policy in the built pages', () => {
  it('every inline script and style has its hash in the page policy', async () => {
    const { createHash } = await import('node:crypto');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    for (const file of htmlFiles()) {
      const html = read(file).replace(/<!--[\s\S]*?-->/g, '');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, urlPathOf(file)).toMatch(/script-src 'self'/);
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attrs!) || /type="(application\/(ld\+)?json|text\/pagefind-template)"/.test(attrs!)) continue;
        expect(policy, `${urlPathOf(file)}: inline script without its hash`).toContain(hash(body!));
      }
      for (const [, body] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        expect(policy, `${urlPathOf(file)}: inline style without its hash`).toContain(hash(body!));
      }
      expect(html, `${urlPathOf(file)} has a style attribute`).not.toMatch(/<[a-z][^>]*\sstyle="/);
    }
  });
});
