import { describe, expect, it } from 'vitest';
import { columnsOf, databaseAtVersion } from './test-helpers';

describe('migration 2: drafts', () => {
  it('adds a drafts table keyed by owner and key, leaving earlier tables alone', () => {
    const before = databaseAtVersion(1);
    const after = databaseAtVersion(2);
    expect(columnsOf(after, 'participants')).toEqual(columnsOf(before, 'participants'));
    expect(columnsOf(after, 'drafts')).toEqual(['owner_id', 'key', 'value', 'updated_at']);
    after.prepare("INSERT INTO drafts VALUES ('u1', 'k', 'v1', 't')").run();
    expect(() => after.prepare("INSERT INTO drafts VALUES ('u1', 'k', 'v2', 't')").run()).toThrow(/UNIQUE/);
    after.prepare("INSERT INTO drafts VALUES ('u2', 'k', 'v3', 't')").run();
    expect(after.prepare('SELECT COUNT(*) FROM drafts').pluck().get()).toBe(2);
  });
});
