/**
 * The site's icons: names of Tabler Icons (`@tabler/icons`, MIT licence, outline style on a 24-unit grid with a
 * 2-unit stroke), inlined at build time by src/components/Icon.astro. Every place that shows an icon for a module,
 * a tool, a kind of page or a level looks it up here, so one change re-draws it everywhere.
 */

/** Every icon the site inlines; Icon.astro reads `<name>.svg` from the package's outline set. */
export const ICON_NAMES = [
  // Controls
  'search',
  'menu-2',
  'sun',
  'moon',
  'check',
  'arrow-left',
  // Modules of the learning path
  'bulb',
  'compass',
  'tag',
  'id-badge-2',
  'heart-handshake',
  'package',
  'trending-up',
  'stack-2',
  'world-search',
  'users-group',
  'mountain',
  'route',
  // Tools
  'calculator',
  'target-arrow',
  'writing',
  'scale',
  // Kinds of page
  'book',
  'quote',
  'list-check',
  'vocabulary',
  // Levels
  'seedling',
  'plant-2',
  'tree',
  // Home page
  'clock',
  'help-circle',
  'shield-check',
  'users',
  'tools',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

/** Shown for a module the map below does not know yet, so a new module never breaks a page. */
export const FALLBACK_MODULE_ICON: IconName = 'route';

/**
 * One icon per module id of the learning path (content/paths/). Both the current modules and the ten of the
 * path being rebuilt are listed, so either path draws a distinct icon per module.
 */
const MODULE_ICONS: Readonly<Record<string, IconName>> = {
  understand: 'bulb',
  'choose-a-skill': 'compass',
  'price-first': 'tag',
  'profile-and-service': 'id-badge-2',
  'first-client': 'heart-handshake',
  'deliver-and-get-paid': 'package',
  'keep-and-grow': 'trending-up',
  'beyond-hourly': 'stack-2',
  'know-the-market': 'world-search',
  'hire-well': 'users-group',
  // Modules of the path before its rebuild.
  prepare: 'id-badge-2',
  'price-and-plan': 'tag',
  grow: 'trending-up',
  freedom: 'mountain',
};

export function moduleIcon(moduleId: string): IconName {
  return Object.hasOwn(MODULE_ICONS, moduleId) ? MODULE_ICONS[moduleId]! : FALLBACK_MODULE_ICON;
}

/** One icon per tool id (src/lib/content/tools.ts). */
export const TOOL_ICONS = {
  pricing: 'calculator',
  goals: 'target-arrow',
  writing: 'writing',
  platforms: 'scale',
} as const satisfies Record<string, IconName>;

/** One icon per kind of content. */
export const CONTENT_ICONS = {
  guide: 'book',
  story: 'quote',
  checklist: 'list-check',
  glossary: 'vocabulary',
  path: 'route',
  tool: 'tools',
} as const satisfies Record<string, IconName>;

/** A guide's level grows like a plant: a seedling, a young plant, a tree. */
export const LEVEL_ICONS = {
  مبتدئ: 'seedling',
  متوسط: 'plant-2',
  متقدم: 'tree',
} as const satisfies Record<string, IconName>;

/** The palette's tones (global.css `.tone-*`): a tinted surface and an accent each. */
export const TONES = ['tone-mint', 'tone-sand', 'tone-sky', 'tone-plum'] as const;
export type Tone = (typeof TONES)[number];

/** Tones taken in turn along a list (the path's modules), so neighbours never share one. */
export function toneAt(index: number): Tone {
  return TONES[((index % TONES.length) + TONES.length) % TONES.length]!;
}

/** Each tool keeps its tone wherever it is shown. */
export const TOOL_TONES = {
  pricing: 'tone-mint',
  goals: 'tone-sand',
  writing: 'tone-sky',
  platforms: 'tone-plum',
} as const satisfies Record<string, Tone>;
