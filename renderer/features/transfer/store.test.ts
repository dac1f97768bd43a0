import { afterEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../../shared/api/result';
import { TRANSFER_FILE_MAX_BYTES } from '../../../shared/transfer/schemas';
import type { TransferImportPlanDto } from '../../../shared/transfer/types';
import { fakeApi } from '../../test-utils';
import { applyImport, cancelImport, readImportFile, resetImport, useTransfer } from './store';

const IMPORT_ID = '11111111-1111-4111-8111-111111111111';
const plan: TransferImportPlanDto = {
  importId: IMPORT_ID,
  total: 450,
  file: { createdAt: '2026-04-01T10:00:00.000Z', appVersion: '1.0.0', counts: { participants: 12 } },
  plan: { kinds: { participants: { added: 12, updated: 0, leftAlone: 0, skipped: 0 } }, erasedLeftOut: 0, erasedRecords: 0 },
};
const file = () => new File([new Uint8Array([70, 79, 82, 65, 83])], 'cohorte.foras');

/** A fake Node side applying 200 records per call; `failAt` makes that call fail. */
function fakeSide(options: { failAt?: number; startError?: string } = {}) {
  let calls = 0;
  return fakeApi((method): Result<unknown> => {
    if (method === 'transfer.importStart') return options.startError ? { ok: false, error: { code: options.startError as never, message: '' } } : ok(plan);
    if (method === 'transfer.importCancel') return ok(null);
    calls += 1;
    if (calls === options.failAt) return { ok: false, error: { code: 'INTERNAL', message: 'disk full' } };
    const done = Math.min(calls * 200, plan.total);
    return ok({ done, total: plan.total, report: done === plan.total ? plan.plan : null });
  });
}

afterEach(resetImport);

describe('transfer store', () => {
  it('reads the whole file first, then applies it batch by batch with progress, then shows the report', async () => {
    const { calls } = fakeSide();
    await readImportFile(file(), 'le bus part à 6 heures');
    expect(useTransfer.getState().importing).toEqual({ phase: 'ready', plan });
    expect(calls[0]).toEqual({ method: 'transfer.importStart', input: { fileBase64: 'Rk9SQVM=', passphrase: 'le bus part à 6 heures' } });
    const progress: number[] = [];
    const stop = useTransfer.subscribe((state) => state.importing.phase === 'applying' && progress.push(state.importing.done));
    await applyImport();
    stop();
    expect(progress).toEqual([0, 200, 400]);
    expect(useTransfer.getState().importing).toEqual({ phase: 'done', plan, report: plan.plan });
    expect(calls.filter((call) => call.method === 'transfer.importNext')).toHaveLength(3);
  });

  it('says when a refused file changed nothing, and when an import stopped part way', async () => {
    fakeSide({ startError: 'WRONG_PASSPHRASE' });
    await readImportFile(file(), 'pas la bonne phrase');
    expect(useTransfer.getState().importing).toMatchObject({ phase: 'failed', error: { code: 'WRONG_PASSPHRASE' }, partly: false });

    fakeSide({ failAt: 2 });
    await readImportFile(file(), 'le bus part à 6 heures');
    await applyImport();
    expect(useTransfer.getState().importing).toMatchObject({ phase: 'failed', error: { code: 'INTERNAL' }, partly: true });

    fakeSide({ failAt: 1 });
    await readImportFile(file(), 'le bus part à 6 heures');
    await applyImport();
    expect(useTransfer.getState().importing).toMatchObject({ phase: 'failed', partly: false });
  });

  it('refuses a file too large before sending it', async () => {
    const { calls } = fakeSide();
    const huge = { size: TRANSFER_FILE_MAX_BYTES + 1 } as Blob;
    await readImportFile(huge, 'le bus part à 6 heures');
    expect(useTransfer.getState().importing).toEqual({ phase: 'failed', error: 'tooLarge', partly: false });
    expect(calls).toEqual([]);
  });

  it('cancels a read import on the Node side', async () => {
    const { calls } = fakeSide();
    await readImportFile(file(), 'le bus part à 6 heures');
    await cancelImport();
    expect(calls.at(-1)).toEqual({ method: 'transfer.importCancel', input: { importId: IMPORT_ID } });
    expect(useTransfer.getState().importing).toEqual({ phase: 'idle' });
  });
});
