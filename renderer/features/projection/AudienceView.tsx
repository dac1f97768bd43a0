import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../../i18n';
import { AudienceStep } from './AudienceStep';
import { PROJECTION_CHANNEL, type AudienceMessage, type PresenterMessage } from './channel';
import { actionForKey } from './projection';
import classes from './projection.module.css';

type Shown = Extract<PresenterMessage, { kind: 'show' }>;

/**
 * The audience window: whatever the presenter shows, full screen, nothing
 * else. It needs no session (it never calls the API) and forwards keys, so a
 * clicker focused on this window still drives the presentation.
 */
export function AudienceView() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const channel = new BroadcastChannel(PROJECTION_CHANNEL);
    const send = (message: AudienceMessage) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
      if (event.data.kind === 'show') {
        setShown(event.data);
        void setLanguage(event.data.language);
      } else setShown(null);
    };
    send({ kind: 'hello' });
    const onKey = (event: KeyboardEvent) => {
      const action = actionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'fullscreen') void toggleFullscreen();
      else send({ kind: 'key', key: event.key });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      channel.close();
    };
  }, []);

  const step = shown?.lesson.steps[shown.index];
  return (
    <main className={`${classes.screen} ${shown?.blackout ? classes.blackout : ''}`} style={{ height: '100vh' }} data-testid="audience" aria-label={t('projection.audienceLabel')}>
      {!shown && <p className={classes.waiting}>{t('projection.waiting')}</p>}
      {shown && !shown.blackout && step && <AudienceStep step={step} language={shown.language} revealed={shown.revealed} />}
    </main>
  );
}

export async function toggleFullscreen(): Promise<void> {
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}
