/**
 * Phrases the workbench flags, kept as data beside the rules rather than as a content collection: the rules, the
 * unit tests and the bench read them directly (no Astro content runtime), TypeScript checks their shape, and a unit
 * test keeps each one distinct and matchable once folded. They travel in the page's script (under 1 kB gzipped).
 * Matching ignores hamza forms, tashkeel and tatweel, and allows a short ending on the last word («إعجابكم»).
 */

/** Said by every applicant, so they tell the client nothing (proposals and service pages). */
export const STOCK_PHRASES: readonly string[] = [
  'أتمنى أن ينال إعجابك',
  'أتمنى أن ينال عرضي إعجابك',
  'أنا الشخص المناسب',
  'أنا الشخص المناسب لهذا العمل',
  'قرأت طلبك جيدا',
  'اطلعت على مشروعك',
  'لدي خبرة كبيرة',
  'لدي خبرة واسعة',
  'أستطيع القيام بهذا العمل',
  'على أكمل وجه',
  'بأسرع وقت',
  'في أسرع وقت',
  'بأفضل جودة',
  'بجودة عالية',
  'بإتقان واحترافية',
  'بكل احترافية',
  'يسعدني التقدم',
  'جاهز للبدء فورا',
  'على أتم الاستعداد',
  'في انتظار ردك',
  'بانتظار ردك',
  'عرضي هو الأفضل',
  'لن تندم',
  'رضاك هو هدفي',
  'رضا العميل هدفي',
  'أسعار منافسة',
  'سعر مناسب للجميع',
];

/** Claims anyone can make and no client can check (profiles and service pages). */
export const GENERIC_CLAIMS: readonly string[] = [
  'شاب طموح',
  'أحب التعلم',
  'أبحث عن فرصة',
  'أفضل مصمم',
  'أفضل مبرمج',
  'أفضل كاتب',
  'أفضل مترجم',
  'في العالم العربي',
  'خبرة واسعة',
  'خبرة كبيرة',
  'جودة عالية',
  'أعمل بجد',
  'شغوف',
  'مجتهد',
  'محترف في جميع',
  'كل ما تحتاجه',
  'كل المجالات',
  'جميع المجالات',
  'السرعة والدقة',
  'الدقة والسرعة',
  'المصداقية',
  'الاحترافية',
  'مبدع',
];
