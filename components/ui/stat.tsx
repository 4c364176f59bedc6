/** One headline figure with its label and a line of context, as part of a <dl>. */
export function Stat({
  label,
  value,
  note,
  change,
  testId,
}: {
  label: React.ReactNode;
  value: React.ReactNode;
  note: React.ReactNode;
  /** A further <dd>, e.g. the change since an earlier snapshot. */
  change?: React.ReactNode;
  testId?: string;
}) {
  return (
    <div
      className="relative min-w-0 rounded-xl border border-border bg-card p-4 shadow-sm"
      data-testid={testId}
    >
      <dt className="text-xs font-medium uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold break-words">{value}</dd>
      <dd className="mt-0.5 text-xs text-muted-foreground">{note}</dd>
      {change}
    </div>
  );
}
