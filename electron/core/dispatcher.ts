import type { z } from 'zod';
import { contract, isMethodName, type MethodName, type OutputOf, type ParsedInputOf } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { fieldErrorsOf } from '../../shared/domain/schemas';
import type { CallContext, CoreDeps, SessionSlot } from './context';
import { AppError } from './errors';
import { assertTargetAllowed } from './scope';
import { storageErrorOf } from './storage-errors';
import { sessionEpoch } from './session-epoch';

/** While the database cannot be opened, only these answer: the renderer shows the recovery screen. */
export const RECOVERY_METHODS: ReadonlySet<string> = new Set(['app.status', 'app.setLanguage', 'recovery.status', 'recovery.restore', 'recovery.quit', 'recovery.retry']);

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>, ctx: CallContext) => OutputOf<M> | Promise<OutputOf<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export type Dispatch = (session: SessionSlot, method: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  log?: (message: string, error: unknown) => void;
}

/**
 * The single entry point for every call from a renderer, whatever the
 * transport. In order: known method, session still fresh, role, input
 * schema, record-level target, then the handler. Nothing reaches a handler
 * that failed a step, so a refused call never writes.
 */
export function createDispatcher(deps: CoreDeps, handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  const log = options.log ?? ((message, error) => console.error(message, error));

  return async (session, method, rawInput) => {
    if (!isMethodName(method)) return failure('UNKNOWN_METHOD', `Unknown method`);
    const def = contract[method];
    if (deps.database.problem() && !RECOVERY_METHODS.has(method)) {
      session.user = null;
      return failure('RECOVERY_REQUIRED', 'The database needs recovery');
    }
    expireIdleSession(session, deps.now());
    if (session.user && (session.epoch ?? 0) !== sessionEpoch(deps)) session.user = null;
    const user = session.user;

    if (def.access !== 'public') {
      if (!user) return failure('UNAUTHENTICATED', 'Sign in first');
      if (!def.access.includes(user.role)) return failure('FORBIDDEN', `${method} is not open to ${user.role}`);
    }

    const parsed = (def.input as z.ZodType).safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: 'Invalid input', fields: fieldErrorsOf(parsed.error) } };
    }

    try {
      if (user && 'target' in def && def.target) {
        const target = (def.target as (input: unknown) => Parameters<typeof assertTargetAllowed>[2] | null)(parsed.data);
        if (target) assertTargetAllowed(deps.db, user, target);
      }
      const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
      const value = await handler(parsed.data, { deps, session, user });
      if (session.user) session.lastActivityMs = deps.now().getTime();
      if (session.user) session.epoch = sessionEpoch(deps);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      log(`Method ${method} failed`, error);
      return { ok: false, error: storageErrorOf(error) ?? { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' } };
    }
  };
}

/** The Node side locks a session on its own too, so a renderer that stops counting cannot keep it open. */
function expireIdleSession(session: SessionSlot, now: Date): void {
  const user = session.user;
  if (!user) return;
  if (now.getTime() - session.lastActivityMs > user.idleMinutes * 60_000) session.user = null;
}

function failure(code: 'UNKNOWN_METHOD' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'INTERNAL' | 'RECOVERY_REQUIRED', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
