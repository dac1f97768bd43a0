import { describe, expect, it } from 'vitest';
import { emptyCv } from './model';
import { cvWarnings } from './warnings';

describe('cvWarnings', () => {
  it('points at what is missing or odd, without refusing anything', () => {
    const cv = emptyCv('fr', { firstName: 'Awa', lastName: '', country: 'SN' });
    cv.contact.phone = '12';
    cv.contact.email = 'awa@';
    cv.experience.push({ id: 'e1', role: '', employer: '', selfEmployed: true, place: '', start: '2024-05', end: '2023-01', current: false, tasks: [] });
    expect(cvWarnings(cv).map((w) => `${w.path}:${w.key}`)).toEqual([
      'identity:name', 'targetJob:targetJob', 'contact.phone:phone', 'contact.email:email', 'experience.0.role:role', 'experience.0.end:endBeforeStart',
    ]);
  });

  it('is quiet for a complete CV', () => {
    const cv = emptyCv('en', { firstName: 'Kofi', lastName: 'Mensah', country: 'TG' });
    cv.targetJob = 'Mechanic';
    cv.contact.phone = '+228 90 12 34 56';
    cv.experience.push({ id: 'e1', role: 'Mechanic', employer: 'Garage', selfEmployed: false, place: 'Lomé', start: '2019-01', end: '', current: true, tasks: [] });
    expect(cvWarnings(cv)).toEqual([]);
  });
});
