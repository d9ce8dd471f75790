/** Site-wide names and navigation, in one place so header, footer, feeds and tests agree. */
import { glossaryTermPath } from './glossary-index';

export const SITE_NAME = 'دليل العمل الحر';
export const SITE_DESCRIPTION =
  'دليل عربي عملي للمستقلين الجدد: مسار تعلم خطوة بخطوة، وأدلة، وقصص بائعين حقيقيين، وقوائم تحقق، وأدوات تساعدك على الوصول إلى عميلك الأول ثم إلى دخل ثابت.';

export interface NavItem {
  href: string;
  label: string;
}

/** The header's sections; search has its own button beside them, so it is not repeated here. */
export const MAIN_NAV: readonly NavItem[] = [
  { href: '/path/', label: 'المسار' },
  { href: '/guides/', label: 'الأدلة' },
  { href: '/stories/', label: 'قصص النجاح' },
  { href: '/checklists/', label: 'قوائم التحقق' },
  { href: '/tools/', label: 'الأدوات' },
];

/** Whether a nav item is the current section (exact page or a page below it). */
export function isCurrentSection(itemHref: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return path === itemHref || path.startsWith(itemHref);
}

/** Kinds of page, as shown to readers and used as the search filter. */
export const PAGE_KINDS = {
  guide: 'دليل',
  story: 'قصة',
  checklist: 'قائمة تحقق',
  tool: 'أداة',
  glossary: 'مصطلح',
  page: 'صفحة',
} as const;
export type PageKind = keyof typeof PAGE_KINDS;

/** Where a glossary term lives: its entry on the page of the letter it is filed under. */
export function glossaryTermUrl(id: string, term: string): string {
  return glossaryTermPath(id, term);
}
