// The executable behind `safe-migration-kit`: runs the CLI and sets the exit code.
import { main } from './main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`safe-migration-kit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
