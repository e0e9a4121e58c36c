// Builds the timeline page into dist/apps/gateway/web: one ES module bundle (esbuild), its
// stylesheet and index.html. Runs as part of `npm run build`; the gateway serves the result.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const out = join(root, 'dist', 'apps', 'gateway', 'web');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: { app: join(here, 'src', 'main.ts') },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  tsconfig: join(here, 'tsconfig.json'),
  logLevel: 'warning',
});
await Promise.all(
  ['index.html', 'app.css'].map((file) => copyFile(join(here, 'public', file), join(out, file))),
);
