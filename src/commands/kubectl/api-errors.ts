/** Re-exports for verbs: connection failures and API error text in one place. */
export { dialError, refused, requireStore, storeOf } from './api.js';
export { dieServer, serverErrorText } from './kube-error.js';
