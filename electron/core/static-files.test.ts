import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-files';

describe('resolveStaticPath', () => {
  const root = '/app/renderer';
  it('serves index.html for / and files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe('/app/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/app.js')).toBe('/app/renderer/assets/app.js');
  });
  it('rejects every way out of the root', () => {
    for (const path of ['/../secret', '/assets/../../etc/passwd', '/%2e%2e/secret', '/..%2fsecret', '/a%00b', '/%E0%A4%A', '/..\\x', '/%5c..%5csecret']) {
      expect(resolveStaticPath(root, path), path).toBeNull();
    }
  });
});
