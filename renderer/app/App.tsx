import { Center, Loader } from '@mantine/core';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CohortDetailScreen } from '../features/cohorts/CohortDetailScreen';
import { CohortsScreen } from '../features/cohorts/CohortsScreen';
import { CvEditor } from '../features/cv/CvEditor';
import { CvListScreen } from '../features/cv/CvListScreen';
import { ParticipantHome } from '../features/home/ParticipantHome';
import { InterviewScreen } from '../features/interview/InterviewScreen';
import { MockInterviewScreen } from '../features/interview/MockInterviewScreen';
import { QuestionsScreen } from '../features/interview/QuestionsScreen';
import { LessonPlayer } from '../features/lessons/LessonPlayer';
import { SelfAssessmentScreen } from '../features/lessons/SelfAssessmentScreen';
import { StaffLessonsScreen } from '../features/lessons/StaffLessonsScreen';
import { PresenterView } from '../features/projection/PresenterView';
import { StaffScreen } from '../features/people/StaffScreen';
import { useIdleLock } from '../features/session/useIdleLock';
import { useSession } from '../features/session/store';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { SignInScreen } from '../features/signin/SignInScreen';
import { AppShellLayout } from './AppShellLayout';

export function App() {
  const { t } = useTranslation();
  const status = useSession((state) => state.status);
  const user = useSession((state) => state.user);
  useIdleLock();

  if (!status) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (status.setupRequired) return <main><SetupScreen /></main>;
  if (!user) return <main><SignInScreen /></main>;

  return (
    <HashRouter>
      <AppShellLayout>
        {user.role === 'participant' ? (
          <Routes>
            <Route path="/" element={<ParticipantHome />} />
            <Route path="/lessons/:lessonId" element={<LessonPlayer />} />
            <Route path="/cv" element={<CvListScreen />} />
            <Route path="/cv/:cvId" element={<CvEditor />} />
            <Route path="/interview" element={<InterviewScreen />} />
            <Route path="/modules/:moduleId/self-assessment/:phase" element={<SelfAssessmentScreen />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        ) : (
          <Routes>
            <Route path="/" element={<CohortsScreen />} />
            <Route path="/cohorts/:cohortId" element={<CohortDetailScreen />} />
            <Route path="/lessons" element={<StaffLessonsScreen />} />
            <Route path="/lessons/:lessonId" element={<LessonPlayer />} />
            <Route path="/present/:lessonId" element={<PresenterView />} />
            <Route path="/mock/:participantId" element={<MockInterviewScreen />} />
            {user.role === 'coordinator' && <Route path="/staff" element={<StaffScreen />} />}
            {user.role === 'coordinator' && <Route path="/settings" element={<SettingsScreen />} />}
            {user.role === 'coordinator' && <Route path="/interview-questions" element={<QuestionsScreen />} />}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        )}
      </AppShellLayout>
    </HashRouter>
  );
}
