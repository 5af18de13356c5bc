// custom-elements.json is generated from the elements' doc comments; never edit it by hand.
export default {
  globs: ['src/widgets/**/*.ts'],
  exclude: ['src/widgets/**/*.styles.ts', 'src/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
