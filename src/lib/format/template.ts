/** Fills the `{name}` placeholders of Arabic copy, which travels in the page's HTML rather than in the bundles. */

/** Replaces each `{name}` in the template with its value; unknown names are left visible so a typo shows. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
