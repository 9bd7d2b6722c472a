// Checks the JSON contract as a TypeScript app sees it: ajv in its default strict mode.
//
//     node .ci/validate_ajv.mjs                      compile every docs/schemas/*.schema.json, then
//                                                    validate every fixture docs/schemas/fixtures/<name>/{valid,invalid}
//     node .ci/validate_ajv.mjs NAME FILE [FILE...]  each FILE (a JSON document, or a JSON array of documents when
//                                                    NAME ends in '[]') against docs/schemas/NAME.schema.json
//
// Exits 1, listing every disagreement, when a schema does not compile in strict mode, a strict-mode warning is
// logged, a valid document fails or an invalid one passes. The options are the recipe in docs/json.md.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const schemas = join(root, "docs", "schemas");
const warnings = [];
const logger = { log: console.log, warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" ")) };

function compile(name) {
  // The docs/json.md recipe: strict mode stays on (ajv's default), discriminator on, standard formats added.
  const ajv = new Ajv2020({ discriminator: true, allErrors: false, logger });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(schemas, `${name}.schema.json`), "utf8"));
  return ajv.compile(schema);
}

const read = (path) => JSON.parse(readFileSync(path, "utf8"));
const describe = (validate) =>
  (validate.errors ?? []).slice(0, 1).map((e) => `${e.instancePath || "/"} ${e.message}`).join("") || "valid";

const failures = [];
let checked = 0;
const args = process.argv.slice(2);
if (args.length === 0) {
  const names = readdirSync(schemas).filter((f) => f.endsWith(".schema.json")).map((f) => f.replace(".schema.json", "")).sort();
  for (const name of names) {
    let validate;
    try {
      validate = compile(name);
    } catch (error) {
      failures.push(`${name}.schema.json: ajv strict mode refuses it: ${error.message}`);
      continue;
    }
    const folder = join(schemas, "fixtures", name);
    if (!existsSync(folder)) continue;
    for (const [kind, wantValid] of [["valid", true], ["invalid", false]]) {
      const dir = join(folder, kind);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
        const path = join(dir, file);
        const ok = validate(read(path));
        checked += 1;
        if (ok !== wantValid) failures.push(`${relative(root, path)}: expected ${kind}, ajv says ${describe(validate)}`);
      }
    }
  }
  // A wrong tag is reported as a wrong tag (the discriminator), not as the first branch's missing field.
  const event = compile("event");
  checked += 1;
  const wrongTag = { at: "2026-01-08T09:00:00Z", actor: { role: "patient" }, event: { type: "no_such_event" } };
  if (event(wrongTag) || event.errors?.[0]?.keyword !== "discriminator") {
    failures.push(`event.schema.json: a wrong "type" should fail the discriminator, ajv says ${describe(event)}`);
  }
} else {
  const [spec, ...files] = args;
  const many = spec.endsWith("[]");
  const validate = compile(spec.replace(/\[\]$/, ""));
  for (const file of files) {
    const document = read(file);
    (many ? document : [document]).forEach((item, i) => {
      checked += 1;
      if (!validate(item)) failures.push(`${file}[${i}]: ${describe(validate)}`);
    });
  }
}
for (const warning of warnings) failures.push(`ajv strict-mode warning: ${warning}`);
for (const failure of failures) console.error(failure);
console.log(`ajv (strict): ${checked - (failures.length - warnings.length)} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
