import { useCallback, useEffect, useState } from 'react';
import { create } from 'zustand';
import type { Language } from '../../../shared/domain/roles';
import { sentencesOf, type Segment } from './segments';

/** Which sentence is being read, so the text shown can highlight it. */
export const useReading = create<{ key: string | null; sentence: number }>()(() => ({ key: null, sentence: 0 }));

export type ReadAloudState = 'checking' | 'unavailable' | 'ready' | 'speaking';

/** Once the browser has had time to list its voices, an empty list means there are none. */
let voicesSettled = false;

function voiceFor(language: Language): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  const voices = window.speechSynthesis.getVoices();
  return voices.find((voice) => voice.lang.toLowerCase().startsWith(language)) ?? null;
}

/**
 * Reads a step aloud with the Web Speech API, one sentence per utterance so
 * the sentence being read is highlighted. Where no voice exists for the
 * language, it says so instead of failing silently. Mount it again (a `key`)
 * when the language changes.
 */
export function useReadAloud(language: Language) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => voiceFor(language));
  const [state, setState] = useState<ReadAloudState>(() =>
    !('speechSynthesis' in window) ? 'unavailable' : voiceFor(language) ? 'ready' : voicesSettled ? 'unavailable' : 'checking',
  );

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => {
      const found = voiceFor(language);
      setVoice(found);
      setState((current) => (current === 'speaking' ? current : found ? 'ready' : 'unavailable'));
    };
    window.speechSynthesis.addEventListener('voiceschanged', update);
    // Voices may arrive late; after a moment without any, say they are missing.
    const settle = window.setTimeout(() => {
      voicesSettled = true;
      update();
    }, 1500);
    return () => {
      window.speechSynthesis.removeEventListener('voiceschanged', update);
      window.clearTimeout(settle);
    };
  }, [language]);

  const stop = useCallback(() => {
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    useReading.setState({ key: null, sentence: 0 });
    setState((current) => (current === 'speaking' ? 'ready' : current));
  }, []);

  const read = useCallback(
    (segments: Segment[]) => {
      if (!voice) return;
      window.speechSynthesis.cancel();
      const queue = segments.flatMap((segment) => sentencesOf(segment.text).map((text, sentence) => ({ key: segment.key, sentence, text })));
      queue.forEach((item, index) => {
        const utterance = new SpeechSynthesisUtterance(item.text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9; // a little slower than default: many listeners are learning French
        utterance.onstart = () => useReading.setState({ key: item.key, sentence: item.sentence });
        if (index === queue.length - 1) utterance.onend = stop;
        window.speechSynthesis.speak(utterance);
      });
      setState('speaking');
    },
    [voice, stop],
  );

  useEffect(() => stop, [stop]);
  return { state, read, stop };
}
