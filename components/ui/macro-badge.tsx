import { Swatch } from "./swatch";
export function MacroBadge({ label, colour }: { label: string; colour: string | undefined }) {
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      <Swatch colour={colour} />
      {label}
    </span>
  );
}
