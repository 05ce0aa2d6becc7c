// Checks made before a browser starts, so a missing piece fails loudly with the fix, never
// turns into a skipped test.
import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';

export async function requireBinary(path: string, debianPackage: 'chromium' | 'firefox-esr'): Promise<void> {
  try {
    await access(path, constants.X_OK);
  } catch {
    throw new Error(
      `${path} not found: the end-to-end tests need Debian's ${debianPackage}. ` +
        `Install it with: sudo apt-get install -y ${debianPackage}`,
    );
  }
}

export async function requireBuild(extensionDir: string): Promise<void> {
  try {
    await access(join(extensionDir, 'manifest.json'));
  } catch {
    throw new Error(`${extensionDir}/manifest.json not found: build the test extension first with npm run build:e2e`);
  }
}
