import type { Language } from '../domain/roles';

/**
 * The consents a participant gives, one per purpose, and the exact text they
 * are shown. The text is kept here, not with the interface strings, because
 * what was agreed to must be traceable: each text has a version, recorded
 * with every consent given. Change a word → change the version.
 *
 * Short sentences and everyday words: many participants read with difficulty
 * (the screen can read the text aloud).
 */
export const CONSENT_PURPOSES = ['data', 'photo', 'audio', 'share'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** How a consent event came to be recorded. */
export const CONSENT_SOURCES = [
  /** The participant, on the laptop. */
  'participant',
  /** A staff member, with the form the participant signed on paper. */
  'paper',
  /** A staff member, on the participant's behalf (a withdrawal the participant asked for). */
  'staff',
  /** Given before the app kept a history: the text shown then was not recorded. */
  'before-history',
  /** Sample data made at set-up: nobody agreed to anything. */
  'sample',
] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** The version stored for consents that existed before texts were versioned (migration 13). */
export const VERSION_BEFORE_HISTORY = 'v0-before-history';

export interface ConsentWording {
  title: string;
  /** Read in this order; "{{country}}" is replaced by the participant's country of return. */
  paragraphs: readonly string[];
  /** A list after the paragraphs ("what is sent"), with its heading. */
  list?: { title: string; items: readonly string[] };
  /** The sentence agreed to: the label of the "I agree" button or box. */
  agreement: string;
}

export interface ConsentText {
  version: string;
  fr: ConsentWording;
  en: ConsentWording;
}

export const CONSENT_TEXTS: Readonly<Record<ConsentPurpose, ConsentText>> = {
  data: {
    version: 'data-2026-06-v1',
    fr: {
      title: 'Garder vos informations pour l’atelier',
      paragraphs: [
        'Pendant l’atelier, cet ordinateur garde ce que vous faites : vos leçons, vos réponses, vos CV, vos plans d’affaires et vos entraînements d’entretien.',
        'Ces informations servent seulement à l’atelier : vous aider, suivre vos progrès et faire votre certificat.',
        'Seule l’équipe de l’atelier peut les voir. Elles ne sont envoyées à personne sans votre accord.',
        'Vous pouvez demander une copie de vos informations. Vous pouvez aussi demander de les effacer.',
        'Vous pouvez retirer votre accord quand vous voulez, dans « Mes consentements ».',
        'Si vous n’êtes pas d’accord, vous pouvez quand même suivre les leçons. Mais rien n’est gardé.',
      ],
      agreement: 'J’accepte que l’atelier garde mes informations sur cet ordinateur.',
    },
    en: {
      title: 'Keeping your information for the workshop',
      paragraphs: [
        'During the workshop, this laptop keeps what you do: your lessons, your answers, your CVs, your business plans and your interview practice.',
        'This information is only for the workshop: to help you, to follow your progress and to make your certificate.',
        'Only the workshop team can see it. It is sent to nobody without your consent.',
        'You can ask for a copy of your information. You can also ask for it to be erased.',
        'You can withdraw your consent at any time, in “My consents”.',
        'If you do not agree, you can still follow the lessons. But nothing is kept.',
      ],
      agreement: 'I agree that the workshop keeps my information on this laptop.',
    },
  },
  photo: {
    version: 'photo-2026-06-v1',
    fr: {
      title: 'Ma photo sur mon CV',
      paragraphs: [
        'Vous pouvez mettre votre photo sur votre CV. La photo reste sur cet ordinateur, dans vos CV.',
        'Si vous retirez votre accord, la photo est enlevée de tous vos CV.',
      ],
      agreement: 'J’accepte que ma photo soit gardée sur cet ordinateur et mise sur mon CV.',
    },
    en: {
      title: 'My photo on my CV',
      paragraphs: [
        'You can put your photo on your CV. The photo stays on this laptop, in your CVs.',
        'If you withdraw your consent, the photo is removed from all your CVs.',
      ],
      agreement: 'I agree that my photo is kept on this laptop and put on my CV.',
    },
  },
  audio: {
    version: 'audio-2026-06-v1',
    fr: {
      title: 'Enregistrer ma voix',
      paragraphs: [
        'Pour vous entraîner aux entretiens, vous pouvez enregistrer votre voix et vous écouter.',
        'Sans cet accord, vous pouvez écrire vos réponses. Vous pouvez retirer l’accord : les enregistrements sont alors supprimés.',
      ],
      agreement: 'J’accepte d’enregistrer ma voix. Les enregistrements restent sur cet ordinateur.',
    },
    en: {
      title: 'Recording my voice',
      paragraphs: [
        'To practise interviews, you can record your voice and listen to yourself.',
        'Without this consent, you can type your answers. You can withdraw your consent: the recordings are then deleted.',
      ],
      agreement: 'I agree to record my voice. The recordings stay on this laptop.',
    },
  },
  share: {
    version: 'share-2026-06-v1',
    fr: {
      title: 'Mon dossier pour le bureau de mon pays',
      paragraphs: [
        'Après les ateliers, l’équipe peut envoyer vos documents au bureau des migrations de votre pays ({{country}}). Le bureau pourra mieux vous aider à votre retour.',
        'Rien n’est envoyé sans votre accord. Vous pouvez changer d’avis quand vous voulez.',
      ],
      list: {
        title: 'Ce qui est envoyé :',
        items: [
          'votre nom, votre pays et votre ville de retour',
          'votre certificat',
          'vos CV',
          'vos plans d’affaires envoyés à l’animateur·rice',
          'les notes de vos séances d’orientation',
        ],
      },
      agreement: 'Je suis d’accord pour que mon dossier soit envoyé au bureau de mon pays.',
    },
    en: {
      title: 'My file for the office of my country',
      paragraphs: [
        'After the workshops, the team can send your documents to the migration office of your country ({{country}}). The office can then help you better when you return.',
        'Nothing is sent without your consent. You can change your mind at any time.',
      ],
      list: {
        title: 'What is sent:',
        items: [
          'your name, your country and your town of return',
          'your certificate',
          'your CVs',
          'your business plans sent to the facilitator',
          'the notes of your orientation sessions',
        ],
      },
      agreement: 'I agree that my file is sent to the office of my country.',
    },
  },
};

export const currentConsentVersion = (purpose: ConsentPurpose): string => CONSENT_TEXTS[purpose].version;

/** The wording of one consent in one language, with the country of return filled in. */
export function consentWording(purpose: ConsentPurpose, language: Language, vars: { country?: string } = {}): ConsentWording {
  const wording = CONSENT_TEXTS[purpose][language];
  const fill = (text: string) => text.replaceAll('{{country}}', vars.country ?? '');
  return {
    title: wording.title,
    paragraphs: wording.paragraphs.map(fill),
    ...(wording.list ? { list: { title: wording.list.title, items: wording.list.items.map(fill) } } : {}),
    agreement: fill(wording.agreement),
  };
}

/** Everything read aloud, in reading order: the title, each paragraph, the list, then the sentence agreed to. */
export function consentReadingOrder(wording: ConsentWording): { key: string; text: string }[] {
  return [
    { key: 'title', text: wording.title },
    ...wording.paragraphs.map((text, index) => ({ key: `p${index}`, text })),
    ...(wording.list ? [{ key: 'list-title', text: wording.list.title }, ...wording.list.items.map((text, index) => ({ key: `item${index}`, text }))] : []),
    { key: 'agreement', text: wording.agreement },
  ];
}
