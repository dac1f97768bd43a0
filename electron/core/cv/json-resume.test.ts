import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fromJsonResume, levelFromFluency, toJsonResume, type JsonResume } from '../../../shared/cv/json-resume';
import { cvSchema } from '../../../shared/cv/model';
import { FULL_CV } from '../../../tests/fixtures/cv/full-cv';
import { jsonResumeProblems } from './json-resume-validate';

const require = createRequire(import.meta.url);

describe('JSON Resume mapping', () => {
  it('exports a file the official schema accepts', () => {
    expect(jsonResumeProblems(toJsonResume(FULL_CV))).toEqual([]);
  });

  it('round-trips every field exactly through our own export', () => {
    expect(fromJsonResume(JSON.parse(JSON.stringify(toJsonResume(FULL_CV))), 'en')).toEqual(FULL_CV);
  });

  it('puts what both formats have in the standard fields, for other tools', () => {
    const resume = toJsonResume(FULL_CV);
    expect(resume.basics).toMatchObject({ name: 'Aïssatou Ndiaye-Bâ', label: 'Couturière en atelier', phone: '+221 77 123 45 67', location: { city: 'Thiès', countryCode: 'SN' } });
    expect(resume.work?.[0]).toEqual({ name: 'À mon compte', position: 'Couturière', location: 'Thiès, Sénégal', startDate: '2016-03', endDate: '2019-08', highlights: FULL_CV.experience[0]!.tasks });
    expect(resume.work?.[1]).not.toHaveProperty('endDate');
    expect(resume.languages?.[1]).toEqual({ language: 'Français', fluency: 'Courant' });
  });

  it('imports another tool’s JSON Resume (the schema’s own sample) into a valid CV', () => {
    const sample = require('@jsonresume/schema/sample.resume.json') as JsonResume;
    expect(jsonResumeProblems(sample)).toEqual([]);
    const cv = fromJsonResume(sample, 'en');
    expect(cvSchema.safeParse(cv).success).toBe(true);
    expect(cv.identity.firstName.length).toBeGreaterThan(0);
    expect(cv.experience.length).toBeGreaterThan(0);
  });

  it('names what is wrong in a file the schema refuses', () => {
    const problems = jsonResumeProblems({ basics: { name: 42 }, work: 'nope' });
    expect(problems.join('\n')).toMatch(/basics\.name/);
    expect(problems.join('\n')).toMatch(/work/);
  });

  it('maps free-text fluency to the four simple levels', () => {
    expect(['Native speaker', 'Langue maternelle', 'Fluent', 'C1', 'Intermediate', 'B2', 'Beginner', ''].map(levelFromFluency)).toEqual([
      'native', 'native', 'fluent', 'fluent', 'intermediate', 'intermediate', 'notions', 'notions',
    ]);
  });
});
