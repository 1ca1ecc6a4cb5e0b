#!/usr/bin/env python3
"""validate_schema.py SCHEMA FILE...: validates YAML or JSON files against a JSON Schema.

Uses Debian's python3-jsonschema. YAML is read as YAML 1.2 would type it, the way
editors' yaml-language-server does: dates stay text. Exit 1 lists every error.
"""
import json
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1's timestamp typing (2026-09-03 stays a string) and
    with YAML 1.2's booleans: only true and false (yes, no, on, off stay strings)."""


_BOOL = "tag:yaml.org,2002:bool"
Yaml12Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:timestamp", _BOOL)]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(path):
    with open(path, encoding="utf-8") as handle:
        if path.endswith((".yaml", ".yml")):
            return yaml.load(handle, Loader=Yaml12Loader)
        return json.load(handle)


def main():
    schema = load(sys.argv[1])
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    failed = False
    for path in sys.argv[2:]:
        errors = list(validator.iter_errors(load(path)))
        if errors:
            # The deepest, most relevant error: oneOf alternatives hide the real cause.
            best = jsonschema.exceptions.best_match(errors)
            while best.context:
                best = jsonschema.exceptions.best_match(best.context)
            where = "/".join(str(part) for part in best.absolute_path)
            print(f"{path}: invalid: {where}: {best.message[:300]}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
