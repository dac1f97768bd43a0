import { describe, expect, it } from 'vitest';
import { AUDIENCE_URL, windowOpenDecision } from './audience-window';

const prefs = { contextIsolation: true, sandbox: true, nodeIntegration: false };
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const projector = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };

describe('window.open from the renderer', () => {
  it('opens a PDF the app made (a blob of its own origin) in a sandboxed viewer window without preload, and no other blob', () => {
    const printable = windowOpenDecision('blob:app://foras/0f8fad5b-d9cb-469f-a165-70867728950e', [], 1, {});
    expect(printable).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true } } });
    expect(JSON.stringify(printable)).not.toContain('preload');
    for (const url of ['blob:https://evil.example/0f8fad5b-d9cb-469f-a165-70867728950e', 'blob:app://foras/../etc', 'blob:app://foras/0f8fad5b-d9cb-469f-a165-70867728950e?x=1']) {
      expect(windowOpenDecision(url, [], 1, {}), url).toEqual({ action: 'deny' });
    }
  });


  it('denies everything but the audience view', () => {
    for (const url of ['https://example.org', 'app://foras/index.html#/other', 'file:///etc/passwd', `${AUDIENCE_URL}x`, 'app://evil/index.html#/audience']) {
      expect(windowOpenDecision(url, [laptop], 1, prefs), url).toEqual({ action: 'deny' });
    }
  });

  it('opens the audience view full screen on the projector, with the locked-down preferences', () => {
    const decision = windowOpenDecision(AUDIENCE_URL, [laptop, projector], 1, prefs);
    expect(decision).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: { x: 1366, y: 0, width: 1920, height: 1080, fullscreen: true, webPreferences: prefs },
    });
  });

  it('opens a plain window when there is no second display', () => {
    const decision = windowOpenDecision(AUDIENCE_URL, [laptop], 1, prefs);
    expect(decision).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { width: 1280, height: 720 } });
    expect(decision.action === 'allow' && decision.overrideBrowserWindowOptions?.fullscreen).toBeFalsy();
  });
});
