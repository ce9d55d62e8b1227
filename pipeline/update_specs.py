"""Fetch the providers' current API descriptions and show what changed.

    python -m pipeline.update_specs                         # every API, from the providers
    python -m pipeline.update_specs --api runpod_v2         # one API
    python -m pipeline.update_specs --from runpod_v2=FILE   # compare a file you already have
    python -m pipeline.update_specs --graphql-url URL       # introspect another GraphQL server

Downloads go to ``build/upstream/<api>/``; the vendored specs are never changed unless
``--apply`` is given. The report lists operations added, removed and changed (parameters,
request fields, response fields, enum values) and flags the changes that break existing
callers; ``--fail-on-breaking`` exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from . import apis
from .errors import SpecError
from .normalize import Normalized, _deref, normalize
from .specload import parse_text

PUBLISHED = {
    "runpod_v2": "https://api.runpod.io/v2/openapi.json",
    "runpod_v1": "https://rest.runpod.io/v1/openapi.json",
    "primeintellect": "https://api.primeintellect.ai/openapi.json",
    "novita": "https://raw.githubusercontent.com/php-workx/novita-sdk-python/main/openapi/novita-api.yaml",
}
RUNPOD_GRAPHQL = "https://api.runpod.io/graphql"


@dataclass
class Diff:
    api: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    breaking: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"== {self.api}"]
        if not (self.added or self.removed or self.changed):
            return lines[0] + ": no changes"
        lines += [f"  + {a}" for a in self.added]
        lines += [f"  - {r}" for r in self.removed]
        lines += [f"  ~ {c}" for c in self.changed]
        if self.breaking:
            lines.append(f"  BREAKING ({len(self.breaking)}):")
            lines += [f"    ! {b}" for b in self.breaking]
        return "\n".join(lines)


# --- OpenAPI ---------------------------------------------------------------------------


def _params(n: Normalized, method: str, path: str) -> dict[str, bool]:
    item = n.spec["paths"][path]
    found = {}
    for raw in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        p = _deref(n.spec, raw)
        found[f"{p.get('in')}:{p.get('name')}"] = bool(p.get("required"))
    return found


def _fields(n: Normalized, schema: Any, depth: int = 0) -> dict[str, tuple[bool, frozenset[str]]]:
    """Flattened ``a.b.c`` -> (required, enum values) of a schema, two levels deep."""
    out: dict[str, tuple[bool, frozenset[str]]] = {}
    schema = _deref(n.spec, schema)
    for part in schema.get("allOf", []):
        out.update(_fields(n, part, depth))
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        sub = _deref(n.spec, sub)
        enum = frozenset(str(v) for v in sub.get("enum", []))
        out[name] = (name in required, enum)
        if depth < 1:
            for child, value in _fields(n, sub, depth + 1).items():
                out[f"{name}.{child}"] = value
    return out


def _body_schema(op: dict[str, Any], n: Normalized) -> Any:
    body = _deref(n.spec, op.get("requestBody", {}))
    media = (body.get("content") or {}).get("application/json")
    return media.get("schema") if media else None


def _success_schema(op: dict[str, Any], n: Normalized) -> Any:
    for code, response in sorted((op.get("responses") or {}).items()):
        if str(code).startswith("2"):
            content = _deref(n.spec, response).get("content") or {}
            media = next(iter(content.values()), None)
            return media.get("schema") if media else None
    return None


def diff_openapi(api: str, old: Normalized, new: Normalized) -> Diff:
    diff = Diff(api)
    old_ops = {(o.method, o.path): o.name for o in old.operations}
    new_ops = {(o.method, o.path): o.name for o in new.operations}
    for key in sorted(new_ops.keys() - old_ops.keys()):
        diff.added.append(f"{key[0].upper()} {key[1]} ({new_ops[key]})")
    for key in sorted(old_ops.keys() - new_ops.keys()):
        text = f"{key[0].upper()} {key[1]} ({old_ops[key]})"
        diff.removed.append(text)
        diff.breaking.append(f"operation removed: {text}")
    for method, path in sorted(old_ops.keys() & new_ops.keys()):
        label = f"{method.upper()} {path}"
        old_p, new_p = _params(old, method, path), _params(new, method, path)
        for name in sorted(new_p.keys() - old_p.keys()):
            diff.changed.append(f"{label}: parameter {name} added")
            if new_p[name]:
                diff.breaking.append(f"{label}: new required parameter {name}")
        for name in sorted(old_p.keys() - new_p.keys()):
            diff.changed.append(f"{label}: parameter {name} removed")
            diff.breaking.append(f"{label}: parameter {name} removed")
        old_op, new_op = old.spec["paths"][path][method], new.spec["paths"][path][method]
        _compare_fields(diff, f"{label} request", _fields(old, _body_schema(old_op, old) or {}),
                        _fields(new, _body_schema(new_op, new) or {}), request=True)  # fmt: skip
        _compare_fields(diff, f"{label} response", _fields(old, _success_schema(old_op, old) or {}),
                        _fields(new, _success_schema(new_op, new) or {}), request=False)  # fmt: skip
    return diff


def _compare_fields(diff: Diff, label: str, old: dict[str, Any], new: dict[str, Any], *, request: bool) -> None:
    for name in sorted(new.keys() - old.keys()):
        diff.changed.append(f"{label}: field {name} added")
        if request and new[name][0]:
            diff.breaking.append(f"{label}: new required field {name}")
    for name in sorted(old.keys() - new.keys()):
        diff.changed.append(f"{label}: field {name} removed")
        if not request:
            diff.breaking.append(f"{label}: field {name} no longer returned")
    for name in sorted(old.keys() & new.keys()):
        (old_req, old_enum), (new_req, new_enum) = old[name], new[name]
        if request and new_req and not old_req:
            diff.changed.append(f"{label}: field {name} became required")
            diff.breaking.append(f"{label}: field {name} became required")
        gone = old_enum - new_enum
        if gone:
            diff.changed.append(f"{label}: {name} lost enum value(s) {', '.join(sorted(gone))}")
            if request:
                diff.breaking.append(f"{label}: {name} no longer accepts {', '.join(sorted(gone))}")
        if new_enum - old_enum:
            diff.changed.append(f"{label}: {name} gained enum value(s) {', '.join(sorted(new_enum - old_enum))}")


def fetch(url: str, target: Path, headers: dict[str, str] | None = None) -> Path:
    response = httpx.get(url, headers=headers, timeout=30, follow_redirects=True)
    response.raise_for_status()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(response.content)
    return target


def update_openapi(api: apis.Api, source: str | None, apply: bool) -> Diff:
    folder = apis.BUILD / "upstream" / api.name
    if source and Path(source).exists():
        suffix = Path(source).suffix or ".json"
        downloaded = folder / f"openapi{suffix}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, downloaded)
    else:
        url = source or PUBLISHED[api.name]
        downloaded = fetch(url, folder / ("openapi.yaml" if url.endswith((".yaml", ".yml")) else "openapi.json"))
    parse_text(downloaded.read_text(encoding="utf-8"), downloaded)
    overlay = api.overlay_file if api.overlay_file.exists() else None
    diff = diff_openapi(api.name, normalize(api.spec_file(), overlay), normalize(downloaded, overlay))
    if apply:
        for old in api.folder.glob("openapi.*"):
            old.unlink()
        shutil.copyfile(downloaded, api.folder / downloaded.name)
    return diff


# --- GraphQL ---------------------------------------------------------------------------


def introspect(url: str, headers: dict[str, str] | None = None) -> str:
    """Run the introspection query at ``url`` and return the schema as SDL."""
    from graphql import build_client_schema, get_introspection_query, print_schema

    response = httpx.post(url, json={"query": get_introspection_query(descriptions=True)}, headers=headers,
                          timeout=30)  # fmt: skip
    response.raise_for_status()
    payload = response.json()
    if payload.get("errors") or not payload.get("data"):
        raise SpecError(url, None, f"introspection failed: {payload.get('errors')}")
    return print_schema(build_client_schema(payload["data"]))


def diff_graphql(old_sdl: str, new_sdl: str) -> Diff:
    from graphql import GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType, build_schema
    from graphql.utilities import find_breaking_changes, find_dangerous_changes

    old, new = build_schema(old_sdl), build_schema(new_sdl)
    diff = Diff("runpod_graphql")
    names = lambda s: {n for n in s.type_map if not n.startswith("__")}  # noqa: E731
    for name in sorted(names(new) - names(old)):
        diff.added.append(f"type {name}")
    for name in sorted(names(old) - names(new)):
        diff.removed.append(f"type {name}")
    kinds = (GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType)
    for name in sorted(names(old) & names(new)):
        a, b = old.type_map[name], new.type_map[name]
        if isinstance(a, kinds) and isinstance(b, kinds):
            for f in sorted(set(b.fields) - set(a.fields)):
                diff.added.append(f"field {name}.{f}: {b.fields[f].type}")
            for f in sorted(set(a.fields) - set(b.fields)):
                diff.removed.append(f"field {name}.{f}")
            for f in sorted(set(a.fields) & set(b.fields)):
                if str(a.fields[f].type) != str(b.fields[f].type):
                    diff.changed.append(f"field {name}.{f}: {a.fields[f].type} -> {b.fields[f].type}")
    diff.breaking = [f"{c.type.name}: {c.description}" for c in find_breaking_changes(old, new)]
    diff.changed += [f"dangerous {c.type.name}: {c.description}" for c in find_dangerous_changes(old, new)]
    return diff


def update_graphql(url: str, apply: bool) -> Diff:
    key = os.environ.get("RUNPOD_API_KEY")
    headers = {"Authorization": f"Bearer {key}"} if key else None
    sdl = introspect(url, headers)
    target = apis.BUILD / "upstream" / "runpod_graphql" / "schema.graphql"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(sdl, encoding="utf-8")
    vendored = apis.GRAPHQL_API.folder / "schema.graphql"
    diff = diff_graphql(vendored.read_text(encoding="utf-8"), sdl)
    if apply:
        shutil.copyfile(target, vendored)
    return diff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.update_specs", description=__doc__.splitlines()[0])
    parser.add_argument("--api", action="append", choices=[a.name for a in apis.ALL_APIS])
    parser.add_argument("--from", dest="sources", action="append", default=[], metavar="API=FILE_OR_URL",
                        help="compare this file or URL instead of the provider's published one")  # fmt: skip
    parser.add_argument("--graphql-url", default=RUNPOD_GRAPHQL, help="GraphQL endpoint to introspect")
    parser.add_argument("--apply", action="store_true", help="replace the vendored spec with the fetched one")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if any change breaks callers")
    args = parser.parse_args(argv)
    sources = dict(s.split("=", 1) for s in args.sources)
    selected = [apis.by_name(n) for n in args.api] if args.api else list(apis.ALL_APIS)
    breaking = False
    for api in selected:
        try:
            if api.kind == "graphql":
                diff = update_graphql(sources.get(api.name, args.graphql_url), args.apply)
            else:
                diff = update_openapi(api, sources.get(api.name), args.apply)
        except SpecError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except httpx.HTTPError as exc:
            print(f"{api.name}: could not fetch ({type(exc).__name__}: {exc})", file=sys.stderr)
            breaking = breaking or args.fail_on_breaking
            continue
        print(diff.render())
        breaking = breaking or bool(diff.breaking)
    return 1 if breaking and args.fail_on_breaking else 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["Diff", "diff_graphql", "diff_openapi", "introspect", "main"]
