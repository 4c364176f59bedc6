/** A plain GET form's submit button, in the look of the view controls beside it. */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  return (
    <button
      type="submit"
      className="min-h-9 rounded-md border border-border bg-card px-3 py-1 font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-accent"
    >
      {children}
    </button>
  );
}
