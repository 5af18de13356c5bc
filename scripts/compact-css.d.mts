/** Drops the comments and the white space that CSS ignores from a stylesheet's text (see compact-css.mjs). */
export function compactCss(css: string): string;
