import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ParticipantHome } from '../features/home/ParticipantHome';
import { useIdleLock } from '../features/session/useIdleLock';
import { useSession } from '../features/session/store';
import { SignInScreen } from '../features/signin/SignInScreen';
import { AppShellLayout } from './AppShellLayout';
import { ConsentGate } from '../features/privacy/ConsentGate';

// Every screen but sign-in and the participant's home loads on first use, so the sign-in screen is ready sooner
// (the forms bring zod, @mantine/form and the phone-number metadata).
const SetupScreen = lazy(() => import('../features/setup/SetupScreen').then((m) => ({ default: m.SetupScreen })));
const CohortsScreen = lazy(() => import('../features/cohorts/CohortsScreen').then((m) => ({ default: m.CohortsScreen })));
const CohortDetailScreen = lazy(() => import('../features/cohorts/CohortDetailScreen').then((m) => ({ default: m.CohortDetailScreen })));
const CvEditor = lazy(() => import('../features/cv/CvEditor').then((m) => ({ default: m.CvEditor })));
const CvListScreen = lazy(() => import('../features/cv/CvListScreen').then((m) => ({ default: m.CvListScreen })));
const InterviewScreen = lazy(() => import('../features/interview/InterviewScreen').then((m) => ({ default: m.InterviewScreen })));
const MockInterviewScreen = lazy(() => import('../features/interview/MockInterviewScreen').then((m) => ({ default: m.MockInterviewScreen })));
const QuestionsScreen = lazy(() => import('../features/interview/QuestionsScreen').then((m) => ({ default: m.QuestionsScreen })));
const LessonPlayer = lazy(() => import('../features/lessons/LessonPlayer').then((m) => ({ default: m.LessonPlayer })));
const SelfAssessmentScreen = lazy(() => import('../features/lessons/SelfAssessmentScreen').then((m) => ({ default: m.SelfAssessmentScreen })));
const StaffLessonsScreen = lazy(() => import('../features/lessons/StaffLessonsScreen').then((m) => ({ default: m.StaffLessonsScreen })));
const PresenterView = lazy(() => import('../features/projection/PresenterView').then((m) => ({ default: m.PresenterView })));
const StaffScreen = lazy(() => import('../features/people/StaffScreen').then((m) => ({ default: m.StaffScreen })));
const PlanEditor = lazy(() => import('../features/business-plan/PlanEditor').then((m) => ({ default: m.PlanEditor })));
const PlanListScreen = lazy(() => import('../features/business-plan/PlanListScreen').then((m) => ({ default: m.PlanListScreen })));
const PlanReviewScreen = lazy(() => import('../features/business-plan/PlanReviewScreen').then((m) => ({ default: m.PlanReviewScreen })));
const SessionsScreen = lazy(() => import('../features/attendance/SessionsScreen').then((m) => ({ default: m.SessionsScreen })));
const AttendanceScreen = lazy(() => import('../features/attendance/AttendanceScreen').then((m) => ({ default: m.AttendanceScreen })));
const BoardScreen = lazy(() => import('../features/board/BoardScreen').then((m) => ({ default: m.BoardScreen })));
const CertificateSettingsScreen = lazy(() => import('../features/certificates/CertificateSettingsScreen').then((m) => ({ default: m.CertificateSettingsScreen })));
const CohortCertificatesScreen = lazy(() => import('../features/certificates/CohortCertificatesScreen').then((m) => ({ default: m.CohortCertificatesScreen })));
const RegisterScreen = lazy(() => import('../features/certificates/RegisterScreen').then((m) => ({ default: m.RegisterScreen })));
const VerifyScreen = lazy(() => import('../features/certificates/VerifyScreen').then((m) => ({ default: m.VerifyScreen })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ReportsScreen = lazy(() => import('../features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })));
const AuditScreen = lazy(() => import('../features/audit/AuditScreen').then((m) => ({ default: m.AuditScreen })));
const MyConsentsScreen = lazy(() => import('../features/privacy/MyConsentsScreen').then((m) => ({ default: m.MyConsentsScreen })));
const ParticipantPrivacyScreen = lazy(() => import('../features/privacy/ParticipantPrivacyScreen').then((m) => ({ default: m.ParticipantPrivacyScreen })));
const PrivacyScreen = lazy(() => import('../features/privacy/PrivacyScreen').then((m) => ({ default: m.PrivacyScreen })));
const OrientationScreen = lazy(() => import('../features/orientation/OrientationScreen').then((m) => ({ default: m.OrientationScreen })));
const TransferScreen = lazy(() => import('../features/transfer/TransferScreen').then((m) => ({ default: m.TransferScreen })));
const BackupsScreen = lazy(() => import('../features/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })));
const RecoveryScreen = lazy(() => import('../features/recovery/RecoveryScreen').then((m) => ({ default: m.RecoveryScreen })));

export function App() {
  const { t } = useTranslation();
  const status = useSession((state) => state.status);
  const user = useSession((state) => state.user);
  useIdleLock();

  if (!status) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  // The database did not open: nothing else is shown (the Node side answers nothing else either).
  if (status.recovery) return <main><Suspense fallback={<Center h="100vh"><Loader role="status" aria-label={t('common.loading')} /></Center>}><RecoveryScreen /></Suspense></main>;
  if (status.setupRequired) return <main><Suspense fallback={<Center h="100vh"><Loader role="status" aria-label={t('common.loading')} /></Center>}><SetupScreen /></Suspense></main>;
  if (!user) return <main><SignInScreen /></main>;

  return (
    <HashRouter>
      <AppShellLayout>
        <Suspense fallback={<Center h={200}><Loader role="status" aria-label={t('common.loading')} /></Center>}>
        {user.role === 'participant' ? (
          <ConsentGate participantId={user.id}>
          <Routes>
            <Route path="/" element={<ParticipantHome />} />
            <Route path="/consents" element={<MyConsentsScreen />} />
            <Route path="/lessons/:lessonId" element={<LessonPlayer />} />
            <Route path="/cv" element={<CvListScreen />} />
            <Route path="/cv/:cvId" element={<CvEditor />} />
            <Route path="/interview" element={<InterviewScreen />} />
            <Route path="/plans" element={<PlanListScreen />} />
            <Route path="/plans/:planId" element={<PlanEditor />} />
            <Route path="/modules/:moduleId/self-assessment/:phase" element={<SelfAssessmentScreen />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
          </ConsentGate>
        ) : (
          <Routes>
            <Route path="/" element={<CohortsScreen />} />
            <Route path="/cohorts/:cohortId" element={<CohortDetailScreen />} />
            <Route path="/lessons" element={<StaffLessonsScreen />} />
            <Route path="/lessons/:lessonId" element={<LessonPlayer />} />
            <Route path="/present/:lessonId" element={<PresenterView />} />
            <Route path="/mock/:participantId" element={<MockInterviewScreen />} />
            <Route path="/participants/:participantId/privacy" element={<ParticipantPrivacyScreen />} />
            <Route path="/plans/:planId" element={<PlanReviewScreen />} />
            <Route path="/orientation" element={<OrientationScreen />} />
            <Route path="/cohorts/:cohortId/sessions" element={<SessionsScreen />} />
            <Route path="/cohorts/:cohortId/sessions/:sessionId" element={<AttendanceScreen />} />
            <Route path="/cohorts/:cohortId/board" element={<BoardScreen />} />
            <Route path="/cohorts/:cohortId/certificates" element={<CohortCertificatesScreen />} />
            <Route path="/verify" element={<VerifyScreen />} />
            {user.role === 'coordinator' && <Route path="/certificates" element={<RegisterScreen />} />}
            {user.role === 'coordinator' && <Route path="/certificates/settings" element={<CertificateSettingsScreen />} />}
            {user.role === 'coordinator' && <Route path="/staff" element={<StaffScreen />} />}
            {user.role === 'coordinator' && <Route path="/settings" element={<SettingsScreen />} />}
            {user.role === 'coordinator' && <Route path="/reports" element={<ReportsScreen />} />}
            {user.role === 'coordinator' && <Route path="/privacy" element={<PrivacyScreen />} />}
            {user.role === 'coordinator' && <Route path="/transfer" element={<TransferScreen />} />}
            {user.role === 'coordinator' && <Route path="/audit" element={<AuditScreen />} />}
            {user.role === 'coordinator' && <Route path="/backups" element={<BackupsScreen />} />}
            {user.role === 'coordinator' && <Route path="/interview-questions" element={<QuestionsScreen />} />}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        )}
        </Suspense>
      </AppShellLayout>
    </HashRouter>
  );
}
