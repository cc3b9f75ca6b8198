import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OwnedResource } from './owned-resource';

const TEST_ROOT = join(__dirname, '..', '..');

function isolationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return isolationFiles(path);
    return entry.name.endsWith('.isolation.ts') ? [path] : [];
  });
}

/** Every `ownedResources` export of the `*.isolation.ts` files under `api/test/`. */
export function loadOwnedResources(): OwnedResource[] {
  return isolationFiles(TEST_ROOT).flatMap((file) => {
    // The files are found at run time, so they are required rather than imported.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(file) as { ownedResources?: OwnedResource[] };
    if (!exported.ownedResources) throw new Error(`${file} exports no ownedResources`);
    return exported.ownedResources;
  });
}
