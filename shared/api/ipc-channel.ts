/**
 * The one IPC channel between the preload and Electron main. Kept in its own
 * file, free of any `electron` import, so both sides share the constant.
 */
export const API_CHANNEL = 'foras:api';
