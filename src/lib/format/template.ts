/** Fills the `{name}` placeholders of Arabic copy, which travels in the page's HTML rather than in the bundles. */

/**
 * Replaces each `{name}` in the template with its value; unknown names are left visible so a typo shows. A value
 * that already ends a sentence's period (Arabic currency abbreviations do: «ج.م.», «ر.س.», maybe followed by a
 * direction mark) takes the place of the template's own period, so the reader never sees «ج.م..».
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, dot: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return dot && /\.[\u200e\u200f]*$/.test(value) ? value : value + dot;
  });
}
