/**
 * The content schemas, exercised the way an editor meets them: a fixture project with the
 * real src/content.config.ts runs `astro sync`. Valid fixtures pass; a broken entry in any
 * collection fails with Astro's message naming the collection, the entry, the field and the file.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'tests/fixtures/schema');
const made: string[] = [];

/** A throwaway Astro project: real schemas and node_modules, fixture content, plus an optional broken entry. */
function fixtureProject(broken?: { collection: string; file: string }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-fixture-'));
  made.push(dir);
  fs.mkdirSync(path.join(dir, 'src'));
  fs.copyFileSync(path.join(root, 'src/content.config.ts'), path.join(dir, 'src/content.config.ts'));
  fs.symlinkSync(path.join(root, 'src/lib'), path.join(dir, 'src/lib'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  fs.cpSync(path.join(fixtures, 'valid'), path.join(dir, 'content'), { recursive: true });
  if (broken) {
    const target = path.join(dir, 'content', broken.collection, `broken-entry${path.extname(broken.file)}`);
    fs.copyFileSync(path.join(fixtures, 'broken', broken.file), target);
  }
  return dir;
}

async function sync(dir: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'],
      { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('content schemas', () => {
  it('accept a valid entry in every collection', async () => {
    const result = await sync(fixtureProject());
    expect(result.output).not.toMatch(/InvalidContentEntry|error/i);
    expect(result.ok).toBe(true);
  });

  const cases: { collection: string; file: string; field: RegExp }[] = [
    { collection: 'guides', file: 'guides.mdx', field: /level/ },
    { collection: 'stories', file: 'stories.mdx', field: /incomeSharePercent/ },
    { collection: 'checklists', file: 'checklists.yaml', field: /items/ },
    { collection: 'paths', file: 'paths.yaml', field: /tool/ },
    { collection: 'platforms', file: 'platforms.yaml', field: /feePercent/ },
    { collection: 'glossary', file: 'glossary.yaml', field: /english/ },
    { collection: 'sources', file: 'sources.yaml', field: /publication/ },
    { collection: 'payout-options', file: 'payout-options.yaml', field: /check/ },
    {
      collection: 'self-checks',
      file: 'self-checks-one-correct.yaml',
      field:
        /question "fixture-question-11" has 2 correct options: exactly one must be correct, or declare multiple: true/,
    },
    {
      collection: 'self-checks',
      file: 'self-checks-multiple.yaml',
      field: /question "fixture-question-21" is declared multiple: true but has 1 correct option\(s\): at least two/,
    },
    { collection: 'self-checks', file: 'self-checks-no-why.yaml', field: /why/ },
    {
      collection: 'self-checks',
      file: 'self-checks-duplicate-option.yaml',
      field: /option id "a" is used more than once in this question/,
    },
    { collection: 'self-checks', file: 'self-checks-three-questions.yaml', field: /a self-check has 4 to 6 questions/ },
    { collection: 'projects', file: 'projects-two-criteria.yaml', field: /a project has 3 to 5 criteria/ },
  ];

  it.each(cases)(
    'reject a broken $collection entry, naming collection, entry, field and file',
    async ({ collection, file, field }) => {
      const result = await sync(fixtureProject({ collection, file }));
      expect(result.ok).toBe(false);
      expect(result.output).toContain(collection);
      expect(result.output).toContain('broken-entry');
      expect(result.output).toMatch(field);
      expect(result.output).toContain(`content/${collection}/broken-entry${path.extname(file)}`);
    },
  );

  it('reject a synonym group with a single word, naming the collection, the group and the file', async () => {
    const dir = fixtureProject();
    fs.copyFileSync(path.join(fixtures, 'broken', 'synonyms.yaml'), path.join(dir, 'content/search/synonyms.yaml'));
    const result = await sync(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('synonyms');
    expect(result.output).toContain('lonely-word');
    expect(result.output).toContain('a synonym group needs at least two words');
  });

  it('name each problem in a checklist: the repeated item id and the id that is not a slug', async () => {
    const { output } = await sync(fixtureProject({ collection: 'checklists', file: 'checklists.yaml' }));
    expect(output).toContain('item id "same-id" is used more than once');
    expect(output).toContain('must be a lowercase ASCII slug');
  });
});

/** Builds a fixture project whose one page runs the curriculum check, as the path pages do; returns the build's output. */
async function buildWithCurriculumCheck(dir: string): Promise<{ ok: boolean; output: string }> {
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.symlinkSync(path.join(root, 'src/data'), path.join(dir, 'src/data'));
  fs.writeFileSync(
    path.join(dir, 'src/pages/index.astro'),
    "---\nimport { assertCurriculum } from '../data/curriculum';\nawait assertCurriculum();\n---\n<p>ok</p>\n",
  );
  // Astro's own build: a page that throws fails it (the search index step of `npm run build` is not needed here).
  return run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  }).then(
    (r) => ({ ok: true, output: r.stdout + r.stderr }),
    (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
}

describe('the curriculum across entries (checked when a path page builds)', () => {
  it('passes on the valid fixtures', async () => {
    const result = await buildWithCurriculumCheck(fixtureProject());
    expect(result.output).not.toContain('do not hold together');
    expect(result.ok).toBe(true);
  });

  it('fails the build naming each problem: question id reused, missing heading, unknown module, prerequisite of a higher level or later in the path', async () => {
    const dir = fixtureProject();
    const content = path.join(dir, 'content');
    const check = fs.readFileSync(path.join(content, 'self-checks/a-path/only-module.yaml'), 'utf8');
    // A second self-check for a module the path does not have, reusing a question id and linking to a missing heading.
    fs.writeFileSync(
      path.join(content, 'self-checks/a-path/no-such-module.yaml'),
      check
        .replace('module: only-module', 'module: no-such-module')
        .replace(/fixture-question-([234])/g, 'other-question-$1')
        .replace('heading: عنوان-تجريبي', 'heading: no-such-heading'),
    );
    // A second guide, placed after a-guide, that a-guide requires, and of a higher level.
    const guide = fs.readFileSync(path.join(content, 'guides/a-guide.mdx'), 'utf8');
    fs.writeFileSync(path.join(content, 'guides/later-guide.mdx'), guide.replace('level: مبتدئ', 'level: متقدم'));
    fs.writeFileSync(
      path.join(content, 'guides/a-guide.mdx'),
      guide.replace('level: مبتدئ', 'level: مبتدئ\nprerequisites: [later-guide]'),
    );
    const pathFile = path.join(content, 'paths/a-path.yaml');
    fs.writeFileSync(
      pathFile,
      fs
        .readFileSync(pathFile, 'utf8')
        .replace(
          '      - { id: read-guide, kind: guide, guide: a-guide }\n',
          '      - { id: read-guide, kind: guide, guide: a-guide }\n      - { id: read-later, kind: guide, guide: later-guide }\n',
        ),
    );
    const { ok, output } = await buildWithCurriculumCheck(dir);
    expect(ok).toBe(false);
    expect(output).toContain('The learning paths do not hold together');
    expect(output).toContain(
      'Guide "a-guide" (level مبتدئ) lists prerequisite "later-guide", whose level متقدم is higher',
    );
    expect(output).toContain(
      'Guide "a-guide" is step 1 of path "a-path", before its prerequisite "later-guide" (step 2)',
    );
    expect(output).toMatch(/no-such-module\.yaml: path "a-path" has no module "no-such-module"/);
    // Whichever of the two files is read second is named, with the first.
    expect(output).toMatch(
      /question id "fixture-question-1" is already used in content\/self-checks\/a-path\/(only|no-such)-module\.yaml/,
    );
    expect(output).toMatch(
      /no-such-module\.yaml: question "fixture-question-1" links to heading "no-such-heading" of guide "a-guide", which has no such heading/,
    );
  });
});

describe('references between entries', () => {
  it('a reference to a missing entry is reported with collection, entry and field, and fails `npm run build`', async () => {
    const dir = fixtureProject();
    const file = path.join(dir, 'content/checklists/a-checklist.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('guide: a-guide\n', 'guide: no-such-guide\n'));
    const { output } = await sync(dir);
    expect(output).toContain(
      'Invalid content reference: entry "a-checklist" in collection "checklists" (field: guide) references "no-such-guide"',
    );
    // scripts/build/build.mjs turns that logged [ERROR] into a failed build.
    fs.mkdirSync(path.join(dir, 'src/pages'));
    fs.writeFileSync(
      path.join(dir, 'src/pages/index.astro'),
      "---\nimport { getCollection } from 'astro:content';\nconst n = (await getCollection('checklists')).length;\n---\n<p>{n}</p>\n",
    );
    fs.symlinkSync(path.join(root, 'scripts'), path.join(dir, 'scripts'));
    const build = await run(process.execPath, ['scripts/build/build.mjs'], { cwd: dir }).then(
      () => ({ ok: true, output: '' }),
      (e: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    expect(build.ok).toBe(false);
    expect(build.output).toContain('Build failed: Astro logged 1 error(s)');
  });
});
