/** The Arabic name of each currency the tools offer; rendered by the pages, so it is not part of any bundle. */
import type { Currency } from './currencies';

export const CURRENCY_NAMES: Record<Currency, string> = {
  USD: 'دولار أمريكي',
  SAR: 'ريال سعودي',
  AED: 'درهم إماراتي',
  EGP: 'جنيه مصري',
  MAD: 'درهم مغربي',
  DZD: 'دينار جزائري',
  TND: 'دينار تونسي',
  JOD: 'دينار أردني',
  KWD: 'دينار كويتي',
  QAR: 'ريال قطري',
  BHD: 'دينار بحريني',
  OMR: 'ريال عماني',
  IQD: 'دينار عراقي',
  LBP: 'ليرة لبنانية',
  SYP: 'ليرة سورية',
  YER: 'ريال يمني',
  LYD: 'دينار ليبي',
  SDG: 'جنيه سوداني',
  EUR: 'يورو',
};
