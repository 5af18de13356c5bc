/**
 * The single seam through which the exit button leaves the page. Tests replace `replace` to
 * observe where the page would go without leaving the test page.
 */
export const exitNavigation = {
  /** Replaces the current history entry, so Back does not return to the page that was left. */
  replace(url: string): void {
    window.location.replace(url);
  },
};
