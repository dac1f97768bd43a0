import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../domain/roles';
import { PLAN_GUIDANCE, type FinanceGuidance, type SectionGuidance } from './guidance';
import { PLAN_SECTION_IDS, PLAN_SECTIONS, type PlanSectionId } from './model';

// The shape promised to the worksheet: every section readable as a plain SectionGuidance.
const asPromised: Record<Language, { sections: Record<PlanSectionId, SectionGuidance>; finance: FinanceGuidance }> = PLAN_GUIDANCE;

const FINANCE_KEYS = ['startup', 'funding', 'products', 'sales', 'costs', 'results'];

/** Every string of one language, named by where it sits. */
function strings(language: Language): [string, string][] {
  const { sections, finance } = asPromised[language];
  const out: [string, string][] = [];
  for (const id of PLAN_SECTION_IDS) {
    out.push([`${id}.explanation`, sections[id].explanation]);
    for (const [field, { question, example }] of Object.entries(sections[id].fields)) {
      out.push([`${id}.${field}.question`, question], [`${id}.${field}.example`, example]);
    }
  }
  for (const [key, text] of Object.entries(finance)) out.push([`finance.${key}`, text]);
  return out;
}

/** Common words that give away the other language, padded with spaces (checked against " " + text + " "). */
const FOREIGN_WORDS: Record<Language, string[]> = {
  fr: ['the', 'and', 'you', 'your', 'with', 'what', 'is', 'are', 'of', 'to', 'for', 'will', 'shop'],
  en: ['le', 'les', 'la', 'des', 'du', 'et', 'une', 'vous', 'est', 'pour', 'avec', 'je', 'boutique'],
};

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}’'-]+/u).filter(Boolean);
}

describe('PLAN_GUIDANCE', () => {
  it('covers every section and exactly its fields, in both languages', () => {
    for (const language of LANGUAGES) {
      const { sections, finance } = asPromised[language];
      expect(Object.keys(sections).sort()).toEqual([...PLAN_SECTION_IDS].sort());
      for (const id of PLAN_SECTION_IDS) {
        expect(Object.keys(sections[id].fields).sort(), `${language} ${id}`).toEqual([...PLAN_SECTIONS[id]].sort());
      }
      expect(Object.keys(finance).sort()).toEqual([...FINANCE_KEYS].sort());
    }
  });

  it('has the same keys in French and English', () => {
    expect(strings('en').map(([where]) => where)).toEqual(strings('fr').map(([where]) => where));
  });

  it('has no empty, untrimmed or overlong string', () => {
    for (const language of LANGUAGES) {
      for (const [where, text] of strings(language)) {
        expect(text.trim(), `${language} ${where}`).not.toBe('');
        expect(text, `${language} ${where}`).toBe(text.trim());
        expect(text.length, `${language} ${where}`).toBeLessThanOrEqual(400);
      }
    }
  });

  it('keeps sentences short', () => {
    for (const language of LANGUAGES) {
      for (const [where, text] of strings(language)) {
        for (const sentence of text.split(/(?<=[.?!])\s+/)) {
          expect(words(sentence).length, `${language} ${where}: ${sentence}`).toBeLessThanOrEqual(25);
        }
      }
    }
  });

  it('mentions nothing in the wrong language', () => {
    for (const language of LANGUAGES) {
      for (const [where, text] of strings(language)) {
        const found = words(text).filter((word) => FOREIGN_WORDS[language].includes(word));
        expect(found, `${language} ${where}`).toEqual([]);
      }
    }
  });

  it('uses typographic apostrophes and one spacing convention per language', () => {
    for (const language of LANGUAGES) {
      for (const [where, text] of strings(language)) {
        expect(text, `${language} ${where}`).not.toMatch(/'/);
        if (language === 'fr') {
          // An ordinary space before : ; ? ! (as in labels.ts), never none and never a no-break one.
          expect(text, `${language} ${where}`).not.toMatch(/[^ ][:;?!]/);
        } else {
          expect(text, `${language} ${where}`).not.toMatch(/\s[:;?!]/);
        }
      }
    }
  });

  it('asks a question for every field and follows one running example', () => {
    for (const language of LANGUAGES) {
      for (const id of PLAN_SECTION_IDS) {
        for (const [field, { question }] of Object.entries(asPromised[language].sections[id].fields)) {
          expect(question.endsWith('?'), `${language} ${id}.${field}`).toBe(true);
        }
      }
    }
    // The grocery shop in Bamako, with amounts in CFA francs.
    expect(PLAN_GUIDANCE.fr.sections.summary.fields.summary.example).toMatch(/boutique d’alimentation.*Bamako.*F\sCFA/s);
    expect(PLAN_GUIDANCE.en.sections.summary.fields.summary.example).toMatch(/grocery shop.*Bamako.*CFA francs/s);
    expect(PLAN_GUIDANCE.fr.sections.support.fields.support.example).toContain('950');
    expect(PLAN_GUIDANCE.en.sections.support.fields.support.example).toContain('950,000 CFA francs');
  });
});
