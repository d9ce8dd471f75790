// The synthetic guides: N seeded Arabic guides whose frontmatter satisfies the real guides schema, and their MDX
// text. The same N gives the same guides every run, for our site and for Starlight alike.
import fs from 'node:fs';
import path from 'node:path';

/** The project root (scripts/bench/synthetic/ is three levels down). */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SYNTHETIC_PREFIX = 'bench-';

/** Small seeded PRNG so the same N gives the same site every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Arabic words taken from the real guides: the synthetic text is nonsense, but real Arabic for Pagefind. */
function wordList() {
  const dir = path.join(ROOT, 'content/guides');
  const words = new Set();
  for (const f of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const body = fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, '');
    for (const w of body.split(/[\s.,،؛:؟!«»()[\]*#\-–—"'`/<>{}=]+/))
      if (/^[\u0621-\u064A\u0660-\u0669]{2,}$/.test(w)) words.add(w);
  }
  return [...words];
}

const TAGS = [
  'التسعير',
  'العملاء',
  'العروض',
  'الملف الشخصي',
  'التسويق',
  'الأهداف',
  'الدخل',
  'المنصات',
  'التخصص',
  'الكتابة',
  'التصميم',
  'الترجمة',
  'البرمجة',
  'التواصل',
  'الوقت',
  'الجودة',
  'التقييمات',
  'الاستثمار',
  'الخدمات المصغرة',
  'المشاريع',
  'الانطلاق',
  'التنظيم',
  'الثقة',
  'السمعة',
  'المهارات',
  'التعلم',
  'العمل عن بعد',
  'الإنتاجية',
  'التفاوض',
  'المال',
];
const LEVELS = ['مبتدئ', 'متوسط', 'متقدم'];

/**
 * N synthetic guides: `{ id, data, body }`, where data satisfies the guides schema in src/content.config.ts.
 * References point only at real entries (`realGuides`, `sources`) or at synthetic guides generated earlier.
 */
export function syntheticGuides(n, { realGuides = [], sources = [] } = {}) {
  if (!sources.length) throw new Error('syntheticGuides needs at least one source id');
  const words = wordList();
  // Two streams: the text (titles, descriptions, bodies) does not depend on the references available, so
  // Starlight gets exactly the same pages as our site.
  const text = prng(7);
  const meta = prng(11);
  const pick = (list, rand = text) => list[Math.floor(rand() * list.length)];
  const int = (min, max, rand = text) => min + Math.floor(rand() * (max - min + 1));
  const phrase = (min, max) => Array.from({ length: int(min, max) }, () => pick(words)).join(' ');
  const sentence = () => {
    const parts = Array.from({ length: int(1, 2) }, () => phrase(5, 10));
    return parts.join('، ') + (text() < 0.1 ? '؟' : '.');
  };
  const paragraph = () => Array.from({ length: int(2, 4) }, sentence).join(' ');
  const id = (i) => `${SYNTHETIC_PREFIX}${String(i + 1).padStart(5, '0')}`;
  const guides = [];
  for (let i = 0; i < n; i++) {
    const title = `دليل ${i + 1}: ${phrase(3, 6)}`.slice(0, 90);
    let description = `${phrase(10, 18)}.`;
    while (description.length < 40) description = `${phrase(4, 6)} ${description}`;
    const prerequisites = [];
    if (i > 0 && meta() < 0.4) prerequisites.push(id(int(Math.max(0, i - 50), i - 1, meta)));
    if (realGuides.length && meta() < 0.2) prerequisites.push(pick(realGuides, meta));
    const data = {
      title,
      description: description.slice(0, 220),
      level: LEVELS[i % 3],
      tags: [...new Set(Array.from({ length: int(2, 4, meta) }, () => pick(TAGS, meta)))],
      prerequisites,
      sources: [...new Set([pick(sources, meta), pick(sources, meta)])],
      updated: new Date(Date.UTC(2024, 0, 1) + int(0, 900, meta) * 86_400_000).toISOString().slice(0, 10),
    };
    // An introduction, six or seven sections (one with a subsection), one list, a link (averageWords: the length).
    const parts = [paragraph(), paragraph()];
    const sections = int(6, 7);
    for (let s = 0; s < sections; s++) {
      parts.push(`## ${phrase(2, 5)}`, paragraph(), paragraph(), paragraph());
      if (s === 1) parts.push(Array.from({ length: int(3, 5) }, () => `- ${phrase(4, 9)}.`).join('\n'));
      if (s === 2) parts.push(`### ${phrase(2, 4)}`, `${phrase(4, 8)} **${phrase(2, 3)}** ${sentence()}`);
      if (s === 3 && i > 0)
        parts.push(`${phrase(4, 8)} [${phrase(2, 4)}](/guides/${id(int(0, i - 1))}/) ${sentence()}`);
    }
    guides.push({ id: id(i), data, body: parts.join('\n\n') + '\n' });
  }
  return guides;
}

const yamlString = (s) => JSON.stringify(s);
/** MDX file text; `fields` picks the frontmatter (Starlight takes only title and description). */
export function guideMdx(guide, fields = Object.keys(guide.data)) {
  const lines = fields.map((k) => {
    const v = guide.data[k];
    return `${k}: ${Array.isArray(v) ? `[${v.map(yamlString).join(', ')}]` : typeof v === 'string' ? yamlString(v) : v}`;
  });
  return `---\n${lines.join('\n')}\n---\n\n${guide.body}`;
}

/** Average number of Arabic words in the guides' bodies. */
export const averageWords = (guides) =>
  Math.round(
    guides.reduce((n, g) => n + g.body.split(/\s+/).filter((w) => /[\u0600-\u06FF]/.test(w)).length, 0) / guides.length,
  );
