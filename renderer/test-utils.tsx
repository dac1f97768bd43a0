import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createClient, type ApiClient } from '../shared/api/client';
import type { MethodName } from '../shared/api/contract';
import type { Result } from '../shared/api/result';
import { setApiClient } from './api/api';
import { initI18n } from './i18n';
import { theme } from './theme';

export async function renderWithProviders(ui: ReactElement, language: 'fr' | 'en' = 'fr') {
  await initI18n(language);
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}

export interface RecordedCall {
  method: MethodName;
  input: unknown;
}

/** A client whose answers the test scripts; every call is recorded. */
export function fakeApi(answer: (method: MethodName, input: unknown) => Result<unknown>): { client: ApiClient; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const client = createClient(async (method, input) => {
    calls.push({ method, input });
    return answer(method, input);
  });
  setApiClient(client);
  return { client, calls };
}
