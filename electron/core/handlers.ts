import type { Handlers } from './dispatcher';
import { createAppHandlers } from './services/app';
import { createAuthHandlers } from './services/auth';
import { createBoardHandlers } from './services/board';
import { createCertificateHandlers } from './services/certificates';
import { createCohortHandlers } from './services/cohorts';
import { createConsentHandlers } from './services/consents';
import { createCvHandlers } from './services/cvs';
import { createInterviewHandlers } from './services/interview';
import { createDraftHandlers } from './services/drafts';
import { createHandoverHandlers } from './services/handover';
import { createLessonHandlers } from './services/lessons';
import { createOrientationHandlers } from './services/orientation';
import { createParticipantHandlers } from './services/participants';
import { createPlanHandlers } from './services/plans';
import { createPrivacyHandlers } from './services/privacy';
import { createReportHandlers } from './services/reports';
import { createSessionHandlers } from './services/sessions';
import { createStaffHandlers } from './services/staff';
import { createTransferHandlers } from './services/transfer';
import { createAuditHandlers } from './services/audit';
import { createBackupHandlers } from './services/backups';
import { createRecoveryHandlers } from './services/recovery';

/** The full handler table; `satisfies` makes a missing contract method a type error. */
export function createHandlers(): Handlers {
  return {
    ...createAppHandlers(),
    ...createAuthHandlers(),
    ...createBoardHandlers(),
    ...createCertificateHandlers(),
    ...createCohortHandlers(),
    ...createConsentHandlers(),
    ...createCvHandlers(),
    ...createInterviewHandlers(),
    ...createDraftHandlers(),
    ...createHandoverHandlers(),
    ...createLessonHandlers(),
    ...createOrientationHandlers(),
    ...createParticipantHandlers(),
    ...createPlanHandlers(),
    ...createPrivacyHandlers(),
    ...createReportHandlers(),
    ...createSessionHandlers(),
    ...createStaffHandlers(),
    ...createTransferHandlers(),
    ...createAuditHandlers(),
    ...createBackupHandlers(),
    ...createRecoveryHandlers(),
  } satisfies Handlers;
}
