/**
 * A seller's mark for story cards and pages: the first letter of the first and the last word of the name, as the
 * sources print it ("جابر حدبون" → "ج ح", "أحمد الهادي" → "أ ه"). Letters are spaced so Arabic shaping does not join them into a word.
 * A seller the source did not name is recorded as a description ("مستقل عربي لم يذكر اسمه"): no initials are made
 * up for them (null), and the page shows a neutral mark instead.
 */
export function sellerInitials(seller: string): string | null {
  if (/لم (يذكر|تذكر) اسم/.test(seller)) return null;
  const words = seller.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  // The article is not part of the name's sound: "الهادي" gives "ه", as a reader would say it.
  const letter = (word: string) => [...(word.length > 3 ? word.replace(/^ال/, '') : word)][0]!;
  const first = letter(words[0]!);
  const last = words.length > 1 ? letter(words.at(-1)!) : '';
  return last ? `${first} ${last}` : first;
}
