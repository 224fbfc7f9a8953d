import { config } from 'zod';

// Main parses each schema a handful of times per run (the store at start, one
// change per click). zod compiles a fast path for every object schema on its
// first parse (new Function), which costs more at start-up than it ever
// saves here. The setting is read when a schema is created, so it must come
// before every schema module: the build puts this module at the end of zod's
// own chunk (electron.vite.config.ts), which every chunk with schemas imports.
config({ jitless: true });
