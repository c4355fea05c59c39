#!/usr/bin/env python3
"""Checks the shipped JSON Schemas against the demo and test files.

Valid documents must validate; each malformed variant must be rejected, so
that the schemas stay as strict as Cairn's own reader where a schema can be.
Uses Debian's python3-jsonschema (a well-kept validator) rather than our own.
"""
import copy
import json
import sys
from pathlib import Path

import jsonschema

root = Path(sys.argv[1])
schemas = root / "resources" / "schemas"
catalogue_schema = json.loads((schemas / "cairn-catalogue.schema.json").read_text())
learner_schema = json.loads((schemas / "cairn-learner.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(catalogue_schema)
jsonschema.Draft202012Validator.check_schema(learner_schema)
catalogue_validator = jsonschema.Draft202012Validator(catalogue_schema)
learner_validator = jsonschema.Draft202012Validator(learner_schema)

failures = []
passed = 0


def expect(validator, document, valid, name):
    global passed
    errors = list(validator.iter_errors(document))
    if bool(errors) == valid:
        failures.append(f"{name}: expected {'valid' if valid else 'invalid'}"
                        + (f", got: {errors[0].message}" if errors else ""))
    else:
        passed += 1


def edited(document, path, value):
    copy_ = copy.deepcopy(document)
    node = copy_
    for step in path[:-1]:
        node = node[step]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return copy_


demo_catalogue = json.loads((root / "resources/demo/catalogue.json").read_text())
demo_learner = json.loads((root / "resources/demo/learner.json").read_text())
small_catalogue = json.loads((root / "tests/data/small-catalogue.json").read_text())
small_learner = json.loads((root / "tests/data/small-learner.json").read_text())

expect(catalogue_validator, demo_catalogue, True, "demo catalogue")
expect(learner_validator, demo_learner, True, "demo learner")
expect(catalogue_validator, small_catalogue, True, "small catalogue")
expect(learner_validator, small_learner, True, "small learner")

for path, value in [
    (["format"], "cairn-learner"),
    (["version"], 2),
    (["courses"], KeyError),
    (["courses", 0, "credits"], 0),
    (["courses", 0, "code"], "DAT 401"),
    (["courses", 0, "delivery", 0], "by post"),
    (["courses", 0, "intakes", 0], "next spring"),
    (["courses", 1, "prerequisites"], {"credits": 10}),
    (["qualifications", 0, "requirements", "allOf", 0], {"course": "DAT401", "credits": 5}),
    (["qualifications", 0, "constraints", 0], {"minCredits": 5, "maxCredits": 6}),
    (["frameworks", 0, "creditHours"], 0),
    (["qualifications", 0, "programme", "weeks"], 0),
    (["qualifications", 0, "programme", "weeks"], KeyError),
    (["qualifications", 0, "programme", "cost", "amount"], -1),
    # The limits of core/model/limits.h, and what the database would refuse.
    (["courses", 0, "credits"], 1e308),
    (["courses", 1, "hours"], 1e12),
    (["courses", 1, "weeks"], 521),
    (["courses", 0, "cost", "amount"], 1e300),
    (["courses", 0, "cost", "currency"], "dollars"),
    (["courses", 0, "skills"], ["sql", "sql"]),
    (["frameworks", 0, "creditHours"], 5000),
    (["qualifications", 1, "credits"], 1e308),
    (["qualifications", 0, "currencyYears"], 1000),
    (["qualifications", 0, "maxRecognisedCredits"], 1e308),
    (["qualifications", 0, "programme", "weeks"], 521),
]:
    expect(catalogue_validator, edited(small_catalogue, path, value), False, f"catalogue with {path} = {value!r}")

for path, value in [
    (["format"], "cairn-catalogue"),
    (["name"], KeyError),
    (["records", 0, "status"], "dreaming"),
    (["overrides", 0, "advisor"], 7),
    (["records", 0, "date"], KeyError),
    (["hoursPerWeek"], 200),
    (["availability", 0, "hoursPerWeek"], -1),
    (["budgetPerYear"], {"amount": 100}),
    (["budgetPerYear", "currency"], "euros"),
    (["budgetPerYear", "amount"], 1e300),
    (["goals"], ["DIP-DA5", "DIP-DA5"]),
]:
    expect(learner_validator, edited(small_learner, path, value), False, f"learner with {path} = {value!r}")

for failure in failures:
    print("FAIL:", failure)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
