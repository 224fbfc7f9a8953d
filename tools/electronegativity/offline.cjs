// Electronegativity fetches its translations and Electron's release list
// from GitHub at start-up. Offline, got 11's retry then throws from a timer
// on Node 24 ("The `onCancel` handler was attached after the promise
// settled") and kills the scan. The scan itself is local, so every fetch is
// made to fail at once; Electronegativity already falls back to its bundled
// English strings. Loaded with `node --require`.
const Module = require('node:module');

const offline = () =>
  Promise.reject(new Error('offline: network fetches are disabled for the scan'));
offline.extend = () => offline;
offline.get = offline;

const load = Module._load;
Module._load = function loadWithoutNetwork(request, parent, isMain) {
  if (request === 'got') return offline;
  return load.call(this, request, parent, isMain);
};
