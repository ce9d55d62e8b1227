"""Refresh the vendored API descriptions: download, show what changed, accept.

    python -m pipeline.update_specs                          # every API, from the providers
    python -m pipeline.update_specs runpod_v2 primeintellect # some of them
    python -m pipeline.update_specs --base-url http://127.0.0.1:8000       # another host, same paths
    python -m pipeline.update_specs --base-url runpod_v2=http://host/x.json  # one API, full URL
    python -m pipeline.update_specs --from novita=FILE       # a document you already have
    python -m pipeline.update_specs runpod_v2 --accept       # take it and regenerate
    python -m pipeline.update_specs --json                   # the same report for CI

Each API's published document comes from the ``Update URL`` line of ``specs/<api>/SOURCE.md``
and is kept beside the vendored spec as ``specs/<api>/upstream.openapi.<ext>`` (ignored by git)
until ``--accept`` replaces the vendored spec with it (the overlay stays) and regenerates the
client. A download that is not an OpenAPI document is refused with one line and never touches
the vendored spec.

The report lists every change a client can notice (see ``pipeline.apidiff``), which of them
break existing callers, what happens to the generated Python API (modules, functions,
arguments, model attributes), and overlay actions that no longer match anything.

Exit status: 0 nothing breaking (or ``--accept`` done), 1 breaking changes found, 2 an error
(a failed download, a document that does not normalize or generate).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import apis
from .apidiff import Change, diff_documents, operations_using
from .errors import SpecError
from .normalize import normalize
from .specload import load_document, parse_text

EXIT_OK, EXIT_BREAKING, EXIT_ERROR = 0, 1, 2
UPSTREAM_STEM = "upstream"


class DownloadError(Exception):
    """A document that could not be fetched or is not usable; the message is one line."""


@dataclass(frozen=True)
class StaleAction:
    """An overlay action whose target matches nothing in the new document."""

    index: int
    target: str
    description: str
    meant_for: list[str]

    def render(self) -> str:
        purpose = f" ({self.description})" if self.description else ""
        meant = ", ".join(self.meant_for) or "no operation (it matched nothing in the vendored spec either)"
        return f"overlay action #{self.index}{purpose}: target {self.target} matches nothing now; it was for {meant}"


@dataclass
class Report:
    """What refreshing one API found."""

    api: str
    source: str = ""
    downloaded: str = ""
    changes: list[Change] = field(default_factory=list)
    python_api: list[Change] = field(default_factory=list)
    python_package: str = ""
    stale_overlay: list[StaleAction] = field(default_factory=list)
    note: str = ""
    error: str = ""
    accepted: bool = False

    @property
    def breaking(self) -> list[Change]:
        return [c for c in [*self.changes, *self.python_api] if c.breaking]

    def as_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "source": self.source,
            "downloaded": self.downloaded,
            "error": self.error or None,
            "note": self.note or None,
            "breaking": len(self.breaking),
            "changes": [c.as_json() for c in self.changes],
            "python_api": {"package": self.python_package, "changes": [c.as_json() for c in self.python_api]},
            "stale_overlay": [
                {"index": s.index, "target": s.target, "description": s.description, "meant_for": s.meant_for}
                for s in self.stale_overlay
            ],
            "accepted": self.accepted,
        }

    def render(self) -> str:
        head = f"== {self.api}" + (f"  (from {self.source})" if self.source else "")
        lines = [head]
        if self.error and not (self.changes or self.stale_overlay):
            return "\n".join([*lines, f"   error: {self.error}"])
        if self.note:
            lines += [f"   {line}" for line in self.note.splitlines()]
        if self.downloaded:
            lines.append(f"   kept as {self.downloaded}")
        if not self.note:
            count = len(self.changes)
            lines.append(f"   {count} change(s), {len([c for c in self.changes if c.breaking])} breaking"
                         if count else "   no changes")  # fmt: skip
            lines += _table(self.changes)
        if self.python_api:
            lines.append(f"   Python API ({self.python_package}):")
            lines += _table(self.python_api)
        lines += [f"   ! {s.render()}" for s in self.stale_overlay]
        if self.accepted:
            lines.append("   accepted: the vendored spec is replaced and the client regenerated")
        if self.error:
            lines.append(f"   error: {self.error}")
        return "\n".join(lines)


def _table(changes: list[Change]) -> list[str]:
    if not changes:
        return []
    kind_w = max(len(c.kind) for c in changes)
    where_w = min(max(len(c.where) for c in changes), 60)
    rows = []
    for c in sorted(changes, key=lambda c: (not c.breaking, c.where, c.kind)):
        flag = "BREAKING" if c.breaking else ""
        why = f"  ({c.why})" if c.why else ""
        rows.append(f"   {flag:8}  {c.kind:{kind_w}}  {c.where:{where_w}}  {c.detail}{why}".rstrip())
    return rows


# --- getting the document ----------------------------------------------------------------


def resolve_url(api: apis.Api, overrides: dict[str, str]) -> str | None:
    """The URL to fetch for ``api``: an override (a full URL, or a base URL that keeps the
    published path), else the ``Update URL`` of SOURCE.md; None when there is neither."""
    published = api.update_url()
    override = overrides.get(api.name) or overrides.get("*")
    if not override:
        return published
    parts = urlsplit(override)
    if parts.path not in ("", "/"):
        return override
    if not published:
        raise DownloadError(f"{override} is a base URL, but {api.name} has no published path to append; "
                            "give the full URL of the document")  # fmt: skip
    path = urlsplit(published)
    return urlunsplit((parts.scheme, parts.netloc, path.path, path.query, ""))


def fetch_text(url: str, *, timeout: float = 30.0, headers: dict[str, str] | None = None) -> str:
    """GET ``url`` and return the body as text; every failure is one line in a DownloadError."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True, headers=headers)
    except httpx.TimeoutException:
        raise DownloadError(f"no answer from {url} within {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise DownloadError(f"cannot connect to {url} ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise DownloadError(f"download of {url} failed: {type(exc).__name__}: {_one_line(exc)}") from None
    _refuse_html(url, response.headers.get("content-type", ""), response.content, response.status_code)
    if response.status_code >= 400:
        raise DownloadError(f"{url} answered {response.status_code} {response.reason_phrase}")
    try:
        return response.content.decode("utf-8")
    except UnicodeDecodeError:
        raise DownloadError(f"{url} answered with bytes that are not UTF-8 text") from None


def _refuse_html(url: str, content_type: str, body: bytes, status: int) -> None:
    start = body[:512].lstrip().lower()
    if "html" in content_type.lower() or start.startswith((b"<!doctype html", b"<html")):
        title = re.search(rb"<title[^>]*>(.*?)</title>", body[:8192], re.IGNORECASE | re.DOTALL)
        shown = f", page title {title.group(1).decode('utf-8', 'replace').strip()[:60]!r}" if title else ""
        raise DownloadError(f"{url} answered {status} with an HTML page (a login or error page?{shown}), "
                            "not an OpenAPI document")  # fmt: skip


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def check_openapi(text: str, name: str) -> tuple[dict[str, Any], str]:
    """Parse ``text`` as an OpenAPI 3.0/3.1 document; return it and the file extension to keep it under."""
    looks_json = text.lstrip().startswith(("{", "["))
    suffix = ".json" if looks_json else ".yaml"
    try:
        document = parse_text(text, name + suffix)
    except SpecError as exc:
        kind = "JSON" if looks_json else "JSON or YAML"
        problem = exc.problem.removeprefix("not valid JSON: ").removeprefix("not valid YAML: ")
        raise DownloadError(f"{name} is not valid {kind} ({exc.where + ': ' if exc.where else ''}{problem})") from None
    if not isinstance(document, dict):
        raise DownloadError(f"{name} is not an OpenAPI document (its top level is a {type(document).__name__})")
    if "swagger" in document:
        raise DownloadError(
            f"{name} is a Swagger {document['swagger']} document; the pipeline needs OpenAPI 3.0 or 3.1"
        )
    version = document.get("openapi")
    if version is None:
        raise DownloadError(f"{name} is not an OpenAPI document (it has no 'openapi' field)")
    if not re.fullmatch(r"3\.[01]\.\d+", str(version)):
        raise DownloadError(f"{name} is OpenAPI {version}; the pipeline reads OpenAPI 3.0 and 3.1")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise DownloadError(f"{name} declares no paths")
    return document, suffix


def keep_upstream(api: apis.Api, text: str, suffix: str) -> Path:
    """Write a checked document beside the vendored spec (replacing an earlier download)."""
    for old in api.folder.glob(f"{UPSTREAM_STEM}.openapi.*"):
        old.unlink()
    target = api.folder / f"{UPSTREAM_STEM}.openapi{suffix}"
    partial = target.with_name(target.name + ".part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return target


# --- OpenAPI -----------------------------------------------------------------------------


def _stale_actions(api: apis.Api, stale: list[tuple[int, dict[str, Any]]]) -> list[StaleAction]:
    if not stale:
        return []
    import jsonpath_rfc9535 as jsonpath

    vendored = load_document(api.spec_file())
    found = []
    for index, action in stale:
        meant: list[str] = []
        for node in jsonpath.finditer(action["target"], vendored):
            meant += [m for m in operations_using(vendored, tuple(node.location)) if m not in meant]
        found.append(StaleAction(index, action["target"], str(action.get("description", "")), meant))
    return found


def python_api_changes(api: apis.Api, new_spec: Path) -> tuple[str, list[Change]]:
    """Generate the client from ``new_spec`` in build/ and compare its surface with the installed one."""
    from . import openapi_gen, pyapi

    package = f"gpupods_clients.{api.name}"
    overlay = api.overlay_file if api.overlay_file.exists() else None
    work = apis.BUILD / "update" / api.name
    current = apis.GENERATED / api.name
    if not current.is_dir():
        current = openapi_gen.build_package(api.name, api.spec_file(), overlay, work / "old").package
    built = openapi_gen.build_package(api.name, new_spec, overlay, work / "new", lenient_overlay=True)
    return package, pyapi.diff_surfaces(pyapi.surface(current, package), pyapi.surface(built.package, package))


def refresh_openapi(
    api: apis.Api, *, url: str | None, file: Path | None, accept: bool, python_api: bool, timeout: float
) -> Report:
    report = Report(api.name)
    if file is None and url is None:
        report.note = (
            f"{api.name} has no published OpenAPI document to download ({apis.display_path(api.source_file)}).\n"
            f"To refresh it by hand: edit {apis.display_path(api.folder)}/openapi.yaml from the provider's docs, "
            f"or compare a file you have with\n"
            f"  nox -s update-specs -- {api.name} --from {api.name}=FILE\n"
            f"then run nox -s generate."
        )
        return report
    try:
        if file is not None:
            report.source = str(file)
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DownloadError(f"cannot read {file}: {_one_line(exc)}") from None
        else:
            assert url is not None
            report.source = url
            text = fetch_text(url, timeout=timeout)
        document, suffix = check_openapi(text, file.name if file else f"the document at {url}")
        upstream = keep_upstream(api, text, suffix)
        report.downloaded = apis.display_path(upstream)
        overlay = api.overlay_file if api.overlay_file.exists() else None
        stale: list[tuple[int, dict[str, Any]]] = []
        new = normalize(upstream, overlay, stale_overlay=stale)
        old = normalize(api.spec_file(), overlay)
        report.changes = diff_documents(old, new, old_raw=load_document(api.spec_file()), new_raw=document)
        report.stale_overlay = _stale_actions(api, stale)
        if python_api:
            report.python_package, report.python_api = python_api_changes(api, upstream)
        if accept:
            accept_document(api, upstream, report)
    except DownloadError as exc:
        report.error = str(exc)
    except SpecError as exc:
        report.error = f"the new document cannot be used: {exc}"
    except Exception as exc:  # the generator's own errors (GenerationError) carry their output
        from .openapi_gen import GenerationError

        if not isinstance(exc, GenerationError):
            raise
        report.error = f"the new document does not generate: {str(exc).splitlines()[0]}"
    return report


def accept_document(api: apis.Api, upstream: Path, report: Report) -> None:
    """Make ``upstream`` the vendored spec (the overlay stays) and regenerate the client."""
    from . import openapi_gen

    for old in api.folder.glob("openapi.*"):
        old.unlink()
    vendored = api.folder / ("openapi" + upstream.suffix)
    upstream.replace(vendored)
    report.downloaded = ""
    if report.stale_overlay:
        report.error = (
            f"accepted {apis.display_path(vendored)}, but not generated: {len(report.stale_overlay)} overlay "
            f"action(s) match nothing now (see the report); fix {apis.display_path(api.overlay_file)}, "
            "then run nox -s generate"
        )
        return
    openapi_gen.generate(api, out_root=apis.GENERATED, coverage_dir=apis.COVERAGE, force=True)
    report.accepted = True


# --- GraphQL -----------------------------------------------------------------------------


def introspect(url: str, headers: dict[str, str] | None = None, timeout: float = 30.0) -> str:
    """Run the introspection query at ``url`` and return the schema as SDL."""
    from graphql import build_client_schema, get_introspection_query, print_schema

    query = {"query": get_introspection_query(descriptions=True)}
    try:
        response = httpx.post(url, json=query, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise DownloadError(f"introspection at {url} failed: {type(exc).__name__}: {_one_line(exc)}") from None
    _refuse_html(url, response.headers.get("content-type", ""), response.content, response.status_code)
    try:
        payload = response.json()
    except ValueError:
        raise DownloadError(f"{url} answered {response.status_code} with a body that is not JSON") from None
    if not isinstance(payload, dict) or payload.get("errors") or not payload.get("data"):
        errors = payload.get("errors") if isinstance(payload, dict) else None
        raise DownloadError(f"introspection at {url} failed ({response.status_code}): {_one_line(Exception(errors))}")
    return print_schema(build_client_schema(payload["data"]))


def diff_graphql(old_sdl: str, new_sdl: str) -> list[Change]:
    """Types and fields added, and graphql-core's breaking and dangerous changes."""
    from graphql import GraphQLInputObjectType, GraphQLInterfaceType, GraphQLObjectType, build_schema
    from graphql.utilities import find_breaking_changes, find_dangerous_changes

    old, new = build_schema(old_sdl), build_schema(new_sdl)
    changes: list[Change] = []
    names = lambda s: {n for n in s.type_map if not n.startswith("__")}  # noqa: E731
    for name in sorted(names(new) - names(old)):
        changes.append(Change("type-added", name, "new type", False))
    kinds = (GraphQLObjectType, GraphQLInterfaceType, GraphQLInputObjectType)
    for name in sorted(names(old) & names(new)):
        a, b = old.type_map[name], new.type_map[name]
        if isinstance(a, kinds) and isinstance(b, kinds):
            for f in sorted(set(b.fields) - set(a.fields)):
                changes.append(Change("field-added", name, f"field {f}: {b.fields[f].type}", False))
    for c in find_breaking_changes(old, new):
        changes.append(Change(c.type.name.lower().replace("_", "-"), "schema", c.description, True))
    for c in find_dangerous_changes(old, new):
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
        return [Change("operation-invalid", apis.display_path(Path(exc.file)), f"{exc.where or ''} {exc.problem}".strip(),
                       True, "the generated client sends a query the server refuses")]  # fmt: skip
    return []


def refresh_graphql(url: str, *, accept: bool, timeout: float) -> Report:
    api = apis.GRAPHQL_API
    report = Report(api.name, source=url)
    key = os.environ.get("RUNPOD_API_KEY")
    try:
        sdl = introspect(url, {"Authorization": f"Bearer {key}"} if key else None, timeout)
    except DownloadError as exc:
        report.error = str(exc)
        return report
    target = api.folder / f"{UPSTREAM_STEM}.schema.graphql"
    target.write_text(sdl, encoding="utf-8")
    report.downloaded = apis.display_path(target)
    report.changes = diff_graphql((api.folder / "schema.graphql").read_text(encoding="utf-8"), sdl)
    report.changes += check_operations(sdl, api.folder / "operations")
    if accept:
        report.note = ("not accepted: schema.graphql is a hand-kept subset of RunPod's schema; carry the changes "
                       "you need into it by hand, then run nox -s generate")  # fmt: skip
    return report


# --- command line ------------------------------------------------------------------------


def _pairs(values: list[str], option: str, *, bare: bool) -> dict[str, str]:
    found = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if sep and re.fullmatch(r"[a-z][a-z0-9_]*", name):
            found[name] = rest
        elif bare:
            found["*"] = value
        else:
            raise SystemExit(f"error: {option} takes API=VALUE, got {value!r}")
    return found


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.update_specs", description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", metavar="API", help="APIs to refresh (default: all)")
    parser.add_argument("--api", action="append", default=[], help=argparse.SUPPRESS)  # older spelling
    parser.add_argument("--base-url", action="append", default=[], metavar="[API=]URL",
                        help="fetch from here: a base URL keeps the published path, a full URL is used as is")  # fmt: skip
    parser.add_argument("--from", dest="files", action="append", default=[], metavar="API=FILE",
                        help="compare this local file instead of downloading")  # fmt: skip
    parser.add_argument("--graphql-url", help="GraphQL endpoint to introspect (same as --base-url runpod_graphql=URL)")
    parser.add_argument("--accept", action="store_true",
                        help="replace the vendored spec with the new document (overlay kept) and regenerate")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of the tables")
    parser.add_argument("--no-python-api", dest="python_api", action="store_false",
                        help="skip the generated-Python-API comparison (it runs the generator)")  # fmt: skip
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a download")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    urls = _pairs(args.base_url, "--base-url", bare=True)
    if args.graphql_url:
        urls[apis.GRAPHQL_API.name] = args.graphql_url
    files = {name: Path(path) for name, path in _pairs(args.files, "--from", bare=False).items()}
    try:
        names = [*args.apis, *args.api]
        selected = [apis.by_name(n) for n in names] if names else list(apis.ALL_APIS)
    except SpecError as exc:
        print(f"error: {exc.problem}", file=sys.stderr)
        return EXIT_ERROR
    reports = []
    for api in selected:
        try:
            url = resolve_url(api, urls)
        except DownloadError as exc:
            reports.append(Report(api.name, error=str(exc)))
            continue
        if api.kind == "graphql":
            reports.append(refresh_graphql(url or "", accept=args.accept, timeout=args.timeout))
        else:
            reports.append(refresh_openapi(api, url=url, file=files.get(api.name), accept=args.accept,
                                           python_api=args.python_api, timeout=args.timeout))  # fmt: skip
    errors = [r for r in reports if r.error]
    breaking = sum(len(r.breaking) for r in reports)
    if args.json:
        print(json.dumps({"apis": [r.as_json() for r in reports], "breaking": breaking, "errors": len(errors)},
                         indent=2))  # fmt: skip
    else:
        print("\n\n".join(r.render() for r in reports))
    for r in errors:
        print(f"{r.api}: {r.error}", file=sys.stderr)
    if errors:
        return EXIT_ERROR
    if breaking and not args.accept:
        return EXIT_BREAKING
    return EXIT_OK


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head or less that quit early
        sys.stderr.close()
        sys.exit(EXIT_OK)


__all__ = [
    "DownloadError",
    "Report",
    "StaleAction",
    "check_openapi",
    "diff_graphql",
    "fetch_text",
    "introspect",
    "main",
    "refresh_graphql",
    "refresh_openapi",
    "resolve_url",
]
