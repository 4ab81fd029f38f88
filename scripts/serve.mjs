#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, optionally under a sub-folder to prove that every
 * link is relative: `node scripts/serve.mjs --prefix /opleidingen/ --port 4321`.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    prefix: { type: 'string', default: '/' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    /** A page to point at after starting, such as `lms/` for the LMS preview. */
    page: { type: 'string', default: '' },
  },
});

if (!existsSync(values.dir)) {
  console.error(`Nothing to serve: ${values.dir}/ does not exist. Run "npm run build" first.`);
  process.exit(1);
}
const { base } = await startStaticServer({
  dir: values.dir,
  prefix: values.prefix,
  port: Number(values.port),
  host: values.host,
});
const shown = base.replace('//127.0.0.1:', '//localhost:');
console.log(`Leerlijn is served at ${shown}`);
console.log(values.page ? `Open ${shown}${values.page}` : `LMS preview of the SCORM packages: ${shown}lms/`);
