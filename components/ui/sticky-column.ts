// On phones a wide table scrolls sideways; its first column stays put so each row keeps its name.
export const STICKY_COLUMN =
  "max-sm:sticky max-sm:left-0 max-sm:z-10 max-sm:bg-card max-sm:shadow-[1px_0_0_var(--border)]";
