/**
 * Which of the calculator's tabs shows which fields: the other models' panels read their fields from here, and a
 * shared link with a bad value opens the tab where it can be corrected (the fee is in the settings, on every tab).
 */
import type { TabId } from './copy';
import type { FieldId } from './form';

export const HOURLY_FIELDS: readonly FieldId[] = ['target', 'expenses', 'tax', 'hours', 'weeksOff', 'days'];

export const FIELDS_OF: Record<Exclude<TabId, 'hourly'>, readonly FieldId[]> = {
  compare: ['compareAmount', 'withdrawPercent', 'withdrawFixed'],
  project: ['projectHours', 'contingency'],
  incentive: ['projectHours', 'contingency', 'bonus'],
  retainer: ['retainerHours', 'retainerPremium'],
  value: ['clientGain', 'share', 'projectHours', 'contingency'],
  micro: ['servicePrice', 'minutes'],
  ladder: ['ladderStart', 'ladderTarget', 'ladderStep', 'ladderOrders'],
};

/** The tab to open so that `field` can be seen, or null when `current` already shows it (or it is in the settings). */
export function tabForField(field: FieldId, current: TabId): TabId | null {
  if (field === 'fee') return null;
  const shows = (tab: TabId) => (tab === 'hourly' ? HOURLY_FIELDS : FIELDS_OF[tab]).includes(field);
  if (shows(current)) return null;
  if (shows('hourly')) return 'hourly';
  return (Object.keys(FIELDS_OF) as Exclude<TabId, 'hourly'>[]).find(shows) ?? null;
}
