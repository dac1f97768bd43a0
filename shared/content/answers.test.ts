import { describe, expect, it } from 'vitest';
import { checkAnswer, stepsFor } from './answers';
import type { Step } from './schema';

const t = (fr: string) => ({ fr, en: fr });
const single: Step = {
  type: 'singleChoice', id: 'q', question: t('?'),
  options: [{ id: 'a', text: t('a'), correct: true, feedback: t('oui') }, { id: 'b', text: t('b'), correct: false, feedback: t('non') }],
};
const multiple: Step = {
  type: 'multipleChoice', id: 'm', question: t('?'),
  options: [
    { id: 'a', text: t('a'), correct: true, feedback: t('x') },
    { id: 'b', text: t('b'), correct: true, feedback: t('x') },
    { id: 'c', text: t('c'), correct: false, feedback: t('x') },
  ],
};

describe('checkAnswer', () => {
  it('scores single and multiple choice on the Node side', () => {
    expect(checkAnswer(single, { type: 'singleChoice', optionId: 'a' })).toEqual({ valid: true, score: 1 });
    expect(checkAnswer(single, { type: 'singleChoice', optionId: 'b' })).toEqual({ valid: true, score: 0 });
    expect(checkAnswer(multiple, { type: 'multipleChoice', optionIds: ['a', 'b'] })).toEqual({ valid: true, score: 1 });
    expect(checkAnswer(multiple, { type: 'multipleChoice', optionIds: ['a'] })).toEqual({ valid: true, score: 0 });
    expect(checkAnswer(multiple, { type: 'multipleChoice', optionIds: ['a', 'b', 'c'] })).toEqual({ valid: true, score: 0 });
  });

  it('refuses answers of the wrong type or naming unknown options', () => {
    expect(checkAnswer(single, { type: 'singleChoice', optionId: 'z' }).valid).toBe(false);
    expect(checkAnswer(single, { type: 'reflection', text: 'x' }).valid).toBe(false);
    expect(checkAnswer(multiple, { type: 'multipleChoice', optionIds: ['a', 'zz'] }).valid).toBe(false);
  });
});

describe('stepsFor', () => {
  it('keeps steps for everyone and for the participant’s country only', () => {
    const steps = [{ id: 'all' }, { id: 'sn', countries: ['SN'] }, { id: 'ml', countries: ['ML', 'BF'] }];
    expect(stepsFor(steps, 'SN').map((s) => s.id)).toEqual(['all', 'sn']);
    expect(stepsFor(steps, 'BF').map((s) => s.id)).toEqual(['all', 'ml']);
    expect(stepsFor(steps, null).map((s) => s.id)).toEqual(['all', 'sn', 'ml']);
  });
});
