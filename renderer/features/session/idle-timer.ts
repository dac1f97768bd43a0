/**
 * Decides when a session has been idle too long. Pure over an injected clock
 * so tests move time; the hook wires it to DOM events and a setInterval.
 */
export class IdleTimer {
  private lastActivity: number;
  private lastHeartbeat: number;

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number,
    private readonly heartbeatEveryMs = 60_000,
  ) {
    this.lastActivity = now();
    this.lastHeartbeat = this.lastActivity;
  }

  /** Records activity; returns true when the Node side should hear about it (at most once a minute). */
  activity(): boolean {
    this.lastActivity = this.now();
    if (this.lastActivity - this.lastHeartbeat >= this.heartbeatEveryMs) {
      this.lastHeartbeat = this.lastActivity;
      return true;
    }
    return false;
  }

  isIdle(): boolean {
    return this.now() - this.lastActivity >= this.idleMs;
  }

  msLeft(): number {
    return Math.max(this.idleMs - (this.now() - this.lastActivity), 0);
  }
}
