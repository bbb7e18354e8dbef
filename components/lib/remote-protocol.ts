// What the phone remote's page and the dev server agree on (browser-safe: the page imports it).

/** The phone remote's page (setup/routes.ts); `npm run dev -- --remote` prints its address (node/remote-mode.ts). */
export const PHONE_REMOTE_PATH = '/remote'

/**
 * The name of Slidev 53's notes viewer route, from which no window writes its position into the shared state; the
 * phone remote's page takes it (setup/routes.ts).
 */
export const NOTES_VIEWER_ROUTE = 'notes'

/**
 * Custom HMR events: the page pings when the phone wakes, the server (node/remote-gate.ts) answers; no answer means
 * the sleeping phone lost its connection, and the page reloads to join the talk where it is.
 */
export const REMOTE_PING = 'deck:remote-ping'
export const REMOTE_PONG = 'deck:remote-pong'
