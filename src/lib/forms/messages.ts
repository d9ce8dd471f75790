/**
 * Every problem a field of the pricing calculator or the goal planner can have, and its Arabic wording. The
 * wording is rendered by the pages and passed to the islands as props, so it travels in the HTML.
 */
import type { ParseError } from '../format/numbers';
import type { Problem } from './validation';

export type MessageKey = ParseError | Problem | 'percent-over' | 'zero-price' | 'ambiguous-point';

/** What is wrong with a field, in Arabic: says the problem and how to fix it. */
export const MESSAGES: Record<MessageKey, string> = {
  empty: 'هذا الحقل فارغ: اكتب رقمًا.',
  invalid: 'هذا ليس رقمًا نفهمه. اكتب أرقامًا فقط، مثل 1500 أو ١٥٠٠ أو 12.5، دون حروف أو فاصلتين عشريتين.',
  negative: 'لا يمكن أن تكون القيمة سالبة.',
  'percent-over': 'النسبة لا تتجاوز 100٪.',
  zero: 'يجب أن تكون القيمة أكبر من صفر.',
  'zero-price': 'السعر يجب أن يكون أكبر من صفر.',
  'rate-too-high': 'يجب أن تكون النسبة أقل من 100٪: عندها لا يبقى لك شيء من المال.',
  'too-many-weeks': 'لا بد أن يبقى في السنة أسبوع عمل واحد على الأقل: اكتب أقل من 52.',
  'too-many-hours': 'الأسبوع كله 168 ساعة: اكتب عددًا أقل.',
  'too-many-days': 'الأسبوع سبعة أيام: اكتب رقمًا من 1 إلى 7.',
  'too-small': 'القيمة أصغر من أن تكون وقت عمل حقيقيًا: دقيقة واحدة على الأقل.',
  'too-large': 'الرقم أكبر بكثير مما يعقل هنا: راجع عدد الأصفار.',
  'not-integer': 'اكتب عددًا صحيحًا دون كسور.',
  'below-start': 'السعر الذي تستحقه يجب ألا يقل عن سعر البداية.',
  'too-many-steps': 'بهذه الزيادة الصغيرة تحتاج أكثر من 100 خطوة: ارفع نسبة الزيادة.',
  'not-finite': 'هذا ليس رقمًا صالحًا.',
  'ambiguous-point':
    'النقطة هنا تحتمل معنيين: فاصل آلاف (1.500 = ألف وخمسمئة) أو فاصلة عشرية (1.500 = واحد ونصف). أيهما تقصد؟ اكتب 1500 أو 1,500 للألف والخمسمئة، أو 1.5 للواحد والنصف.',
};
