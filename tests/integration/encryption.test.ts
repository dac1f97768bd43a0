import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core/core';
import { FULL_CV } from '../fixtures/cv/full-cv';
import { closeCore, seededLaptop } from './helpers';

/** Every file under `folder`, at any depth. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files in which `text` can be read in clear, as UTF-8 or UTF-16 (SQLite may store either). */
function filesHolding(folder: string, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return filesUnder(folder).filter((file) => {
    const bytes = readFileSync(file);
    return needles.some((needle) => bytes.includes(needle));
  });
}

describe('encryption at rest', () => {
  it('a saved CV can be read nowhere under the data folder, neither while open (WAL) nor after closing', async () => {
    const laptop = await seededLaptop();
    const canary = 'CANARY-Kadiatou-7f3e91';
    const cv = await laptop.asParticipantA.must('cvs.create', { title: 'CV', language: 'fr' });
    await laptop.asParticipantA.must('cvs.save', { cvId: cv.id, title: 'CV', document: { ...FULL_CV, summary: `Couturière ${canary}` } });
    // The CV is really saved: read back through the app.
    expect(JSON.stringify(await laptop.asParticipantA.must('cvs.get', { cvId: cv.id }))).toContain(canary);

    expect(filesUnder(laptop.dataDir).length).toBeGreaterThan(1);
    expect(filesHolding(laptop.dataDir, canary)).toEqual([]);
    closeCore(laptop.core);
    expect(filesHolding(laptop.dataDir, canary)).toEqual([]);
    expect(readFileSync(join(laptop.dataDir, DATABASE_FILE)).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
  });

  it('the same search finds the canary when a file does hold it (the search itself works)', async () => {
    const laptop = await seededLaptop();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(laptop.dataDir, 'plain.txt'), Buffer.from('x CANARY-probe y', 'utf16le'));
    expect(filesHolding(laptop.dataDir, 'CANARY-probe')).toEqual([join(laptop.dataDir, 'plain.txt')]);
  });
});
