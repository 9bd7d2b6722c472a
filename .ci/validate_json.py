#!/usr/bin/env python3
"""Checks the JSON contract from outside Rust, with Python's `jsonschema` (draft 2020-12, formats on).

    validate_json.py                      every fixture under docs/schemas/fixtures/<name>/{valid,invalid}
    validate_json.py NAME FILE [FILE...]  each FILE (a JSON document, or a JSON array of documents when
                                          NAME ends in '[]') against docs/schemas/NAME.schema.json

Exits 1, listing every disagreement, when a valid document fails or an invalid one passes.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "docs" / "schemas"


def validator(name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def first_error(v, document):
    error = next(iter(v.iter_errors(document)), None)
    return None if error is None else f"{error.message} at {list(error.absolute_path)}"


def check_fixtures():
    failures, checked = [], 0
    for folder in sorted((SCHEMAS / "fixtures").iterdir()):
        v = validator(folder.name)
        for kind, want_valid in (("valid", True), ("invalid", False)):
            for path in sorted((folder / kind).glob("*.json")):
                error = first_error(v, json.loads(path.read_text()))
                checked += 1
                if (error is None) != want_valid:
                    failures.append(f"{path.relative_to(ROOT)}: expected {kind}, jsonschema says {error or 'valid'}")
    return failures, checked


def check_files(name, files):
    many = name.endswith("[]")
    v = validator(name.removesuffix("[]"))
    failures, checked = [], 0
    for file in files:
        document = json.loads(pathlib.Path(file).read_text())
        for i, item in enumerate(document if many else [document]):
            error = first_error(v, item)
            checked += 1
            if error is not None:
                failures.append(f"{file}[{i}]: {error}")
    return failures, checked


def main():
    if len(sys.argv) == 1:
        failures, checked = check_fixtures()
    else:
        failures, checked = check_files(sys.argv[1], sys.argv[2:])
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"jsonschema: {checked - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
