/**
 * Writes the JSON Schema files for scenario editors: `npm run scenario:schema`.
 * With `--check`, writes nothing and exits 1 when a committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFiles } from '../scenario/json-schema';

const dir = new URL('../../scenarios/', import.meta.url);
const check = process.argv.includes('--check');
let stale = 0;

for (const [name, text] of Object.entries(schemaFiles())) {
  const path = fileURLToPath(new URL(name, dir));
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    console.error(`scenarios/${name} is out of date: run npm run scenario:schema`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote scenarios/${name}`);
  }
}
if (stale > 0) process.exitCode = 1;
