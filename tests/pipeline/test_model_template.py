"""The model template override (pipeline/templates/openapi/model.py.jinja) parses exactly like
the generator's own model templates: same objects, same ``to_dict``, same unknown fields kept,
same fallbacks when a union member does not parse, and an error (of the kinds every caller
catches) where the generator's code raises one. Checked on seeded random, schema-shaped data,
with unknown enum values, unknown fields, wrong types and missing keys mixed in, for every
model of the quirk fixtures and of the specs the facade uses.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.strings import ClassName

from pipeline import apis
from pipeline.openapi_gen import TEMPLATES, build_package

from .conftest import FIXTURES

SAMPLES = 25
CAUGHT = {"TypeError", "ValueError", "AttributeError", "KeyError"}  # what every caller of from_dict catches
INPUTS = {
    "quirks30": (FIXTURES / "quirks-3.0.yaml", None),
    "quirks31": (FIXTURES / "quirks-3.1.yaml", None),
    **{
        name: (apis.by_name(name).spec_file(), apis.by_name(name).overlay_file)
        for name in ("runpod_v2", "primeintellect", "novita")
    },
}


def _value(schema: Any, defs: dict[str, Any], rng: random.Random, depth: int = 0) -> Any:
    """A random value shaped by ``schema``; now and then a wrong or unknown one."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[-1]]
    if not isinstance(schema, dict) or depth > 6:
        return rng.choice(["x", 1, None, {}, []])
    if rng.random() < 0.03:
        return rng.choice(["wrong", 42, 1.5, True, None, [], {}, ["a"], [[]], {"q": 1}])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _value(rng.choice(schema[key]), defs, rng, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _value(part, defs, rng, depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return merged
    if "enum" in schema:
        return "valueAddedLater" if rng.random() < 0.15 else rng.choice(schema["enum"])
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = rng.choice(kind)
    if kind is None:
        kind = "object" if "properties" in schema else "array" if "items" in schema else None
    if kind is None or kind == "null" or (schema.get("nullable") and rng.random() < 0.2):
        return rng.choice([None, "any", 3, {"k": "v"}]) if kind is None else None
    if kind == "object":
        out: dict[str, Any] = {}
        required = set(schema.get("required", []))
        for name, sub in (schema.get("properties") or {}).items():
            if (name in required and rng.random() > 0.01) or rng.random() < 0.6:
                out[name] = _value(sub, defs, rng, depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            for i in range(rng.randint(0, 2)):
                out[f"extra{i}"] = _value(extra, defs, rng, depth + 1)
        elif rng.random() < 0.3:
            out["fieldAddedLater"] = rng.choice([1, "s", {"nested": [1]}, None])
        return out
    if kind == "array":
        return [_value(schema.get("items", {}), defs, rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "string":
        return {
            "date-time": lambda: rng.choice(["2026-11-23T12:00:00Z", "2026-11-23T12:00:00.5+02:00", "soon"]),
            "date": lambda: rng.choice(["2026-11-23", "later"]),
            "uuid": lambda: rng.choice(["12345678-1234-5678-1234-567812345678", "nope"]),
        }.get(schema.get("format"), lambda: rng.choice(["a", "", "H100", "ssh root@1.2.3.4 -p 22"]))()
    if kind == "integer":
        return rng.randint(-3, 100)
    if kind == "number":
        return rng.choice([1.5, 3, 0.0])
    return rng.random() < 0.5


def _outcome(model: type, data: Any) -> tuple[str, ...]:
    try:
        parsed = model.from_dict(data)  # type: ignore[attr-defined]
    except Exception as exc:
        assert type(exc).__name__ in CAUGHT, f"{model.__name__}.from_dict raised {exc!r}"
        return ("error",)
    text = re.sub(r"<[\w.]+\.types\.Unset object at 0x[0-9a-f]+>", "UNSET", repr(parsed))
    try:  # a union member kept as JSON gave it (it did not parse) cannot always be written back
        written = json.dumps(parsed.to_dict(), sort_keys=True, default=repr)
    except Exception as exc:
        written = f"to_dict raised {type(exc).__name__}"
    return ("ok", text, written)


@pytest.fixture(scope="module", params=sorted(INPUTS))
def packages(request, tmp_path_factory) -> tuple[str, Path, Path, dict[str, Any]]:
    """(name, package built with the generator's model templates, with ours, component schemas)."""
    name = request.param
    spec, overlay = INPUTS[name]
    reference_templates = tmp_path_factory.mktemp("reference-templates")
    for kept in TEMPLATES.glob("*.jinja"):  # every override but the model ones (enums stay open)
        if kept.name not in ("model.py.jinja", "gpupods_parse.jinja"):
            shutil.copy(kept, reference_templates / kept.name)
    reference = build_package(name, spec, overlay, tmp_path_factory.mktemp(f"{name}-ref"), reference_templates)
    ours = build_package(name, spec, overlay, tmp_path_factory.mktemp(f"{name}-ours"))
    schemas = reference.normalized.generator_view().get("components", {}).get("schemas", {})
    return name, reference.package, ours.package, schemas


def test_override_parses_like_the_generator(packages, import_package) -> None:
    name, reference_dir, ours_dir, schemas = packages
    reference: ModuleType = importlib.import_module(import_package(reference_dir).__name__ + ".models")
    ours: ModuleType = importlib.import_module(import_package(ours_dir).__name__ + ".models")
    rng = random.Random(f"model-template-{name}")
    compared = 0
    for schema_name, schema in schemas.items():
        class_name = str(ClassName(schema_name, "field_"))
        theirs_cls = getattr(reference, class_name, None)
        if theirs_cls is None or not hasattr(theirs_cls, "from_dict"):
            continue  # an enum, or a schema the generator inlined under another name
        ours_cls = getattr(ours, class_name)
        for _ in range(SAMPLES):
            data = _value(schema, schemas, rng)
            assert _outcome(ours_cls, data) == _outcome(theirs_cls, data), (class_name, data)
            compared += 1
    assert compared >= 2 * SAMPLES, f"only {compared} samples compared for {name}"


def test_override_defines_no_function_per_call() -> None:
    """The point of the override: no helper defined inside from_dict, no import per call."""
    source = (apis.GENERATED / "runpod_v2" / "models" / "pod.py").read_text()
    body = source.split("def from_dict", 1)[1].split("\n    def ", 1)[0]
    assert "        def " not in body and "import " not in body


@pytest.mark.parametrize("api", [api.name for api in apis.OPENAPI_APIS])
def test_pickled_models_keep_their_unset_fields_unset(api: str) -> None:
    """``UNSET`` unpickles as its package's singleton (the models test ``is UNSET``), so a
    pickled model (a ``Pod.raw`` sent to another process) gives the same ``to_dict``."""
    import pickle

    package = importlib.import_module(f"gpupods_clients.{api}")
    types = importlib.import_module(f"gpupods_clients.{api}.types")
    assert pickle.loads(pickle.dumps(types.UNSET)) is types.UNSET
    models = importlib.import_module(f"gpupods_clients.{api}.models")
    checked = 0
    for name in models.__all__:
        model = getattr(models, name)
        if not hasattr(model, "from_dict") or not hasattr(model, "__attrs_attrs__"):
            continue
        try:
            built = model.from_dict({})  # every optional field unset; models with required fields refuse
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        assert pickle.loads(pickle.dumps(built)).to_dict() == built.to_dict(), name
        checked += 1
    assert checked, f"{package.__name__} has no model without required fields to check"
