import { create } from 'zustand';
import { consentChange } from '../privacy/store';
import type { AttemptDto } from '../../../shared/api/dto';
import type { QuestionBank } from '../../../shared/interview/schema';
import { api } from '../../api/api';

interface InterviewState {
  bank: QuestionBank | null;
  attempts: AttemptDto[];
  audioConsent: boolean;
  loadFailed: boolean;
}

export const useInterview = create<InterviewState>()(() => ({ bank: null, attempts: [], audioConsent: false, loadFailed: false }));

export async function loadInterview(): Promise<void> {
  const [bank, attempts, consents] = await Promise.all([api()['interview.bank']({}), api()['interview.attempts']({}), api()['consents.mine']({})]);
  useInterview.setState({
    bank: bank.ok ? bank.value : null,
    attempts: attempts.ok ? attempts.value : [],
    audioConsent: consents.ok && consents.value.audio,
    loadFailed: !bank.ok || !attempts.ok,
  });
}

export async function setAudioConsent(given: boolean): Promise<void> {
  const result = await api()['consents.set'](consentChange('audio', given));
  if (result.ok) useInterview.setState({ audioConsent: result.value.audio });
  if (!given) await loadInterview();
}

export async function refreshAttempts(): Promise<void> {
  const result = await api()['interview.attempts']({});
  if (result.ok) useInterview.setState({ attempts: result.value });
}

/** Picks `count` questions of a category (or all), shuffled with the given random source. */
export function pickQuestions<T extends { category: string }>(questions: readonly T[], category: string | 'mixed', count: number, random: () => number = Math.random): T[] {
  const pool = questions.filter((question) => category === 'mixed' || question.category === category);
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled.slice(0, count);
}
