/**
 * The largest request the browser host reads (a transfer file travels as
 * base64 inside one JSON call). Electron's IPC has no such limit; the
 * contract's own maxima keep both hosts alike.
 */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024 * 1024;
