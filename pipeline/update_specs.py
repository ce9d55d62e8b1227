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
from pathlib import Path
from typing import Any

from . import apis, snapshot
from .apidiff import Change, diff_documents, operations_using
from .errors import SpecError
from .graphql_refresh import check_operations, diff_graphql, introspect, refresh_graphql
from .normalize import Normalized, normalize, normalize_document
from .published import (
    DownloadError,
    Source,
    UsageError,
    _one_line,
    check_openapi,
    fetch,
    infer_api,
    keep,
    resolve_url,
)
from .specload import load_document
from .update_report import AcceptPlan, Report, StaleAction

EXIT_OK, EXIT_BREAKING, EXIT_ERROR = 0, 1, 2


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
        kept = keep(api, "openapi" + suffix, published[0].data)
    else:
        kept = keep(api, "openapi.json", (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode())
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
    "EXIT_BREAKING",
    "EXIT_ERROR",
    "EXIT_OK",
    "AcceptPlan",
    "DownloadError",
    "Report",
    "Source",
    "StaleAction",
    "UsageError",
    "check_openapi",
    "check_operations",
    "diff_graphql",
    "evaluate",
    "fetch",
    "infer_api",
    "introspect",
    "main",
    "parse_args",
    "refresh_graphql",
    "refresh_openapi",
    "resolve_url",
    "run",
]
