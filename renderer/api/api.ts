import { createClient, type ApiClient } from '../../shared/api/client';
import type { ApiErrorBody, Result } from '../../shared/api/result';
import { pickTransport } from './transport';

let client: ApiClient | null = null;
const expiryListeners = new Set<() => void>();

/** The app's one API client; every call that finds the session expired notifies the session store. */
export function api(): ApiClient {
  if (!client) {
    const transport = pickTransport();
    client = createClient(async (method, input) => {
      const result = await transport(method, input);
      if (!result.ok && result.error.code === 'UNAUTHENTICATED') expiryListeners.forEach((listener) => listener());
      return result;
    });
  }
  return client;
}

export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

/** For tests: use a fake client. */
export function setApiClient(fake: ApiClient | null): void {
  client = fake;
}

export class ApiCallError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
