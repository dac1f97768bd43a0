import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSES, CONSENT_TEXTS, consentReadingOrder, consentWording } from './texts';

describe('consent texts', () => {
  it('has a version and a French and English text for every purpose, nothing empty', () => {
    const versions = new Set<string>();
    for (const purpose of CONSENT_PURPOSES) {
      const text = CONSENT_TEXTS[purpose];
      expect(text.version, purpose).toMatch(new RegExp(`^${purpose}-\\d{4}-\\d{2}-v\\d+$`));
      versions.add(text.version);
      for (const language of ['fr', 'en'] as const) {
        const wording = text[language];
        for (const line of [wording.title, wording.agreement, ...wording.paragraphs, ...(wording.list?.items ?? [])]) expect(line.trim(), `${purpose} ${language}`).not.toBe('');
        expect(wording.paragraphs.length, `${purpose} ${language}`).toBe(text.fr.paragraphs.length);
        expect(wording.list?.items.length).toBe(text.fr.list?.items.length);
      }
    }
    expect(versions.size).toBe(CONSENT_PURPOSES.length);
  });

  it('keeps sentences short for people who read with difficulty (at most 30 words)', () => {
    for (const purpose of CONSENT_PURPOSES) {
      for (const language of ['fr', 'en'] as const) {
        const sentences = CONSENT_TEXTS[purpose][language].paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/));
        for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(30);
      }
    }
  });

  it('fills in the country and reads the agreement last', () => {
    const wording = consentWording('share', 'fr', { country: 'Mali' });
    expect(wording.paragraphs[0]).toContain('(Mali)');
    expect(JSON.stringify(wording)).not.toContain('{{');
    const order = consentReadingOrder(wording);
    expect(order[0]).toEqual({ key: 'title', text: wording.title });
    expect(order.at(-1)).toEqual({ key: 'agreement', text: wording.agreement });
    expect(order.map((segment) => segment.key)).toContain('item4');
  });
});
