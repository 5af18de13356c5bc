/** Where Debian's Chromium is, and the arguments every tool here starts it with (see chromium.mjs). */
export function chromiumPath(): string;
export const chromiumArgs: string[];
export function hasChromium(): boolean;
