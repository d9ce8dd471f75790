/**
 * The interactive tools the site offers. A learning-path step of kind "tool"
 * names one of these ids, so the schema can reject a step that points at a
 * tool that does not exist yet.
 */
export interface Tool {
  /** Stable id used by `content/paths/` steps. */
  id: string;
  /** Arabic name shown in lists and path steps. */
  title: string;
  /** One Arabic sentence: what the reader gets from the tool. */
  description: string;
  /** Site-relative URL of the tool page. */
  href: string;
}

export const TOOLS = [
  {
    id: 'pricing',
    title: 'حاسبة التسعير',
    description: 'اعرف كم تطلب في الساعة وفي اليوم ليبقى لك الدخل الذي تريده بعد عمولة المنصة والضريبة والمصاريف، وجرّب طرق الأجر الخمس.',
    href: '/tools/pricing/',
  },
  {
    id: 'goals',
    title: 'مخطط الأهداف',
    description: 'حوّل دخلك السنوي المنشود إلى طلبات وعروض في كل أسبوع ويوم، وخطط لرفع سعرك، وقارن أسابيعك المسجلة بخطتك.',
    href: '/tools/goals/',
  },
  {
    id: 'writing',
    title: 'ورشة الكتابة',
    description: 'اكتب ملفك الشخصي وصفحة خدمتك وعرضك على مشروع، واحصل وأنت تكتب على ملاحظات من قواعد الأدلة، ومسوداتك باقية على جهازك.',
    href: '/tools/writing/',
  },
  {
    id: 'platforms',
    title: 'مقارنة منصات العمل الحر',
    description: 'جدول يضع المنصات العربية والعالمية جنبًا إلى جنب: ما تبيعه كل منصة، وعمولتها، وأقل سعر فيها، وكيف يدفع العميل وكيف يسحب البائع، مع حالة كل معلومة.',
    href: '/tools/platforms/',
  },
] as const satisfies readonly Tool[];

export type ToolId = (typeof TOOLS)[number]['id'];

export const TOOL_IDS = TOOLS.map((t) => t.id) as [ToolId, ...ToolId[]];

export function findTool(id: string): Tool | undefined {
  return TOOLS.find((t) => t.id === id);
}
