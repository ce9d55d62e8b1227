"""RunPod's GraphQL schema: introspect the endpoint, compare with the hand-kept ``schema.graphql``.

A refused introspection (no or a refused key, GraphQL retired, introspection turned off, rate
limited) is explained in one line that never contains the key.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import httpx

from . import apis
from .apidiff import Change
from .errors import SpecError
from .published import DownloadError, _one_line, _refuse_html, kept_folder
from .specload import parse_text
from .update_report import Report


def introspect(url: str, headers: dict[str, str] | None = None, timeout: float = 30.0) -> str:
    """Run the introspection query at ``url`` and return the schema as SDL.

    A refusal is explained in one line (DownloadError): no or a refused API key, GraphQL
    retired (410), introspection turned off, rate limited. The key never appears in it.
    """
    from graphql import build_client_schema, get_introspection_query, print_schema

    key = (headers or {}).get("Authorization", "").removeprefix("Bearer ")
    query = {"query": get_introspection_query(descriptions=True)}
    try:
        response = httpx.post(url, json=query, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DownloadError(f"introspection at {url} failed: {type(exc).__name__}: {_one_line(exc)}") from None
    _refuse_html(url, response.headers.get("content-type", ""), response.content, response.status_code)
    try:
        payload = parse_text(response.content.decode("utf-8", "replace"), "introspection.json")
    except SpecError as exc:
        if response.status_code >= 400:
            raise DownloadError(_refusal(url, response.status_code, "", bool(key))) from None
        raise DownloadError(
            f"{url} answered {response.status_code} with a body that is not JSON ({exc.problem})"
        ) from None
    said = _scrub(_graphql_messages(payload), key)
    if response.status_code >= 400:
        raise DownloadError(_refusal(url, response.status_code, said, bool(key)))
    if not isinstance(payload, dict) or payload.get("errors") or not isinstance(payload.get("data"), dict):
        if re.search(r"introspection|__schema|__type", said, re.IGNORECASE):
            raise DownloadError(
                f"{url} does not allow introspection (it said: {said}); the schema cannot be read "
                "from the server: compare schema.graphql with the provider's reference by hand "
                "(see SOURCE.md, Refreshing)"
            )
        raise DownloadError(f"{url} answered the introspection query with errors: {said or 'no data'}")
    try:
        return str(print_schema(build_client_schema(payload["data"])))
    except (TypeError, ValueError, KeyError) as exc:  # graphql-core's errors for a malformed result
        raise DownloadError(
            f"{url} answered introspection with something that is not a schema ({_one_line(exc)})"
        ) from None


def _graphql_messages(payload: Any) -> str:
    if not isinstance(payload, dict):
        return ""
    errors = payload.get("errors")
    if isinstance(errors, list):
        messages = [str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors[:3]]
        return _one_line("; ".join(messages))[:300]
    for key in ("message", "error", "detail"):
        if isinstance(payload.get(key), str):
            return _one_line(payload[key])[:300]
    return ""


def _scrub(text: str, key: str) -> str:
    return text.replace(key, "***") if key else text


def _refusal(url: str, status: int, said: str, with_key: bool) -> str:
    told = f" ({said})" if said else ""
    if status in (401, 403):
        how = (
            "the key in RUNPOD_API_KEY was refused or lacks access"
            if with_key
            else "no API key was sent: set RUNPOD_API_KEY"
        )
        return f"{url} refused the introspection query: {status}{told}; {how}"
    if status == 410:
        return (
            f"{url} answered 410 Gone{told}: RunPod has retired GraphQL (announced for early 2027); REST v2 "
            "(runpod_v2) replaces it and schema.graphql stays as the record of the retired API"
        )
    if status == 429:
        return f"{url} rate-limited the introspection query (429){told}; try again later"
    return f"{url} answered the introspection query with {status}{told}"


def diff_graphql(old_sdl: str, new_sdl: str) -> list[Change]:
    """Types and fields added, and graphql-core's breaking and dangerous changes."""
    from graphql import GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema, build_schema
    from graphql.utilities import find_breaking_changes, find_dangerous_changes

    old, new = build_schema(old_sdl), build_schema(new_sdl)
    changes: list[Change] = []

    def names(schema: GraphQLSchema) -> set[str]:
        return {n for n in schema.type_map if not n.startswith("__")}

    for name in sorted(names(new) - names(old)):
        changes.append(Change("type-added", name, "new type", False))
    kinds = (GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType)
    for name in sorted(names(old) & names(new)):
        a, b = old.type_map[name], new.type_map[name]
        if isinstance(a, kinds) and isinstance(b, kinds):
            for f in sorted(set(b.fields) - set(a.fields)):
                changes.append(Change("field-added", name, f"field {f}: {b.fields[f].type}", False))
    breaking: list[Any] = find_breaking_changes(old, new)  # graphql-core's change records
    dangerous: list[Any] = find_dangerous_changes(old, new)
    for c in breaking:
        changes.append(Change(c.type.name.lower().replace("_", "-"), "schema", c.description, True))
    for c in dangerous:
        changes.append(Change(c.type.name.lower().replace("_", "-"), "schema", c.description, False, "dangerous"))
    return changes


def check_operations(sdl: str, operations_dir: Path) -> list[Change]:
    """Validate the project's operation documents against the introspected schema."""
    from graphql import build_schema

    from .graphql_gen import validate_operations

    if not operations_dir.is_dir():
        return []
    try:
        validate_operations(build_schema(sdl), operations_dir)
    except SpecError as exc:
        return [
            Change(
                "operation-invalid",
                apis.display_path(Path(exc.file)),
                f"{exc.where or ''} {exc.problem}".strip(),
                True,
                "the generated client sends a query the server refuses",
            )
        ]
    return []


def refresh_graphql(url: str, *, accept: bool, timeout: float) -> Report:
    api = apis.GRAPHQL_API
    report = Report(api.name, source=url, compared_with="spec")
    key = os.environ.get("RUNPOD_API_KEY")
    try:
        sdl = introspect(url, {"Authorization": f"Bearer {key}"} if key else None, timeout)
    except DownloadError as exc:
        report.error = str(exc)
        report.compared_with = ""
        return report
    folder = kept_folder(api)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "schema.graphql"
    target.write_text(sdl, encoding="utf-8")
    report.downloaded = apis.display_path(target)
    report.changes = diff_graphql((api.folder / "schema.graphql").read_text(encoding="utf-8"), sdl)
    report.changes += check_operations(sdl, api.folder / "operations")
    if accept:
        report.note = (
            "not accepted: schema.graphql is a hand-kept subset of RunPod's schema; carry the changes "
            "you need into it by hand, then run nox -s generate"
        )
    return report
