import { z } from 'zod';

/**
 * The records a transfer file carries, grouped by table, each a row as the
 * database holds it. JSON has no bytes, so a BLOB (a recording) travels as
 * `{ "b64": "…" }`; a TEXT column is always a plain string, so the two never mix.
 */
export type CellValue = null | number | string | Uint8Array;
export type TransferRow = Record<string, CellValue>;

export interface TransferPayload {
  tables: Record<string, TransferRow[]>;
}

type JsonCell = null | number | string | { b64: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

const jsonCell = z.union([
  z.null(),
  z.number(),
  z.string(),
  z.strictObject({ b64: z.string().regex(BASE64) }),
]);

const payloadSchema = z.strictObject({
  tables: z.record(z.string().regex(IDENTIFIER), z.array(z.record(z.string().regex(IDENTIFIER), jsonCell))),
});

export function payloadToJson(payload: TransferPayload): string {
  // The holder's own value: a Buffer's toJSON has already run on `value`.
  return JSON.stringify(payload, function (this: Record<string, unknown>, key: string, value: unknown) {
    const original = this[key];
    return original instanceof Uint8Array ? { b64: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64') } : value;
  });
}

/** Parses and checks the decrypted JSON; null when it is not a payload of ours. */
export function payloadFromJson(text: string): TransferPayload | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return null;
  const tables: Record<string, TransferRow[]> = {};
  for (const [table, rows] of Object.entries(parsed.data.tables)) {
    tables[table] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, cell]) => [column, fromJsonCell(cell)])));
  }
  return { tables };
}

function fromJsonCell(cell: JsonCell): CellValue {
  return cell !== null && typeof cell === 'object' ? Buffer.from(cell.b64, 'base64') : cell;
}

/** Records per table, for the file's clear header. */
export function countRows(payload: TransferPayload): Record<string, number> {
  return Object.fromEntries(Object.entries(payload.tables).map(([table, rows]) => [table, rows.length]));
}
