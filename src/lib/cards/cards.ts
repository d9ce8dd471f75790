/**
 * Share cards: which pages have one, what the card says about the kind of page, and where its image lives.
 * A page asks for a card by passing `card` to the base layout; the head then names the image, and the build
 * (scripts/build/cards.mjs) draws one image for every page whose head names one, so a new kind of page only needs
 * a label here.
 */

/** The kind of page, as the card shows it above the title. */
export const CARD_KINDS = {
  guide: 'دليل',
  story: 'قصة مستقل',
  checklist: 'قائمة تحقق',
  tool: 'أداة',
  path: 'مسار التعلم',
  module: 'وحدة من مسار التعلم',
} as const;
export type CardKind = keyof typeof CARD_KINDS;

export const isCardKind = (value: string): value is CardKind => Object.hasOwn(CARD_KINDS, value);

/** The size link previews expect (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Folder of the images in dist/: outside /_astro/ and the service worker's lists, so nothing fetches them but previews. */
export const CARD_FOLDER = '/og/';

/** The image of the page at `pathname` (`/guides/pricing/` → `/og/guides/pricing.png`, `/` → `/og/index.png`). */
export function cardImagePath(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return `${CARD_FOLDER}${trimmed || 'index'}.png`;
}
