import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes the extension ClaimLens's cost is measured against: an MV3 extension whose content script,
 * injected into the same pages at the same time, does nothing (`void 0`). Returns its folder.
 */
export function writeBareExtension(dir = path.resolve('test-results/bare-extension')): string {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Bare content script',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'content.js'), 'void 0;\n');
  writeFileSync(path.join(dir, 'worker.js'), 'void 0;\n');
  return dir;
}
