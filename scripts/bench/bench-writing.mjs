// What the writing workbench's feedback costs. In Node, the rules alone: a 2,000-word proposal reviewed after each of
// 200 keystrokes (median and worst), and a 100,000-character paste. In Chromium against dist/ (skipped without a
// browser): the same draft typed into /tools/writing/, timing each keystroke until its findings are painted, and
// how long the page takes to answer a keystroke right after a 100,000-character paste. Figures only.
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from './load-ts.mjs';
import { startServer } from '../build/static-server.mjs';

const WORDS = (
  'فهمت من طلبك أن متجرك يحتاج أوصافًا للمنتجات تجيب عن أسئلة العميلات عن المقاس والخامة قبل الشراء ' +
  'أقترح أن أبدأ بخمسة منتجات خلال ٣ أيام بسعر 25 USD على Shopify وأراجع كل وصف مرتين هل نبدأ غدًا؟ ' +
  'كتبتُ أوصافـًا لمتجر أحذية، وتجد نماذج منها في معرض أعمالي. لدي خبرة كبيرة وأتمنى أن ينال إعجابك.'
).split(/\s+/);

/** A deterministic draft of `n` words in sentences of 8 to 20 words. */
export function draftOf(n) {
  let seed = 15;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const out = [];
  let sentence = 0;
  for (let i = 0; i < n; i++) {
    out.push(WORDS[next() % WORDS.length]);
    if (++sentence >= 8 + (next() % 13)) {
      out[out.length - 1] += '.';
      sentence = 0;
    }
  }
  return out.join(' ');
}

const POST =
  'أبحث عن كاتب محتوى يكتب أوصاف خمسين منتجًا لمتجر ملابس محلية. العميلات يسألن كثيرًا عن المقاسات والخامات قبل الشراء.';
const ms = (x) => `${x.toFixed(2)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchWriting({ dist = path.resolve('dist') } = {}) {
  const { review } = await importTs('src/lib/writing/rules.ts');
  const draft = draftOf(2000);
  console.log(`\nwriting workbench: a 2,000-word proposal (${draft.length.toLocaleString('en')} characters)`);

  // Node: the rules alone, after each keystroke (a letter added at the end, as typing does).
  for (let i = 0; i < 20; i++) review('proposal', { post: POST, reply: draft });
  const times = [];
  let text = draft;
  for (let i = 0; i < 200; i++) {
    text += i % 6 === 5 ? ' ' : 'ب';
    const t = performance.now();
    review('proposal', { post: POST, reply: text });
    times.push(performance.now() - t);
  }
  console.log(
    `  rules per keystroke (Node, 200 keystrokes): median ${ms(median(times))}, worst ${ms(Math.max(...times))}`,
  );
  const huge = draftOf(20_000).slice(0, 100_000);
  const t = performance.now();
  const found = review('proposal', { post: POST, reply: huge }).map((f) => f.rule);
  console.log(
    `  rules on a 100,000-character paste: ${ms(performance.now() - t)} (checked up to 20,000 characters; reports ${found.includes('too-long-to-check') ? 'too-long-to-check' : 'NOTHING'})`,
  );

  // Chromium: the page itself, keystroke to painted findings.
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromePath) || !fs.existsSync(path.join(dist, 'tools/writing/index.html'))) {
    console.log('  in the browser: skipped (no Chromium or no built /tools/writing/)');
    return;
  }
  const { chromium } = await import('playwright-core');
  const server = await startServer({ root: dist, port: 0 });
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/tools/writing/`);
    await page.locator('[data-workbench][data-ready]').waitFor();
    await page.locator('#f-proposal-post').fill(POST);
    await page.locator('#f-proposal-reply').fill(draft);
    await page.locator('#f-proposal-reply').press('End');
    const perKey = await page.evaluate(async () => {
      const input = document.querySelector('#f-proposal-reply');
      const root = document.querySelector('[data-workbench]');
      const out = [];
      for (let i = 0; i < 50; i++) {
        // One keystroke: the input event, then its review painted (the page stamps data-review-ms after each).
        const painted = new Promise((resolve) =>
          new MutationObserver((_, o) => (o.disconnect(), resolve())).observe(root, {
            attributes: true,
            attributeFilter: ['data-review-ms'],
          }),
        );
        const t = performance.now();
        input.value += i % 6 === 5 ? ' ' : 'ب';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await painted;
        const review = Number(root.dataset.reviewMs);
        await new Promise(requestAnimationFrame);
        out.push([review, performance.now() - t]);
      }
      return out;
    });
    const reviews = perKey.map(([r]) => r);
    const frames = perKey.map(([, f]) => f);
    console.log(
      `  review and highlight per keystroke (Chromium, 50 keystrokes): median ${ms(median(reviews))}, worst ${ms(Math.max(...reviews))}`,
    );
    console.log(
      `  keystroke to the next frame with its findings (includes the pause before a review slower than a frame): median ${ms(median(frames))}, worst ${ms(Math.max(...frames))}`,
    );
    const pasted = await page.evaluate(async (size) => {
      const input = document.querySelector('#f-proposal-reply');
      const text = 'كتبت أوصافًا لمتجر أحذية على Shopify بسعر 25 USD. '.repeat(Math.ceil(size / 48)).slice(0, size);
      const t = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const afterPaste = performance.now() - t;
      // The next keystroke: how long until the main thread answers it.
      const t2 = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      input.value += 'ب';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise(requestAnimationFrame);
      return { afterPaste, nextKey: performance.now() - t2 };
    }, 100_000);
    console.log(
      `  100,000-character paste (Chromium): input handled in ${ms(pasted.afterPaste)}, next keystroke answered in ${ms(pasted.nextKey)}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWriting();
