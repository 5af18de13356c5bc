/**
 * The emergency numbers shown when someone is in danger now. They come from the hotline SDK only:
 * this module never holds a number of its own.
 */

/** One number to call, ready for a `tel:` link. */
export interface EmergencyNumber {
  /** What the number is for, in the page's language (e.g. "Police"). */
  label: string;
  /** The number as it is dialled locally. */
  number: string;
  /** The `tel:` link. */
  href: string;
}

/**
 * The emergency numbers for `country`. Empty until the hotline directory is wired in (issue 5
 * depends on the hotline SDK branch); the form then tells the person to call the local emergency
 * number, without naming one.
 */
export function emergencyNumbers(_country: string): EmergencyNumber[] {
  return [];
}
