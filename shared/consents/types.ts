import type { Language } from '../domain/roles';
import type { ConsentPurpose, ConsentSource } from './texts';

/** Where one consent stands now. */
export interface ConsentStateDto {
  purpose: ConsentPurpose;
  given: boolean;
  /** When the consent now in force was given (null when not given). */
  givenAt: string | null;
  /** When it was last withdrawn (null when never, or given again since). */
  withdrawnAt: string | null;
  /** The version of the text agreed to (null when not given). */
  textVersion: string | null;
  language: Language | null;
}

/** One line of the consent history: given or withdrawn, which text, by whom. */
export interface ConsentEventDto {
  id: string;
  purpose: ConsentPurpose;
  action: 'given' | 'withdrawn';
  textVersion: string;
  language: Language | null;
  at: string;
  source: ConsentSource;
  /** The staff member who recorded it (paper form or on the participant's behalf); null when the participant did, or for older rows. */
  recordedBy: { id: string; name: string | null } | null;
}

export interface ParticipantConsentsDto {
  participantId: string;
  current: ConsentStateDto[];
  /** Newest first. */
  history: ConsentEventDto[];
  /** The consent to keep their data was withdrawn: they are on the coordinator's list for erasure. */
  erasureRequested: boolean;
}
