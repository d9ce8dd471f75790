/** One headline figure of a result (label under a large amount); `id` is what tests and print styles find it by. */
export function ResultCard({ label, amount, id }: { label: string; amount: string; id: string }) {
  return (
    <div class="result-card">
      <dt class="text-sm">{label}</dt>
      <dd class="result-value" data-result={id}>
        {/* A normal space, so a long amount wraps between the figure and the currency rather than inside either. */}
        <bdi>{amount.replace('\u00a0', ' ')}</bdi>
      </dd>
    </div>
  );
}
