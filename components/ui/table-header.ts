// Every data table's column headers: small capitals with spaced letters from the sm breakpoint
// up. On a phone, sentence case, about a third narrower, so a short table such as the
// macro-categories fits a 360 px screen whole rather than hiding its last column.
export const TABLE_HEADER = "text-xs text-muted-foreground sm:uppercase sm:tracking-wide";

/** A table's one header row: that look, left-aligned, ruled off from the body. */
export const TABLE_HEADER_ROW = `border-b border-border text-left ${TABLE_HEADER}`;
