/**
 * Variants of the built site for browser tests that need content the real site does not have: an index
 * holding a hostile title (XSS), and a second build of the whole project with one more guide (a new deploy).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSearchIndex } from '../../scripts/build/search-index.mjs';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const made: string[] = [];

export function cleanUpFixtureSites(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  made.push(dir);
  return dir;
}

export const HOSTILE_TITLE = '<img src=x onerror="window.xss=1">';
export const HOSTILE_WORD = 'اختبارالأمان';

/** A copy of dist/ whose index also holds a record with markup in its title and text. */
export async function siteWithHostileRecord(): Promise<string> {
  const dir = tempDir('xss-site');
  fs.cpSync(dist, dir, { recursive: true });
  fs.rmSync(path.join(dir, 'pagefind'), { recursive: true });
  await buildSearchIndex(dir, {
    extraRecords: [
      {
        url: '/guides/build-your-profile/',
        content: `${HOSTILE_WORD} <script>window.xss=2</script> <b onmouseover="window.xss=3">نص</b> &lt;i&gt;`,
        language: 'ar',
        meta: { title: HOSTILE_TITLE },
      },
    ],
  });
  return dir;
}

export const NEW_GUIDE_WORD = 'زعفرانستان';

/** The whole project built again, into its own folder, with one more guide that uses NEW_GUIDE_WORD. */
export async function rebuiltSiteWithNewGuide(): Promise<string> {
  const project = tempDir('rebuilt-project');
  for (const entry of [
    'src',
    'content',
    'public',
    'scripts',
    'config',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    fs.cpSync(path.join(root, entry), path.join(project, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  const model = fs.readFileSync(path.join(root, 'content/guides/cover-letter.mdx'), 'utf8');
  const [, frontmatter] = /^---\n([\s\S]*?)\n---/.exec(model)!;
  const newFrontmatter = frontmatter!.replace(/^title: .*$/m, `title: دليل ${NEW_GUIDE_WORD} الجديد`);
  fs.writeFileSync(
    path.join(project, 'content/guides/new-deploy-guide.mdx'),
    `---\n${newFrontmatter}\n---\n\n## ${NEW_GUIDE_WORD}\n\nفقرة جديدة عن ${NEW_GUIDE_WORD} أضيفت في النشر الثاني ليجدها البحث.\n`,
  );
  await promisify(execFile)(process.execPath, ['scripts/build/build.mjs'], {
    cwd: project,
    env: { ...process.env, NODE_ENV: 'production', PUBLIC_BUILD_ID: 'second-deploy' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return path.join(project, 'dist');
}

/** The built site, which must carry the first module's self-check (every module has one: the build refuses otherwise). */
export async function siteWithPractice(): Promise<string> {
  const module = path.join(dist, 'path/from-zero-to-steady-income/understand/index.html');
  if (!fs.readFileSync(module, 'utf8').includes('data-self-check')) throw new Error(`${module} has no self-check`);
  return dist;
}
