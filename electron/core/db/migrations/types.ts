import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  /** Strictly increasing; becomes PRAGMA user_version once applied. */
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
