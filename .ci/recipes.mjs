// Runs the recipes of docs/json.md ("Validating from the command line") as written: every fenced block right
// after a line `<!-- recipe: NAME -->` is copied verbatim into a scratch folder as NAME (beside links to docs/ and
// .ci/node_modules) and checked the way a developer would use it:
//
//     own_code.py   run by PYTHON: a valid score prints nothing, a broken one prints its error
//     bundler.ts    tsc --strict, "moduleResolution": "bundler", "resolveJsonModule": true
//     types.ts      tsc --strict, as bundler.ts
//     node_esm.mts  tsc --strict, "module": "nodenext", emitted and run by node: a valid score prints nothing (no
//                   strict-mode warning either), a broken one prints ajv's errors
//
//     node .ci/recipes.mjs PYTHON        (PYTHON: a python with jsonschema and rfc3339-validator)
//
// Exits 1 naming the recipe that is missing or fails.
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Absolute, because the recipes run in their own scratch folder (a relative path would not resolve there).
const python = process.argv[2]?.includes("/") ? resolve(process.argv[2]) : (process.argv[2] ?? "python3");
const page = readFileSync(join(root, "docs", "json.md"), "utf8");
const recipes = new Map();
for (const m of page.matchAll(/^<!-- recipe: (\S+) -->\n```[a-z]*\n([\s\S]*?)\n```$/gm)) recipes.set(m[1], `${m[2]}\n`);

const failures = [];
const fail = (what) => failures.push(what);
const dir = mkdtempSync(join(tmpdir(), "json-md-recipes-"));
try {
  symlinkSync(join(root, "docs"), join(dir, "docs"));
  symlinkSync(join(root, ".ci", "node_modules"), join(dir, "node_modules"));
  for (const name of ["own_code.py", "bundler.ts", "types.ts", "node_esm.mts"]) {
    if (!recipes.has(name)) fail(`docs/json.md has no block marked <!-- recipe: ${name} -->`);
  }
  for (const [name, body] of recipes) writeFileSync(join(dir, name), body);

  const scores = join(root, "docs", "schemas", "fixtures", "score", "valid");
  const valid = readFileSync(join(scores, readdirSync(scores).sort()[0]), "utf8");
  const broken = JSON.stringify({ ...JSON.parse(valid), total: 999 });
  const run = (command, args) => {
    const result = spawnSync(command, args, { cwd: dir, encoding: "utf8" });
    return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ?? ""}` };
  };
  // A valid score: exit 0 and no output; a broken one: some error output.
  const onScores = (name, command, args) => {
    writeFileSync(join(dir, "my-score.json"), valid);
    const good = run(command, args);
    if (good.status !== 0 || good.output.trim() !== "") fail(`${name} on a valid score: exit ${good.status}\n${good.output}`);
    writeFileSync(join(dir, "my-score.json"), broken);
    const bad = run(command, args);
    if (bad.status !== 0 || bad.output.trim() === "") fail(`${name} on a broken score printed no error (exit ${bad.status})\n${bad.output}`);
  };

  if (recipes.has("own_code.py")) {
    onScores("own_code.py", python, ["own_code.py"]);
    // The broken score's error names the field, never quoting the whole document.
    const said = run(python, ["own_code.py"]).output;
    if (!said.includes("['total']") || said.includes("schema_version")) fail(`own_code.py on a total of 999 does not say where, or quotes the document:\n${said}`);
  }

  const tsc = join(root, ".ci", "node_modules", ".bin", "tsc");
  const strict = { strict: true, target: "ES2022", skipLibCheck: false };
  writeFileSync(join(dir, "tsconfig.bundler.json"), JSON.stringify({
    compilerOptions: { ...strict, noEmit: true, module: "ES2022", moduleResolution: "bundler", resolveJsonModule: true, types: [] },
    files: ["bundler.ts", "types.ts"].filter((name) => recipes.has(name)),
  }));
  const bundler = run(tsc, ["-p", "tsconfig.bundler.json"]);
  if (bundler.status !== 0) fail(`bundler.ts / types.ts under tsc --strict:\n${bundler.output}`);

  if (recipes.has("node_esm.mts")) {
    writeFileSync(join(dir, "tsconfig.node.json"), JSON.stringify({
      compilerOptions: { ...strict, module: "nodenext", moduleResolution: "nodenext", types: ["node"], outDir: "out" },
      files: ["node_esm.mts"],
    }));
    const node = run(tsc, ["-p", "tsconfig.node.json"]);
    if (node.status !== 0) fail(`node_esm.mts under tsc --strict (nodenext):\n${node.output}`);
    else onScores("node_esm.mts", process.execPath, [join("out", "node_esm.mjs")]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`docs/json.md recipes: ${failures.length} failed\n${failures.join("\n")}`);
  process.exit(1);
}
console.log(`docs/json.md recipes: ${recipes.size} run as written`);
