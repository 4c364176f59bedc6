const HEADINGS = {
  1: { Tag: "h1", section: "gap-3", heading: "text-2xl" },
  2: { Tag: "h2", section: "gap-2", heading: "text-lg" },
} as const;

/** A section labelled by its own heading: a page's title and intro (level 1), or a part of it. */
export function TitledSection({
  id,
  title,
  level = 1,
  children,
}: {
  /** The heading's id, which labels the section. */
  id: string;
  title: React.ReactNode;
  level?: keyof typeof HEADINGS;
  children: React.ReactNode;
}) {
  const { Tag, section, heading } = HEADINGS[level];
  return (
    <section aria-labelledby={id} className={`flex flex-col ${section}`}>
      <Tag id={id} className={`${heading} font-semibold tracking-tight`}>
        {title}
      </Tag>
      {children}
    </section>
  );
}
