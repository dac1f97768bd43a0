import type { Localized, Step } from '../../../shared/content/schema';
import type { Language } from '../../../shared/domain/roles';

/** A piece of step text that is shown and can be read aloud, with a stable key for highlighting. */
export interface Segment {
  key: string;
  text: string;
}

export const pick = (text: Localized, language: Language): string => text[language];

/** Splits a text into lines (content may use "\n" for lists and tables) and each line into sentences. */
export function linesOf(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => (line.match(/[^.!?…:]+(?:[.!?…:]+|$)/g) ?? []).map((piece) => piece.trim()).filter((piece) => piece.length > 0))
    .filter((line) => line.length > 0);
}

/** The sentences of a text in reading order; read-aloud highlights them one by one. */
export function sentencesOf(text: string): string[] {
  return linesOf(text).flat();
}

/** What is read aloud for a step, in reading order (notes are for the facilitator and never read). */
export function segmentsOf(step: Step, language: Language): Segment[] {
  const t = (text: Localized) => pick(text, language);
  switch (step.type) {
    case 'explanation':
      return [{ key: 'title', text: t(step.title) }, { key: 'text', text: t(step.text) }];
    case 'singleChoice':
    case 'multipleChoice':
      return [{ key: 'question', text: t(step.question) }, ...step.options.map((o) => ({ key: `option:${o.id}`, text: t(o.text) }))];
    case 'reflection':
      return [{ key: 'prompt', text: t(step.prompt) }, ...(step.hint ? [{ key: 'hint', text: t(step.hint) }] : [])];
    case 'scenario':
      return [{ key: 'situation', text: t(step.situation) }, ...step.choices.map((c) => ({ key: `choice:${c.id}`, text: t(c.text) }))];
    case 'scale':
      return [{ key: 'statement', text: t(step.statement) }];
    case 'checklist':
      return [{ key: 'title', text: t(step.title) }, ...step.items.map((item) => ({ key: `item:${item.id}`, text: t(item.text) }))];
    case 'groupActivity':
      return [{ key: 'title', text: t(step.title) }, { key: 'instructions', text: t(step.instructions) }];
    case 'openTool':
      return [{ key: 'title', text: t(step.title) }, { key: 'text', text: t(step.text) }];
  }
}

/** A short title for overviews and the "next step" preview. */
export function stepTitle(step: Step, language: Language): string {
  const first = segmentsOf(step, language)[0]?.text ?? '';
  return first.length > 90 ? `${first.slice(0, 87)}…` : first;
}
