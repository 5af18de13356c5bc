/**
 * Where an exit goes when the site gave no usable address: a neutral weather page. The exit button
 * and the report form's built-in one must leave for the same place, so it lives here.
 */
export const defaultExitHref = 'https://www.bbc.com/weather';
