/** Where each payment goes: one stacked bar (inline SVG, no chart library) and a legend that doubles as the text alternative. */
import { formatNumber, type DigitSet } from '../../lib/format/numbers';

interface Slice {
  label: string;
  value: number;
  /** Tailwind fill class for light and dark themes. */
  fill: string;
  formatted: string;
}

/** `digits`: the shares are written in the reader's digits, like the amounts. */
export function PaymentChart({ slices, title, digits }: { slices: Slice[]; title: string; digits: DigitSet }) {
  const total = slices.reduce((sum, s) => sum + Math.max(0, s.value), 0);
  if (total <= 0) return null;
  let offset = 0;
  return (
    <figure class="mt-4">
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" class="h-8 w-full rounded" role="img" aria-label={title}>
        {slices.map((s) => {
          const width = (Math.max(0, s.value) / total) * 100;
          // Drawn from the right so the bar reads in the same direction as the Arabic legend.
          const x = 100 - offset - width;
          offset += width;
          return <rect key={s.label} x={x} y="0" width={width} height="10" class={s.fill} />;
        })}
      </svg>
      <figcaption>
        <ul class="mt-2 grid gap-1 text-sm sm:grid-cols-2">
          {slices.map((s) => (
            <li key={s.label} class="flex items-center gap-2">
              <svg viewBox="0 0 10 10" class="size-3 shrink-0" aria-hidden="true">
                <rect width="10" height="10" class={s.fill} />
              </svg>
              <span>
                {s.label}: <bdi>{s.formatted}</bdi> (
                {formatNumber((Math.max(0, s.value) / total) * 100, { digits, fractionDigits: 0 })}٪)
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
