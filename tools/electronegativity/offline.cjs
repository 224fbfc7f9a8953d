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

// Its CSV report is written with two fs.writeFile calls that race: the header
// (which truncates the file) and the findings (appended). When the append
// lands first, the header's truncation loses findings and the report comes
// out garbled (seen about once in ten full test runs on a busy machine). In
// this process every fs.writeFile is done at once, in call order.
const fs = require('node:fs');

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (error) {
    process.nextTick(done, error);
    return;
  }
  process.nextTick(done, null);
};
