/**
 * The explicit list of methods the renderer may call. Kept free of zod so the
 * sandboxed preload stays small; `contract.ts` must define exactly these
 * (checked by `satisfies`), and anything else is refused before a handler.
 */
export const METHOD_NAMES = [
  'app.status',
  'app.setLanguage',
  'setup.complete',
  'auth.signInOptions',
  'auth.signInParticipant',
  'auth.signInStaff',
  'auth.current',
  'auth.heartbeat',
  'auth.lock',
  'me.profile',
  'drafts.get',
  'drafts.save',
  'drafts.clear',
  'cohorts.list',
  'cohorts.create',
  'cohorts.update',
  'cohorts.setActive',
  'participants.list',
  'participants.get',
  'participants.create',
  'participants.update',
  'participants.resetPin',
  'staff.list',
  'staff.createFacilitator',
  'staff.changeOwnPassword',
  'settings.get',
  'settings.update',
  'sample.remove',
  'lessons.catalog',
  'lessons.get',
  'progress.mine',
  'progress.lesson',
  'progress.saveAnswer',
  'progress.setPosition',
  'progress.complete',
  'selfAssessment.save',
  'content.importPack',
  'cvs.list',
  'cvs.create',
  'cvs.get',
  'cvs.save',
  'cvs.duplicate',
  'cvs.delete',
  'cvs.exportPdf',
  'cvs.exportJsonResume',
  'cvs.importJsonResume',
  'consents.mine',
  'consents.set',
  'interview.bank',
  'interview.attempts',
  'interview.saveAttempt',
  'interview.addQuestion',
  'interview.mockAttempt',
  'interview.rateSelf',
  'interview.recording',
  'interview.deleteRecording',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(METHOD_NAMES);

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && KNOWN.has(name);
}
