/** The folder with initdb and pg_ctl: $PG_BIN, else the newest /usr/lib/postgresql/N/bin, else undefined. */
export function postgresBinDir(): string | undefined;
/** Installs Debian's "postgresql" package when the programs are missing and this machine can; throws a clear message otherwise. */
export function ensurePostgres(): string;
