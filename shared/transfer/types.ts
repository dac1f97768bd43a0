/**
 * What the transfer screens get back. Counts are per table of the database
 * ("participants", "cvs"…); the screen names each kind in words.
 */

/** What happened (or, before applying, what will happen) to one kind of record. */
export interface TransferKindCounts {
  /** New on this laptop. */
  added: number;
  /** Already here in an older version: replaced by the file's newer one. */
  updated: number;
  /** Already here, the same or newer: kept as it is. */
  leftAlone: number;
  /**
   * Not brought over: it clashes with a different record here (e.g. a
   * certificate number already used on this laptop), depends on one that
   * could not come, or belongs to someone erased on this laptop.
   */
  skipped: number;
}

export type TransferCounts = Record<string, TransferKindCounts>;

export interface TransferReportDto {
  kinds: TransferCounts;
  /** Participants erased on this laptop whom the file would have brought back: left out. */
  erasedLeftOut: number;
  /** Records left out with them (their own rows included); counted in `skipped` too. */
  erasedRecords: number;
}

/** The file, checked and read: what it holds and what importing it will do. */
export interface TransferImportPlanDto {
  importId: string;
  /** Records to go through (the progress bar's 100 %). */
  total: number;
  file: { createdAt: string; appVersion: string; counts: Record<string, number> };
  plan: TransferReportDto;
}

export interface TransferImportStepDto {
  done: number;
  total: number;
  /** Set once the last record is applied. */
  report: TransferReportDto | null;
}
