/** The units of the tools' number fields, and the Arabic label shown beside each (money shows its currency). */
export type Unit = 'money' | 'percent' | 'hours' | 'weeks' | 'days' | 'months' | 'minutes' | 'orders';

export const UNIT_LABELS: Record<Exclude<Unit, 'money'>, string> = {
  percent: '٪',
  hours: 'ساعة',
  weeks: 'أسبوع',
  days: 'يوم',
  months: 'شهر',
  minutes: 'دقيقة',
  orders: 'طلب',
};
