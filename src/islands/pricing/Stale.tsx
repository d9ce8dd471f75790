/** Shown above a result computed from the last valid numbers while a field is invalid. */
export function Stale({ show, text }: { show: boolean; text: string }) {
  if (!show) return null;
  return (
    <p class="stale" data-stale>
      {text}
    </p>
  );
}
