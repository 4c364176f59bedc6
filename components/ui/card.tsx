import { ServerMarkup } from "./server-markup";

type CardProps = {
  title: string;
  description?: React.ReactNode;
  /** Optional id for the heading, so a chart or table can name itself after the card. */
  titleId?: string;
  actions?: React.ReactNode;
  children: React.ReactNode;
  className?: string;
};

export function Card({ title, description, titleId, actions, children, className }: CardProps) {
  return (
    <section
      className={`rounded-xl border border-border bg-card p-4 shadow-sm sm:p-5 ${className ?? ""}`}
      aria-labelledby={titleId}
    >
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <ServerMarkup>
          <div>
            <h2 id={titleId} className="text-base font-semibold tracking-tight">
              {title}
            </h2>
            {description && <p className="mt-0.5 text-sm text-muted-foreground">{description}</p>}
          </div>
        </ServerMarkup>
        {actions}
      </div>
      {children}
    </section>
  );
}
