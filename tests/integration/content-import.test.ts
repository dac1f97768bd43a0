import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { TEST_CONTENT_DIR, closeCore, openTestCore, seededLaptop } from './helpers';

const demo = JSON.parse(readFileSync(join(TEST_CONTENT_DIR, 'life-skills', 'demo-lesson', 'lesson.json'), 'utf8')) as Record<string, unknown>;
const zipOf = (files: Record<string, unknown>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([path, value]) => [path, strToU8(typeof value === 'string' ? value : JSON.stringify(value))])))).toString('base64');

describe('importing a lesson pack', () => {
  it('adds a new lesson and updates an existing one, and keeps them after a restart', async () => {
    const laptop = await seededLaptop();
    const updated = { ...demo, title: { fr: 'Leçon mise à jour', en: 'Updated lesson' } };
    const added = { ...demo, id: 'nouvelle-lecon', order: 2, title: { fr: 'Nouvelle leçon', en: 'New lesson' } };
    const zipBase64 = zipOf({ 'mon-paquet/life-skills/demo-lesson/lesson.json': updated, 'mon-paquet/life-skills/nouvelle-lecon/lesson.json': added, 'mon-paquet/README.txt': 'notes' });
    expect(await laptop.coordinator.must('content.importPack', { zipBase64 })).toEqual({ lessons: 2, modules: 0 });

    const catalog = await laptop.asParticipantA.must('lessons.catalog', {});
    expect(catalog.lessons.map((l) => l.title.fr)).toEqual(expect.arrayContaining(['Leçon mise à jour', 'Nouvelle leçon']));

    closeCore(laptop.core);
    const { core } = openTestCore(laptop.dataDir, laptop.clock);
    expect(core.deps.content.lesson('nouvelle-lecon')?.title.fr).toBe('Nouvelle leçon');
  });

  it('accepts the files of a chosen folder too', async () => {
    const laptop = await seededLaptop();
    const added = { ...demo, id: 'depuis-dossier', title: { fr: 'Depuis un dossier', en: 'From a folder' } };
    const result = await laptop.coordinator.must('content.importPack', { files: [{ path: 'paquet/life-skills/depuis-dossier/lesson.json', text: JSON.stringify(added) }] });
    expect(result.lessons).toBe(1);
  });

  it('refuses a pack with a bad step, naming file, step and problem, and stores nothing', async () => {
    const laptop = await seededLaptop();
    const steps = structuredClone(demo.steps) as Record<string, unknown>[];
    (steps[1]!.options as Record<string, unknown>[])[1]!.correct = true;
    const broken = { ...demo, id: 'cassee', steps };
    const good = { ...demo, id: 'bonne' };
    const result = await laptop.coordinator.call('content.importPack', {
      zipBase64: zipOf({ 'life-skills/cassee/lesson.json': broken, 'life-skills/bonne/lesson.json': good }),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (result.ok) return;
    expect(result.error.problems).toContain('life-skills/cassee/lesson.json — step 2 (« q1 »): a single-choice question needs exactly one correct option');
    expect(laptop.core.deps.content.lesson('bonne')).toBeUndefined();
    const packs = join(laptop.dataDir, 'content-packs');
    expect(existsSync(packs) ? readdirSync(packs) : []).toEqual([]);
  });

  it('refuses paths outside the content layout, unknown modules, garbage, and non-coordinators', async () => {
    const laptop = await seededLaptop();
    const escape = await laptop.coordinator.call('content.importPack', { files: [{ path: '../../evil/lesson.json', text: '{}' }] });
    expect(escape).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: [expect.stringContaining('not a place for content')] } });
    const unknown = await laptop.coordinator.call('content.importPack', {
      files: [{ path: 'cuisine/recette/lesson.json', text: JSON.stringify({ ...demo, id: 'recette', module: 'cuisine' }) }],
    });
    expect(unknown.ok).toBe(false);
    const garbage = await laptop.coordinator.call('content.importPack', { zipBase64: Buffer.from('not a zip at all').toString('base64') });
    expect(garbage).toMatchObject({ ok: false, error: { problems: ['the file is not a readable zip'] } });
    expect(await laptop.asFacilitatorA.call('content.importPack', { files: [{ path: 'a', text: 'b' }] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
