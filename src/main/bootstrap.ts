/**
 * The main process entry (built to out/main/index.js). It turns on Node's
 * compile cache before anything else is loaded, then loads the app: V8 keeps
 * the code it compiled for the bundled main process on disk, so later starts
 * skip most of the parsing and compiling. Electron's main process (Node 22+)
 * has the API; it never throws, and the cache is an optimisation only, so
 * where it is missing or cannot be used (read-only profile) the app starts
 * as it would without it. Keep this file tiny: what it imports is compiled
 * before the cache is on. https://nodejs.org/api/module.html#module-compile-cache
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { app } from 'electron';

// Under userData, not the OS temp folder: per user, and removed with the profile.
nodeModule.enableCompileCache?.(join(app.getPath('userData'), 'compile-cache'));
await import('./index.ts');
