import { describe, expect, it } from 'vitest';
import { segmentsOf, sentencesOf } from './segments';

describe('read-aloud text', () => {
  it('splits sentences, keeping their punctuation', () => {
    expect(sentencesOf('Bonjour. Vous allez bien ? Oui !')).toEqual(['Bonjour.', 'Vous allez bien ?', 'Oui !']);
    expect(sentencesOf('Sans point final')).toEqual(['Sans point final']);
    expect(sentencesOf('Trois choses : respirer, parler, marcher.')).toEqual(['Trois choses :', 'respirer, parler, marcher.']);
    expect(sentencesOf('Lundi : 500.\nMardi : 700.')).toEqual(['Lundi :', '500.', 'Mardi :', '700.']);
  });

  it('reads a question then its options in the chosen language, never the facilitator notes', () => {
    const t = (fr: string, en: string) => ({ fr, en });
    const segments = segmentsOf(
      {
        type: 'singleChoice', id: 'q', question: t('Quelle couleur ?', 'Which colour?'), notes: t('Note secrète', 'Secret note'),
        options: [{ id: 'a', text: t('Rouge', 'Red'), correct: true, feedback: t('Oui', 'Yes') }, { id: 'b', text: t('Bleu', 'Blue'), correct: false, feedback: t('Non', 'No') }],
      },
      'en',
    );
    expect(segments.map((s) => s.text)).toEqual(['Which colour?', 'Red', 'Blue']);
  });
});
