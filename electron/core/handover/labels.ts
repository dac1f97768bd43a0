import type { PlanStatus } from '../../../shared/business-plan/model';
import type { Language } from '../../../shared/domain/roles';
import type { OrientationTopic } from '../../../shared/orientation/schemas';

/** Words of the hand-over pack (cover PDF and file names), in the participant's language. */
export interface HandoverLabels {
  documentTitle: string;
  /** {country} */
  forOffice: string;
  participant: string;
  country: string;
  city: string;
  workshop: string;
  /** {name}, {place}, {from}, {to} */
  workshopValue: string;
  date: string;
  preparedBy: string;
  consent: string;
  /** {date} */
  consentValue: string;
  contents: string;
  contentsIntro: string;
  cover: string;
  /** {kind}, {number} */
  certificate: string;
  certificateKinds: Record<'participation' | 'completion', string>;
  /** {title}, {language} */
  cv: string;
  /** {title}, {status} */
  plan: string;
  planStatuses: Record<Exclude<PlanStatus, 'draft'>, string>;
  /** {file} */
  inFile: string;
  noCertificate: string;
  noCv: string;
  noPlan: string;
  orientation: string;
  noOrientation: string;
  topics: string;
  topicNames: Record<OrientationTopic, string>;
  notes: string;
  followUp: string;
  none: string;
  languages: Record<Language, string>;
  privacy: string;
  page: string;
  files: { cover: string; certificate: string; cv: string; plan: string; pack: string };
}

export const HANDOVER_LABELS: Record<Language, HandoverLabels> = {
  fr: {
    documentTitle: 'Dossier de transmission',
    forOffice: 'Pour le bureau des migrations — {country}',
    participant: 'Participant·e',
    country: 'Pays de retour',
    city: 'Ville de retour',
    workshop: 'Atelier suivi',
    workshopValue: '{name}, {place}, du {from} au {to}',
    date: 'Date du dossier',
    preparedBy: 'Préparé par',
    consent: 'Accord de la personne',
    consentValue: 'Donné le {date} pour transmettre ces documents au bureau de son pays.',
    contents: 'Contenu du dossier',
    contentsIntro: 'Chaque document est un fichier PDF de ce dossier.',
    cover: 'Cette page : la personne, et les notes des séances d’orientation',
    certificate: '{kind} n° {number}',
    certificateKinds: { participation: 'Attestation de participation', completion: 'Certificat de réussite' },
    cv: 'CV « {title} » ({language})',
    plan: 'Plan d’affaires « {title} » ({status})',
    planStatuses: { submitted: 'envoyé à l’animateur·rice', reviewed: 'relu par l’animateur·rice' },
    inFile: 'Fichier : {file}',
    noCertificate: 'Pas de certificat délivré pour le moment.',
    noCv: 'Pas de CV.',
    noPlan: 'Pas de plan d’affaires envoyé.',
    orientation: 'Séances d’orientation',
    noOrientation: 'Pas de séance d’orientation enregistrée pour cette personne.',
    topics: 'Sujets',
    topicNames: {
      'health-entry': 'Santé et règles d’entrée',
      studies: 'Reprendre des études',
      community: 'Projets communautaires',
      funding: 'Financement d’un projet individuel',
      other: 'Autre',
    },
    notes: 'Notes',
    followUp: 'Suites à donner',
    none: '—',
    languages: { fr: 'français', en: 'anglais' },
    privacy: 'Document personnel, transmis avec l’accord de la personne, pour l’accompagner à son retour. Ne pas diffuser.',
    page: 'Page {page} sur {pages}',
    files: { cover: 'Dossier', certificate: 'Certificat', cv: 'CV', plan: 'Plan d’affaires', pack: 'Dossier de transmission' },
  },
  en: {
    documentTitle: 'Hand-over pack',
    forOffice: 'For the migration office — {country}',
    participant: 'Participant',
    country: 'Country of return',
    city: 'Town of return',
    workshop: 'Workshop attended',
    workshopValue: '{name}, {place}, from {from} to {to}',
    date: 'Date of this pack',
    preparedBy: 'Prepared by',
    consent: 'Consent of the person',
    consentValue: 'Given on {date} to send these documents to the office of their country.',
    contents: 'What this pack holds',
    contentsIntro: 'Each document is a PDF file in this pack.',
    cover: 'This page: the person, and the notes of the orientation sessions',
    certificate: '{kind} no. {number}',
    certificateKinds: { participation: 'Certificate of participation', completion: 'Certificate of completion' },
    cv: 'CV “{title}” ({language})',
    plan: 'Business plan “{title}” ({status})',
    planStatuses: { submitted: 'sent to the facilitator', reviewed: 'reviewed by the facilitator' },
    inFile: 'File: {file}',
    noCertificate: 'No certificate issued yet.',
    noCv: 'No CV.',
    noPlan: 'No business plan sent.',
    orientation: 'Orientation sessions',
    noOrientation: 'No orientation session recorded for this person.',
    topics: 'Topics',
    topicNames: {
      'health-entry': 'Health and entry rules',
      studies: 'Resuming studies',
      community: 'Community projects',
      funding: 'Funding for an individual project',
      other: 'Other',
    },
    notes: 'Notes',
    followUp: 'Follow-up',
    none: '—',
    languages: { fr: 'French', en: 'English' },
    privacy: 'Personal document, sent with the person’s consent to support their return. Do not pass on.',
    page: 'Page {page} of {pages}',
    files: { cover: 'Pack', certificate: 'Certificate', cv: 'CV', plan: 'Business plan', pack: 'Hand-over pack' },
  },
};

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
