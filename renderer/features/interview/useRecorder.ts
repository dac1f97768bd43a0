import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_RECORDING_MS } from '../../../shared/interview/timer';

export type RecorderState = 'idle' | 'recording' | 'denied' | 'missing' | 'failed';
export interface Recording {
  blob: Blob;
  mime: string;
  ms: number;
}

/**
 * Records the microphone with MediaRecorder, capped at 5 minutes. A missing
 * or refused microphone is a state the screen explains (typing still works),
 * never an exception.
 */
export function useRecorder(onStop: (recording: Recording) => void) {
  const [state, setState] = useState<RecorderState>('idle');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const cap = useRef<number | undefined>(undefined);
  const stopCallback = useRef(onStop);
  stopCallback.current = onStop;

  const stop = useCallback(() => {
    window.clearTimeout(cap.current);
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') return setState('missing');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      const name = (error as DOMException).name;
      return setState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : name === 'NotFoundError' ? 'missing' : 'failed');
    }
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream);
    const began = Date.now();
    media.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data);
    media.onstop = () => {
      stream.getTracks().forEach((track) => track.stop());
      setState('idle');
      setStartedAt(null);
      const mime = media.mimeType || 'audio/webm';
      stopCallback.current({ blob: new Blob(chunks, { type: mime }), mime, ms: Math.min(Date.now() - began, MAX_RECORDING_MS) });
    };
    media.start(1000);
    recorder.current = media;
    setStartedAt(began);
    setState('recording');
    cap.current = window.setTimeout(() => media.state === 'recording' && media.stop(), MAX_RECORDING_MS);
  }, []);

  useEffect(() => stop, [stop]);
  return { state, startedAt, start, stop };
}
