"""Refresh the vendored API descriptions: fetch what upstream publishes, show what changed, accept.

    python -m pipeline.update_specs                          # every API, from the providers
    python -m pipeline.update_specs runpod_v2 primeintellect # some of them
    python -m pipeline.update_specs --base-url http://127.0.0.1:8000       # another host, same paths
    python -m pipeline.update_specs --base-url runpod_v2=http://host/x.json  # one API, full URL
    python -m pipeline.update_specs --from novita=FILE       # a document you already have
    python -m pipeline.update_specs --from FILE              # the same; the API is read from the file
    python -m pipeline.update_specs runpod_v2 --accept       # take it and regenerate
    python -m pipeline.update_specs runpod_v2 --record-snapshot  # the spec now reflects it (edited by hand)
    python -m pipeline.update_specs --json                   # the same report for CI

Each API's published document comes from the ``Update URL`` line of ``specs/<api>/SOURCE.md``
(or ``--base-url``/``--from``) and is kept under ``build/upstream/<api>/`` for inspection.

**What is compared.** ``specs/<api>/upstream-snapshot.json`` holds, facts only, the upstream
document the project's spec was last reconciled with (``pipeline.snapshot``). The report lists
every change from that snapshot to the new document that a client can notice (see the kinds
table of ``pipeline.apidiff``), what it does to the generated Python package, and, apart and
not counted, which of these upstream changes the project's spec does not reflect yet. The
project's own deliberate differences from upstream (``SOURCE.md`` lists them) are therefore
never reported as upstream changes; how many there are is shown as one line. An API without
a snapshot is compared with the project's spec (record one with ``--record-snapshot``).

**Accepting.** ``--accept`` makes the new document the vendored spec (the overlay stays),
records it as the snapshot and regenerates the client. It refuses when that changes the
generated client in a breaking way (what the vendored spec and client become, compared with
what they are) unless ``--allow-breaking`` is given, and when an overlay action no longer
applies. Everything is written at the end in one transaction: any failure, for any of the
APIs of the run, leaves ``specs/`` and ``generated/`` byte for byte as they were.
``--record-snapshot`` records the new document as the snapshot without touching the spec.

Exit status: 0 nothing breaking since the snapshot (or the ``--accept``/``--record-snapshot``
done); 1 breaking changes found (or ``--accept`` refused for them); 2 an error: a failed
download, an unusable document, a generator failure, a refused introspection, bad arguments.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import apis, snapshot
from .apidiff import Change, diff_documents, operations_using
from .errors import SpecError
from .normalize import Normalized, normalize, normalize_document
from .specload import load_document, parse_text

EXIT_OK, EXIT_BREAKING, EXIT_ERROR = 0, 1, 2


class DownloadError(Exception):
    """A document that could not be fetched or is not usable; the message is one line."""


class UsageError(Exception):
    """Arguments that cannot be acted on; the message is one line."""


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
class AcceptPlan:
    """What ``--accept`` would do to the vendored spec and the generated client."""

    spec_changes: list[Change] = field(default_factory=list)
    python_api: list[Change] = field(default_factory=list)
    package: Path | None = None
    coverage_text: str = ""
    spec_name: str = ""
    spec_data: bytes = b""
    status: str = "not done"

    @property
    def breaking(self) -> int:
        return sum(c.breaking for c in [*self.spec_changes, *self.python_api])

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "breaking": self.breaking,
            "changes": [c.as_json() for c in self.spec_changes],
            "python_api": [c.as_json() for c in self.python_api],
        }


@dataclass
class Report:
    """What refreshing one API found."""

    api: str
    source: str = ""
    downloaded: str = ""
    compared_with: str = ""  # "snapshot" or "spec"
    snapshot_note: str = ""
    changes: list[Change] = field(default_factory=list)
    python_api: list[Change] = field(default_factory=list)
    python_package: str = ""
    unreflected: list[Change] = field(default_factory=list)
    standing: list[Change] = field(default_factory=list)
    stale_overlay: list[StaleAction] = field(default_factory=list)
    accept: AcceptPlan | None = None
    snapshot_recorded: bool = False
    note: str = ""
    error: str = ""
    # what --accept and --record-snapshot write
    new_snapshot: snapshot.Snapshot | None = None

    @property
    def breaking(self) -> list[Change]:
        """The breaking upstream changes: in the document and in the Python API (the one count)."""
        return [c for c in [*self.changes, *self.python_api] if c.breaking]

    @property
    def accepted(self) -> bool:
        return self.accept is not None and self.accept.status == "accepted"

    def as_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "source": self.source,
            "downloaded": self.downloaded,
            "compared_with": self.compared_with or None,
            "error": self.error or None,
            "note": self.note or None,
            "breaking": len(self.breaking),
            "changes": [c.as_json() for c in self.changes],
            "python_api": {"package": self.python_package, "changes": [c.as_json() for c in self.python_api]},
            "not_in_project_spec": [c.as_json() for c in self.unreflected],
            "project_spec_differences": [c.as_json() for c in self.standing],
            "stale_overlay": [
                {"index": s.index, "target": s.target, "description": s.description, "meant_for": s.meant_for}
                for s in self.stale_overlay
            ],
            "accept": self.accept.as_json() if self.accept else None,
            "accepted": self.accepted,
            "snapshot_recorded": self.snapshot_recorded,
        }

    def headline(self) -> str:
        count, breaking = len(self.changes) + len(self.python_api), len(self.breaking)
        since = "since the upstream snapshot" if self.compared_with == "snapshot" else "from the project's spec"
        if not count:
            return f"no changes {since}"
        document = sum(c.breaking for c in self.changes)
        return (
            f"{len(self.changes)} change(s) to the document {since}, {len(self.python_api)} to the Python API; "
            f"{breaking} breaking ({document} in the document, {breaking - document} in the Python API)"
        )

    def render(self) -> str:
        head = f"== {self.api}" + (f"  (from {self.source})" if self.source else "")
        lines = [head]
        if self.error and not (self.changes or self.stale_overlay or self.compared_with):
            return "\n".join([*lines, f"   error: {self.error}"])
        if self.note:
            lines += [f"   {line}" for line in self.note.splitlines()]
        if self.downloaded:
            lines.append(f"   kept as {self.downloaded}")
        if self.snapshot_note:
            lines.append(f"   {self.snapshot_note}")
        if self.compared_with:
            lines.append(f"   {self.headline()}")
            lines += _table(self.changes)
        if self.python_api:
            lines.append(f"   Python API ({self.python_package}):")
            lines += _table(self.python_api)
        if self.unreflected:
            lines.append(f"   Not yet in the project's spec (informational, not counted): {len(self.unreflected)}")
            lines += _table(self.unreflected, flags=False)
        if self.compared_with == "snapshot":
            lines.append(
                f"   the project's spec differs from this document in {len(self.standing)} place(s) "
                "(informational: its deliberate differences are in SOURCE.md; --json lists them)"
            )
        lines += [f"   ! {s.render()}" for s in self.stale_overlay]
        if self.accept is not None:
            plan = self.accept
            lines.append(
                f"   --accept: the vendored spec would change in {len(plan.spec_changes)} place(s) and the "
                f"Python API in {len(plan.python_api)}; {plan.breaking} breaking for users of "
                f"{self.python_package or 'the client'}: {plan.status}"
            )
            if plan.breaking and plan.status != "accepted":
                lines += _table([c for c in [*plan.spec_changes, *plan.python_api] if c.breaking])
        if self.snapshot_recorded:
            lines.append(f"   recorded as the upstream snapshot (specs/{self.api}/{snapshot.FILE_NAME})")
        if self.error:
            lines.append(f"   error: {self.error}")
        return "\n".join(lines)


def _table(changes: list[Change], *, flags: bool = True) -> list[str]:
    if not changes:
        return []
    kind_w = max(len(c.kind) for c in changes)
    where_w = min(max(len(c.where) for c in changes), 60)
    rows = []
    for c in sorted(changes, key=lambda c: (not c.breaking, c.where, c.kind)):
        flag = "BREAKING" if c.breaking and flags else ""
        why = f"  ({c.why})" if c.why and flags else ""
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
        raise DownloadError(
            f"{override} is a base URL, but {api.name} has no published path to append; "
            "give the full URL of the document"
        )
    path = urlsplit(published)
    return urlunsplit((parts.scheme, parts.netloc, path.path, path.query, ""))


def fetch(url: str, *, timeout: float = 30.0) -> bytes:
    """GET ``url`` and return the body; every failure is one line in a DownloadError."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.TimeoutException:
        raise DownloadError(f"no answer from {url} within {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise DownloadError(f"cannot connect to {url} ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise DownloadError(f"download of {url} failed: {type(exc).__name__}: {_one_line(exc)}") from None
    _refuse_html(url, response.headers.get("content-type", ""), response.content, response.status_code)
    if response.status_code >= 400:
        raise DownloadError(f"{url} answered {response.status_code} {response.reason_phrase}")
    return response.content


def _refuse_html(url: str, content_type: str, body: bytes, status: int) -> None:
    start = body[:512].lstrip().lower()
    if "html" in content_type.lower() or start.startswith((b"<!doctype html", b"<html")):
        title = re.search(rb"<title[^>]*>(.*?)</title>", body[:8192], re.IGNORECASE | re.DOTALL)
        shown = f", page title {title.group(1).decode('utf-8', 'replace').strip()[:60]!r}" if title else ""
        raise DownloadError(
            f"{url} answered {status} with an HTML page (a login or error page?{shown}), not an OpenAPI document"
        )


def _one_line(exc: BaseException | str) -> str:
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


@dataclass(frozen=True)
class Source:
    """Where one published file comes from: a local file or a URL."""

    file: Path | None = None
    url: str | None = None

    @property
    def label(self) -> str:
        return str(self.file) if self.file else str(self.url)

    def read(self, timeout: float) -> tuple[bytes, dict[str, Any], str]:
        if self.file is not None:
            try:
                data = self.file.read_bytes()
            except OSError as exc:
                raise DownloadError(f"cannot read {self.file}: {_one_line(exc.strerror or exc)}") from None
            name = self.file.name
        else:
            assert self.url is not None
            data = fetch(self.url, timeout=timeout)
            name = f"the document at {self.url}"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise DownloadError(f"{name} is not UTF-8 text") from None
        document, suffix = check_openapi(text, name)
        return data, document, suffix

    @property
    def recorded_as(self) -> str:
        """How a snapshot names it: the URL, or the file name (never a local folder)."""
        return self.file.name if self.file else str(self.url)


def kept_folder(api: apis.Api) -> Path:
    return apis.BUILD / "upstream" / api.name


def _keep(api: apis.Api, name: str, data: bytes) -> Path:
    folder = kept_folder(api)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("openapi.*"):
        old.unlink()
    target = folder / name
    target.write_bytes(data)
    return target


# --- which API a file describes -----------------------------------------------------------


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path).rstrip("/")


def _known_operations(api: apis.Api) -> set[str]:
    found: set[str] = set()
    try:
        found |= set(snapshot.operations_of(load_document(api.spec_file())))
        snap = snapshot.load(api.folder / snapshot.FILE_NAME)
    except SpecError:
        return found
    if snap is not None:
        for part in snap.parts:
            found |= set(part.operations)
    return found


def infer_api(document: dict[str, Any], name: str) -> apis.Api:
    """The API whose known operations (project spec and snapshot) the document shares most.

    Refuses (UsageError) unless at least half of the document's operations belong to one API
    and to no other as much.
    """
    ops = {_op_key(o) for o in snapshot.operations_of(document)}
    scores = []
    for api in _openapi_candidates():
        known = {_op_key(o) for o in _known_operations(api)}
        scores.append((len(ops & known), api))
    scores.sort(key=lambda s: -s[0])
    title = str((document.get("info") or {}).get("title", ""))
    best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0, None)
    if ops and best[0] * 2 >= len(ops) and best[0] > runner_up[0]:
        return best[1]
    shown = f"best match {best[1].name} with {best[0]} of {len(ops)} operations" if best[0] else "no known operation"
    raise UsageError(
        f"cannot tell which API {name} describes (title {title!r}, {len(ops)} operations; {shown}); "
        "name it: --from API=FILE"
    )


def _openapi_candidates() -> list[apis.Api]:
    """The registered OpenAPI APIs and any other API folder under specs/ with an OpenAPI file."""
    found = list(apis.OPENAPI_APIS)
    known = {a.name for a in apis.ALL_APIS}
    folders = sorted(p for p in apis.SPECS.iterdir() if p.is_dir()) if apis.SPECS.is_dir() else []
    for folder in folders:
        if folder.name not in known:
            try:
                found.append(apis.by_name(folder.name))
            except SpecError:
                continue
    return found


def _op_key(operation: str) -> str:
    method, path = operation.split(" ", 1)
    return f"{method} {_template(path)}"


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


def _overlay(api: apis.Api) -> Path | None:
    return api.overlay_file if api.overlay_file.exists() else None


def _normalized(
    api: apis.Api, document: dict[str, Any], where: Path, stale: list[tuple[int, dict[str, Any]]] | None = None
) -> Normalized:
    return normalize_document(
        copy.deepcopy(document), where, _overlay(api), stale_overlay=[] if stale is None else stale
    )


def _build(api: apis.Api, document: dict[str, Any], work: Path, *, lenient: bool) -> Any:
    from . import openapi_gen

    work.mkdir(parents=True, exist_ok=True)
    spec_file = work / "input.json"
    spec_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return openapi_gen.build_package(api.name, spec_file, _overlay(api), work / "build", lenient_overlay=lenient)


def _surface_diff(api: apis.Api, old: Path, new: Path) -> list[Change]:
    from . import pyapi

    package = f"gpupods_clients.{api.name}"
    return pyapi.diff_surfaces(pyapi.surface(old, package), pyapi.surface(new, package))


def _key(change: Change) -> tuple[str, str, str]:
    return change.kind, change.where, change.detail


def refresh_openapi(
    api: apis.Api,
    sources: list[Source],
    *,
    python_api: bool,
    plan_accept: bool,
    timeout: float,
    allow_breaking: bool = False,
) -> Report:
    """Compare what ``sources`` publish with the snapshot (and the project's spec); plan ``--accept``."""
    report = Report(api.name, source=", ".join(s.label for s in sources))
    try:
        _refresh(
            api,
            sources,
            report,
            python_api=python_api,
            plan_accept=plan_accept,
            timeout=timeout,
            allow_breaking=allow_breaking,
        )
    except DownloadError as exc:
        report.error = str(exc)
    except SpecError as exc:
        report.error = f"the document cannot be used: {exc}"
    except Exception as exc:  # the generator's own errors (GenerationError) carry their output
        from .openapi_gen import GenerationError

        if not isinstance(exc, GenerationError):
            raise
        report.error = f"the new document does not generate: {str(exc).splitlines()[0]}"
    return report


def _refresh(
    api: apis.Api,
    sources: list[Source],
    report: Report,
    *,
    python_api: bool,
    plan_accept: bool,
    timeout: float,
    allow_breaking: bool,
) -> None:
    published, suffix = [], ".json"
    for source in sources:
        data, document, suffix = source.read(timeout)
        published.append(snapshot.Published(data, document, source.recorded_as))
    snapshot_file = api.folder / snapshot.FILE_NAME
    old = snapshot.load(snapshot_file)
    document, parts = snapshot.assemble(old, published, apis.display_path(snapshot_file))
    if len(published) == 1 and document is published[0].document:
        kept = _keep(api, "openapi" + suffix, published[0].data)
    else:
        kept = _keep(api, "openapi.json", (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())
    report.downloaded = apis.display_path(kept)
    stale: list[tuple[int, dict[str, Any]]] = []
    # errors name the file the user gave, or the kept copy of a download (relative to where they are)
    named = sources[0].file if len(sources) == 1 and sources[0].file else Path(os.path.relpath(kept))
    new = _normalized(api, document, named, stale)
    report.stale_overlay = _stale_actions(api, stale)
    spec_raw = load_document(api.spec_file())
    project = normalize(api.spec_file(), _overlay(api))
    report.python_package = f"gpupods_clients.{api.name}"
    work = apis.BUILD / "update" / api.name
    facts = snapshot.facts_only(document)
    report.new_snapshot = snapshot.Snapshot(facts, snapshot.today(), parts)
    built_new = None
    if old is not None:
        report.compared_with = "snapshot"
        report.snapshot_note = f"compared with the upstream snapshot recorded {old.recorded} ({old.sources})"
        if facts != old.document:
            before = _normalized(api, old.document, snapshot_file)
            report.changes = diff_documents(before, new, old_raw=old.document, new_raw=document)
            if python_api:
                built_old = _build(api, old.document, work / "snapshot", lenient=True)
                built_new = _build(api, document, work / "new", lenient=True)
                report.python_api = _surface_diff(api, built_old.package, built_new.package)
        report.standing = diff_documents(project, new, old_raw=spec_raw, new_raw=document)
        standing = {_key(c) for c in report.standing}
        report.unreflected = [c for c in report.changes if _key(c) in standing]
    else:
        report.compared_with = "spec"
        report.snapshot_note = (
            f"no upstream snapshot yet ({apis.display_path(snapshot_file)}): compared with the "
            "project's spec; --record-snapshot records this document as one"
        )
        report.changes = diff_documents(project, new, old_raw=spec_raw, new_raw=document)
        if python_api:
            built_new = _build(api, document, work / "new", lenient=True)
            report.python_api = _surface_diff(api, _installed_package(api, work), built_new.package)
    if plan_accept and not report.stale_overlay:
        report.accept = _plan_accept(
            api, document, published, suffix, project, spec_raw, work, built_new, allow_breaking
        )


def _installed_package(api: apis.Api, work: Path) -> Path:
    """The generated package as installed (built from the vendored spec when there is none)."""
    from . import openapi_gen

    current = apis.GENERATED / api.name
    if current.is_dir():
        return current
    return openapi_gen.build_package(api.name, api.spec_file(), _overlay(api), work / "installed").package


def _plan_accept(
    api: apis.Api,
    document: dict[str, Any],
    published: list[snapshot.Published],
    suffix: str,
    project: Normalized,
    spec_raw: dict[str, Any],
    work: Path,
    built: Any,
    allow_breaking: bool,
) -> AcceptPlan:
    """Generate the client the new document makes (strictly) and list what accepting changes.

    When the document-level changes already break and breaking is not allowed, nothing is
    generated: the refusal does not need the Python-level changes.
    """
    plan = AcceptPlan()
    new = _normalized(api, document, work / "accept.json")
    plan.spec_changes = diff_documents(project, new, old_raw=spec_raw, new_raw=document)
    if plan.breaking and not allow_breaking:
        return plan
    if built is None:
        built = _build(api, document, work / "new", lenient=False)
    built.raise_if_incomplete()
    plan.package = built.package
    plan.coverage_text = built.report_text
    plan.python_api = _surface_diff(api, _installed_package(api, work), built.package)
    if len(published) == 1 and document is published[0].document:
        plan.spec_name, plan.spec_data = "openapi" + suffix, published[0].data
    else:
        plan.spec_name = "openapi.json"
        plan.spec_data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()
    return plan


def commit(reports: list[Report], *, accept: bool, record: bool) -> None:
    """Write what ``--accept``/``--record-snapshot`` decided, for every API at once (or nothing)."""
    from .transaction import Transaction

    transaction = Transaction(apis.BUILD)
    for report in reports:
        api = apis.by_name(report.api)
        if report.new_snapshot is None:
            continue
        if accept and report.accept is not None:
            plan = report.accept
            assert plan.package is not None
            for old in api.folder.glob("openapi.*"):
                if old.name != plan.spec_name:
                    transaction.remove(old)
            transaction.write(api.folder / plan.spec_name, plan.spec_data)
            transaction.replace_tree(apis.GENERATED / api.name, plan.package)
            transaction.write(apis.COVERAGE / f"{api.name}.md", plan.coverage_text.encode())
        if accept or record:
            transaction.write(api.folder / snapshot.FILE_NAME, report.new_snapshot.to_json().encode())
    transaction.commit()
    for report in reports:
        if report.new_snapshot is not None and (accept or record):
            report.snapshot_recorded = True
            if accept and report.accept is not None:
                report.accept.status = "accepted"
                _save_stamp(apis.by_name(report.api))


def _save_stamp(api: apis.Api) -> None:
    """Record the regenerated package as fresh, so ``nox -s generate`` does not redo it (best effort)."""
    from . import openapi_gen, versions
    from .stamp import Stamp, input_key

    overlay = _overlay(api)
    try:
        key = input_key([api.spec_file(), *([overlay] if overlay else [])], versions.fingerprint(openapi_gen.TOOLS))
        Stamp(api.name).save(key, [apis.GENERATED / api.name, apis.COVERAGE / f"{api.name}.md"])
    except (OSError, SpecError):
        pass


# --- GraphQL -----------------------------------------------------------------------------


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


# --- command line ------------------------------------------------------------------------


def _pairs(values: list[str], option: str) -> list[tuple[str | None, str]]:
    """``API=VALUE`` pairs (API None for a bare value)."""
    found: list[tuple[str | None, str]] = []
    for value in values:
        name, sep, rest = value.partition("=")
        if sep and re.fullmatch(r"[a-z][a-z0-9_]*", name):
            found.append((name, rest))
        else:
            found.append((None, value))
        if not found[-1][1]:
            raise UsageError(f"{option} needs a value, got {value!r}")
    return found


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.update_specs", description=__doc__.splitlines()[0])
    parser.add_argument(
        "apis", nargs="*", metavar="API", help="APIs to refresh (default: all, or those named in --from)"
    )
    parser.add_argument("--api", action="append", default=[], help=argparse.SUPPRESS)  # older spelling
    parser.add_argument(
        "--base-url",
        action="append",
        default=[],
        metavar="[API=]URL",
        help="fetch from here: a base URL keeps the published path, a full URL is used as is",
    )
    parser.add_argument(
        "--from",
        dest="files",
        action="append",
        default=[],
        metavar="[API=]FILE",
        help="compare this local file instead of downloading (repeat for the parts of a split "
        "document; without API= the API is read from the file)",
    )
    parser.add_argument("--graphql-url", help="GraphQL endpoint to introspect (same as --base-url runpod_graphql=URL)")
    parser.add_argument(
        "--accept",
        action="store_true",
        help="make the new document the vendored spec (overlay kept), record it as the snapshot and regenerate",
    )
    parser.add_argument("--allow-breaking", action="store_true", help="let --accept make breaking changes")
    parser.add_argument(
        "--record-snapshot",
        action="store_true",
        help="record the new document as the upstream snapshot (the spec reflects it)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of the tables")
    parser.add_argument(
        "--no-python-api",
        dest="python_api",
        action="store_false",
        help="skip the generated-Python-API comparison (it runs the generator)",
    )
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a download")
    return parser


def _plan_sources(args: argparse.Namespace) -> tuple[list[apis.Api], dict[str, list[Source]], dict[str, str]]:
    """The APIs to refresh, the files given per API, and the URL overrides."""
    urls: dict[str, str] = {}
    for name, url in _pairs(args.base_url, "--base-url"):
        urls[name or "*"] = url
    if args.graphql_url:
        urls[apis.GRAPHQL_API.name] = args.graphql_url
    files: dict[str, list[Source]] = {}
    for name, value in _pairs(args.files, "--from"):
        path = Path(value)
        if name is None:
            try:
                _, document, _ = Source(file=path).read(args.timeout)
            except DownloadError as exc:
                raise UsageError(str(exc)) from None
            name = infer_api(document, path.name).name
        files.setdefault(name, []).append(Source(file=path))
    if apis.GRAPHQL_API.name in files:
        raise UsageError(f"{apis.GRAPHQL_API.name} is introspected, not read from a file: use --graphql-url")
    names = [*args.apis, *args.api]
    if not names:  # only the APIs the options name, when they name some
        names = [*files, *(n for n in urls if n != "*" and n not in files)]
    try:
        selected = [apis.by_name(n) for n in dict.fromkeys(names)] if names else list(apis.ALL_APIS)
    except SpecError as exc:
        raise UsageError(exc.problem) from None
    return selected, files, urls


def main(argv: list[str] | None = None) -> int:
    """Run update-specs, print the report, and return the exit status."""
    try:
        args = _parser().parse_args(argv)
        reports, status = evaluate(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    _print(reports, args.json)
    for r in reports:
        if r.error:
            print(f"{r.api}: {r.error}", file=sys.stderr)
    return status


def evaluate(args: argparse.Namespace) -> tuple[list[Report], int]:
    """The reports of a run and its exit status (``--accept``/``--record-snapshot`` done or refused)."""
    selected, files, urls = _plan_sources(args)
    reports: list[Report] = []
    for api in selected:
        if api.kind == "graphql":
            reports.append(_graphql_report(api, args, urls))
            continue
        sources = files.get(api.name)
        if sources is None:
            try:
                url = resolve_url(api, urls)
            except DownloadError as exc:
                reports.append(Report(api.name, error=str(exc)))
                continue
            if url is None:
                reports.append(_nothing_published(api))
                continue
            sources = [Source(url=url)]
        failed = any(r.error for r in reports)  # nothing will be written: no need to plan (and generate) more
        reports.append(
            refresh_openapi(
                api,
                sources,
                python_api=args.python_api,
                plan_accept=args.accept and not failed,
                timeout=args.timeout,
                allow_breaking=args.allow_breaking,
            )
        )
    if args.accept or args.record_snapshot:
        status = _decide(reports, args)
        if status is not None:
            return reports, status
    if any(r.error for r in reports):
        return reports, EXIT_ERROR
    return reports, EXIT_BREAKING if any(r.breaking for r in reports) else EXIT_OK


def _graphql_report(api: apis.Api, args: argparse.Namespace, urls: dict[str, str]) -> Report:
    named = api.name in [*args.apis, *args.api] or api.name in urls or "*" in urls
    if not named and not os.environ.get("RUNPOD_API_KEY"):
        return Report(
            api.name,
            note="not checked: introspection needs an API key; set RUNPOD_API_KEY "
            "(or name runpod_graphql to try without one)",
        )
    return refresh_graphql(resolve_url(api, urls) or "", accept=args.accept, timeout=args.timeout)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return _parser().parse_args(argv)


def _decide(reports: list[Report], args: argparse.Namespace) -> int | None:
    """Refuse or commit ``--accept``/``--record-snapshot`` for the whole run; None when there is nothing to do."""
    writable = [r for r in reports if r.new_snapshot is not None]
    if any(r.error for r in reports):
        for r in writable:
            r.note = "not written: another error in this run (nothing is written unless everything can be)"
        return EXIT_ERROR
    if args.accept:
        stale = [r for r in writable if r.stale_overlay]
        for r in stale:
            r.error = (
                f"not accepted: {len(r.stale_overlay)} overlay action(s) match nothing in the new document "
                f"(see the report); fix {apis.display_path(apis.by_name(r.api).overlay_file)} first"
            )
        breaking = [r for r in writable if r.accept is not None and r.accept.breaking]
        if breaking and not args.allow_breaking:
            for r in breaking:
                assert r.accept is not None
                r.accept.status = (
                    f"refused: {r.accept.breaking} breaking change(s); review them, then rerun with --allow-breaking"
                )
        if stale:
            return EXIT_ERROR
        if breaking and not args.allow_breaking:
            return EXIT_BREAKING
    if not writable:
        return None
    from .transaction import CommitError

    try:
        commit(writable, accept=args.accept, record=args.record_snapshot)
    except CommitError as exc:
        writable[0].error = f"nothing written: {exc}"
        return EXIT_ERROR
    return EXIT_OK


def _nothing_published(api: apis.Api) -> Report:
    report = Report(api.name)
    report.note = (
        f"{api.name} has no published OpenAPI document to download ({apis.display_path(api.source_file)}).\n"
        f"To refresh it by hand: edit {apis.display_path(api.folder)}/openapi.yaml from the provider's docs, "
        f"or compare a file you have with\n"
        f"  nox -s update-specs -- {api.name} --from {api.name}=FILE\n"
        f"then run nox -s generate."
    )
    return report


def _print(reports: list[Report], as_json: bool) -> None:
    errors = [r for r in reports if r.error]
    breaking = sum(len(r.breaking) for r in reports)
    if as_json:
        print(
            json.dumps({"apis": [r.as_json() for r in reports], "breaking": breaking, "errors": len(errors)}, indent=2)
        )
    else:
        print("\n\n".join(r.render() for r in reports))


def run(argv: list[str] | None = None) -> int:
    """``main`` for the command line: a bug is one line and exit 2 too (never 1, which means breaking)."""
    try:
        return main(argv)
    except BrokenPipeError:  # piped into head or less that quit early
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the last line of defence of the exit status contract
        if os.environ.get("GPUPODS_DEBUG"):
            raise
        print(
            f"error: update-specs failed unexpectedly: {type(exc).__name__}: {_one_line(exc)} "
            "(a bug; GPUPODS_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(run())


__all__ = [
    "DownloadError",
    "Report",
    "Source",
    "StaleAction",
    "check_openapi",
    "diff_graphql",
    "fetch",
    "infer_api",
    "introspect",
    "main",
    "refresh_graphql",
    "refresh_openapi",
    "resolve_url",
    "run",
]
