import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { AudienceView } from './features/projection/AudienceView';
import { isAudienceRoute } from './features/projection/channel';
import { fetchSession, loadSession } from './features/session/store';
import { loadSignInOptions } from './features/signin/store';
import { cssVariablesResolver, theme } from './theme';
import './global.css';

async function start(): Promise<void> {
  // The audience window of a projection shows lesson content only: no session, no API.
  const audience = isAudienceRoute(window.location.hash);
  // The first questions to the Node side leave while the texts load: the sign-in screen is ready sooner.
  const session = audience ? null : fetchSession();
  if (!audience) void loadSignInOptions();
  await initI18n('fr');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        {audience ? <AudienceView /> : <App />}
      </MantineProvider>
    </StrictMode>,
  );
  if (session) await loadSession(session);
}

void start();
