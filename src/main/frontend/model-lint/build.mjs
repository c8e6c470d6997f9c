// Bundles the model lint into one file that needs nothing but Node.js: bpmnlint with the rules
// Camunda Modeler applies (.bpmnlintrc: bpmnlint's recommended rules and the Camunda 7.24
// compatibility rules, the same as ../shared/tools/model-lint). The application runs it on every
// proposed procedure change (governance.ModelLint); pom.xml copies dist/model-lint.cjs into the jar.
//
// bpmnlint resolves its rules with require() at run time; compile-config turns the configuration
// into static imports of exactly the enabled rules, which esbuild can then bundle.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const compileConfig = require('bpmnlint/lib/support/compile-config');

const here = path.dirname(fileURLToPath(import.meta.url));
const generated = path.join(here, '..', 'dist', 'generated');
const out = path.join(here, '..', 'dist', 'model-lint.cjs');

const config = JSON.parse(await readFile(path.join(here, '.bpmnlintrc'), 'utf8'));
await mkdir(generated, { recursive: true });
await writeFile(path.join(generated, 'packed-config.mjs'), await compileConfig(config));

await build({
  entryPoints: [ path.join(here, 'lint.mjs') ],
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  outfile: out,
  nodePaths: [ path.join(here, '..', 'node_modules') ],
  alias: { 'packed-config': path.join(generated, 'packed-config.mjs') },
  legalComments: 'inline',
  logLevel: 'warning'
});
console.log('model-lint: bundled ' + path.relative(process.cwd(), out));
