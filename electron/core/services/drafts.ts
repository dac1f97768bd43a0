import type { DraftDto } from '../../../shared/api/dto';
import { nowIso, requireUser } from '../context';
import type { Handlers } from '../dispatcher';
import { requireDataConsent } from './consents';

type DraftHandlers = Pick<Handlers, 'drafts.get' | 'drafts.save' | 'drafts.clear'>;

export const MAX_DRAFTS = 50;

/** Drafts always belong to the signed-in person; no input can name another owner. */
export function createDraftHandlers(): DraftHandlers {
  return {
    'drafts.get': ({ key }, ctx) => {
      const row = ctx.deps.db
        .prepare('SELECT key, value, updated_at AS updatedAt FROM drafts WHERE owner_id = ? AND key = ?')
        .get(requireUser(ctx).id, key) as DraftDto | undefined;
      return row ?? null;
    },
    'drafts.save': ({ key, value }, ctx) => {
      const updatedAt = nowIso(ctx.deps);
      const user = requireUser(ctx);
      const owner = user.id;
      // A participant's unfinished form is their data too.
      if (user.role === 'participant') requireDataConsent(ctx.deps, owner);
      const { db } = ctx.deps;
      db.transaction(() => {
        db.prepare(
          `INSERT INTO drafts (owner_id, key, value, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (owner_id, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        ).run(owner, key, value, updatedAt);
        // A person keeps at most MAX_DRAFTS unfinished forms; the oldest go first.
        db.prepare(
          `DELETE FROM drafts WHERE owner_id = ? AND key NOT IN (
             SELECT key FROM drafts WHERE owner_id = ? ORDER BY updated_at DESC, rowid DESC LIMIT ?)`,
        ).run(owner, owner, MAX_DRAFTS);
      })();
      return { key, value, updatedAt };
    },
    'drafts.clear': ({ key }, ctx) => {
      ctx.deps.db.prepare('DELETE FROM drafts WHERE owner_id = ? AND key = ?').run(requireUser(ctx).id, key);
      return null;
    },
  };
}
