/** The hand-over pack for the home-country office: a cover PDF and the participant's documents, in one ZIP (see services/handover.ts). */
export { renderHandoverCover, type HandoverCoverData, type HandoverEntry, type HandoverSession } from './cover-pdf';
export { HANDOVER_LABELS, fill, type HandoverLabels } from './labels';
export { createFileNamer, packFileName, zipPack, type PackFile } from './pack';
