import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_ICONS,
  FALLBACK_MODULE_ICON,
  ICON_NAMES,
  LEVEL_ICONS,
  moduleIcon,
  TONES,
  TOOL_ICONS,
  TOOL_TONES,
  toneAt,
} from '../../../src/lib/content/icons';
import { LEVELS } from '../../../src/lib/content/levels';
import { TOOL_IDS } from '../../../src/lib/content/tools';

const require = createRequire(import.meta.url);
const pathsDir = path.resolve(__dirname, '../../../content/paths');
const moduleIds = fs
  .readdirSync(pathsDir)
  .flatMap((f) => (parse(fs.readFileSync(path.join(pathsDir, f), 'utf8')) as { modules: { id: string }[] }).modules.map((m) => m.id));

describe('icons', () => {
  it('every listed icon is a file of the Tabler outline set', () => {
    for (const name of ICON_NAMES) expect(fs.existsSync(require.resolve(`@tabler/icons/outline/${name}.svg`)), name).toBe(true);
  });

  it('each module of the content paths and of the rebuilt path has its own icon; an unknown id gets the fallback', () => {
    const planned = ['understand', 'choose-a-skill', 'price-first', 'profile-and-service', 'first-client', 'deliver-and-get-paid', 'keep-and-grow', 'beyond-hourly', 'know-the-market', 'hire-well'];
    for (const ids of [moduleIds, planned]) {
      const icons = ids.map(moduleIcon);
      expect(icons, ids.join()).not.toContain(FALLBACK_MODULE_ICON);
      expect(new Set(icons).size, ids.join()).toBe(ids.length);
    }
    expect(moduleIcon('a-module-nobody-wrote')).toBe(FALLBACK_MODULE_ICON);
    expect(moduleIcon('toString')).toBe(FALLBACK_MODULE_ICON);
  });

  it('every tool, kind of page and level has a distinct icon', () => {
    expect(Object.keys(TOOL_ICONS).sort()).toEqual([...TOOL_IDS].sort());
    expect(Object.keys(TOOL_TONES).sort()).toEqual([...TOOL_IDS].sort());
    expect(Object.keys(LEVEL_ICONS)).toEqual([...LEVELS]);
    for (const set of [TOOL_ICONS, LEVEL_ICONS]) expect(new Set(Object.values(set)).size).toBe(Object.keys(set).length);
    expect(Object.keys(CONTENT_ICONS)).toEqual(expect.arrayContaining(['guide', 'story', 'checklist', 'glossary', 'path']));
  });

  it('tones take turns along a list', () => {
    expect([0, 1, 2, 3, 4].map(toneAt)).toEqual([...TONES, TONES[0]]);
    expect(toneAt(-1)).toBe(TONES[3]);
  });
});
