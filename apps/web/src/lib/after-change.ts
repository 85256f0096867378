/**
 * What a page does once a change is stored (navigate, show a message), run by the mutation hook at the point in its
 * own cache work where it belongs, so it runs even when the change re-renders the page that started it.
 */
export interface AfterChange<T> {
  onSuccess?: (stored: T) => unknown;
}
