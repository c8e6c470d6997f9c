// Lints BPMN files as Camunda Modeler does and prints one JSON array of findings on stdout:
// [{ "file", "rule", "id", "message", "category" }], category "error" or "warn". Like the bpmnlint
// command line, a file that does not parse and every import warning are errors.
//
//   node model-lint.cjs FILE.bpmn ...
import { readFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';
import { Linter } from 'bpmnlint';
import { config, resolver } from 'packed-config';

async function lintFile(file) {
  const xml = await readFile(file, 'utf8');
  let parsed;
  try {
    parsed = await new BpmnModdle().fromXML(xml);
  } catch (error) {
    return [ finding(file, 'parse', null, 'Parse error: ' + error.message, 'error') ];
  }
  const findings = (parsed.warnings || []).map(warning => finding(
    file,
    'import',
    warning.element ? warning.element.id : null,
    'Import warning: ' + warning.message.split(/\n/)[0],
    'error'
  ));
  // a new linter per file, as the bpmnlint command line does: some rules keep state while linting
  const reports = await new Linter({ config, resolver }).lint(parsed.rootElement);
  for (const [ rule, entries ] of Object.entries(reports)) {
    for (const entry of entries) {
      findings.push(finding(file, rule, entry.id || null, entry.message, entry.category));
    }
  }
  return findings;
}

function finding(file, rule, id, message, category) {
  return { file, rule, id, message, category };
}

async function lint(files) {
  const findings = [];
  for (const file of files) {
    findings.push(...await lintFile(file));
  }
  return findings;
}

lint(process.argv.slice(2)).then(
  findings => process.stdout.write(JSON.stringify(findings)),
  error => {
    process.stderr.write(String((error && error.stack) || error));
    process.exit(2);
  }
);
