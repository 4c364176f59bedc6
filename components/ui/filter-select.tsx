export type FilterChoice = { value: string; label: string };

/** Choices under headings (<optgroup>): "Groups", "Subcategories". */
export type FilterChoiceGroup = { label: string; choices: FilterChoice[] };

/**
 * One labelled select of a plain GET filter form: works without JavaScript and submits to a
 * permalink. The first option, `all`, means no filter and submits an empty value.
 */
export function FilterSelect({
  label,
  name,
  value,
  all,
  choices,
  groups = [],
}: {
  label: string;
  name: string;
  value: string | null;
  all: string;
  choices: FilterChoice[];
  groups?: FilterChoiceGroup[];
}) {
  return (
    <label className="flex max-w-full flex-col gap-1">
      <span>{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        className="min-h-9 max-w-full rounded-md border border-border bg-card px-2 py-1 focus-visible:outline-2 focus-visible:outline-accent"
      >
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
