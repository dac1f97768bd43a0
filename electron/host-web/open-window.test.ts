import { describe, expect, it } from 'vitest';
import { appWindowArgs } from './open-window';

describe('app window', () => {
  it('opens in incognito with a throwaway profile, so typed entries never reach a clear file on disk', () => {
    const args = appWindowArgs('http://127.0.0.1:4000/', '/tmp/foras-atelier-window-x');
    expect(args).toContain('--incognito');
    expect(args).toContain('--user-data-dir=/tmp/foras-atelier-window-x');
    expect(args).toContain('--app=http://127.0.0.1:4000/');
  });
});
