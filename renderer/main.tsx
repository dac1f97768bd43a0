import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { loadSession } from './features/session/store';
import { cssVariablesResolver, theme } from './theme';
import './global.css';

async function start(): Promise<void> {
  await initI18n('fr');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <App />
      </MantineProvider>
    </StrictMode>,
  );
  await loadSession();
}

void start();
