export interface LoadingStateProps {
  label: string;
}

/** Announced politely to screen readers; shows a quiet spinner next to the text. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div role="status" aria-live="polite" className="lk-loading">
      <span className="lk-loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
