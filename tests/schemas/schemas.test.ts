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
