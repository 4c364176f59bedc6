export function MacroBadge({ label, colour }: { label: string; colour: string | undefined }) {
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <span
        aria-hidden
        className="size-2.5 shrink-0 rounded-sm"
        style={{ backgroundColor: colour }}
      />
      {label}
    </span>
  );
}
