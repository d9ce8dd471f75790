/**
 * The ways a freelancer can receive money, as the payout table names them, and what is claimed about each in a
 * country. Shared by the content schema (src/content.config.ts) and the page that renders the table.
 */

/** Withdrawal methods the payout table covers, in the order a reader usually considers them. */
export const PAYOUT_METHODS = ['paypal', 'payoneer', 'bank-transfer', 'local-wallet'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

/** Display names; Latin brand names are isolated with <bdi> where they are shown. */
export const PAYOUT_METHOD_LABELS: Record<PayoutMethod, { arabic: string; latin?: string }> = {
  paypal: { arabic: 'بايبال', latin: 'PayPal' },
  payoneer: { arabic: 'بايونير', latin: 'Payoneer' },
  'bank-transfer': { arabic: 'تحويل إلى حساب بنكي' },
  'local-wallet': { arabic: 'محفظة إلكترونية أو بطاقة محلية' },
};

/**
 * What is claimed about a method in a country. "reported-…" values are what readers and sellers commonly report;
 * `unknown` means we have no claim at all. None of them is a certainty unless the cell is `verified`.
 */
export const PAYOUT_AVAILABILITY = ['reported-available', 'reported-limited', 'reported-unavailable', 'unknown'] as const;
export type PayoutAvailability = (typeof PAYOUT_AVAILABILITY)[number];

export const PAYOUT_AVAILABILITY_LABELS: Record<PayoutAvailability, string> = {
  'reported-available': 'يُذكر أنه متاح',
  'reported-limited': 'يُذكر أنه متاح بقيود',
  'reported-unavailable': 'يُذكر أنه غير متاح',
  unknown: 'لا نعرف',
};

/** A piece of Arabic text, marked when it is a run of Latin letters (a brand name) to isolate with <bdi>. */
export interface TextRun {
  text: string;
  latin: boolean;
}

/**
 * Splits free text into Arabic and Latin runs, so "PayPal" or "Payoneer" inside an Arabic sentence can be isolated
 * and read in the right order. Spaces and dots between Latin words stay in the Latin run ("Wise Business").
 */
export function latinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const part of text.split(/([A-Za-z][A-Za-z0-9.]*(?: [A-Za-z][A-Za-z0-9.]*)*)/)) {
    if (part) runs.push({ text: part, latin: /^[A-Za-z]/.test(part) });
  }
  return runs;
}
