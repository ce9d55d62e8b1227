"""The client contract suite against Stoplight Prism, an independent mock of the same specs.

``nox -s contract-prism`` installs the pinned Prism, and this module starts one ``prism mock``
per OpenAPI spec on 127.0.0.1 and sends it the requests of tests/contract/test_operations.py,
through the same generated clients, sync and async. Every operation's outcome is recorded in
``build/prism-results.md``. A failure is accepted only when it matches a known limitation of
Prism (listed in ``PRISM_LIMITATIONS`` with the reason); any other failure fails the test,
because then either the spec, the generated client or our own mock is wrong.

Not part of the default run (marked slow, and it needs Node and Prism: GPUPODS_PRISM).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock

from bench.mock_throughput import Prism

from .test_operations import API_CLOUD, Ctx, _check, _module, _phase, _request, _spec, _validator

pytestmark = pytest.mark.slow

PROBES: dict[str, int] = {}
RESULTS = Path(__file__).resolve().parents[2] / "build" / "prism-results.md"


@dataclass(frozen=True)
class Limitation:
    """A way Prism answers that is Prism's doing, not the spec's or the client's."""

    name: str
    reason: str
    pattern: str  # searched in "<status> <failure message>"
    only_untyped_body: bool = False  # applies only when the success response schema declares no type


PRISM_LIMITATIONS = [
    Limitation(
        "static-values-ignore-constraints",
        "Prism's static mode fills each field from its type alone ('string', 0, the first enum value); "
        "pattern, format, minimum and const are not honoured, so the answer fails the schema it came from",
        r"does not serialise back: .*(pattern|format|minimum|maximum|const|minLength|minItems|is not one of|does not match)",
    ),
    Limitation(
        "null-for-untyped-schema",
        "for a response schema that declares no type (Prime Intellect does not publish the shape of pod logs "
        "or image checks), Prism's static mode answers the JSON value null; that is valid for such a schema, and "
        "the generated client returns it as None",
        r"^200 .*the generated client parsed nothing",
        only_untyped_body=True,
    ),
]


@dataclass
class Outcome:
    api: str
    mode: str
    operation: str
    status: int | None
    ok: bool
    detail: str = ""
    limitation: str = ""
    untyped_body: bool = False


@pytest.fixture(scope="module")
def prism_binary() -> str:
    binary = os.environ.get("GPUPODS_PRISM")
    if not binary or not Path(binary).exists():
        pytest.fail("GPUPODS_PRISM must name the prism executable; run this module with `nox -s contract-prism`")
    return binary


def _spec_file(api: str) -> Path:
    module = importlib.import_module(f"gpupods_clients.{api}")
    return Path(module.__file__).parent / "openapi.json"


def _classify(outcome: Outcome) -> None:
    text = f"{outcome.status} {outcome.detail}"
    for limitation in PRISM_LIMITATIONS:
        if limitation.only_untyped_body and not outcome.untyped_body:
            continue
        if re.search(limitation.pattern, text):
            outcome.limitation = limitation.name
            return


_SHAPE_KEYWORDS = ("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const", "additionalProperties")


def _untyped_success_body(spec: dict[str, Any], path: str, method: str) -> bool:
    """Whether the operation's 2xx JSON body has a schema that declares no shape at all."""
    responses = spec["paths"][path][method.lower()].get("responses", {})
    for code, response in responses.items():
        if str(code).startswith("2"):
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            while isinstance(schema, dict) and "$ref" in schema:
                schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            return isinstance(schema, dict) and not any(k in schema for k in _SHAPE_KEYWORDS)
    return False


def _client(api: str, base_url: str) -> Any:
    module = importlib.import_module(f"gpupods_clients.{api}")
    return module.AuthenticatedClient(base_url=base_url, token="contract-token", timeout=httpx.Timeout(10.0))


def _run(api: str, base_url: str, mode: str) -> list[Outcome]:
    """Call every operation of ``api`` against Prism, in the suite's order, and record each outcome."""
    return asyncio.run(_run_all(api, base_url, mode))


async def _run_all(api: str, base_url: str, mode: str) -> list[Outcome]:
    spec = _spec(api)
    raw = json.loads(_spec_file(api).read_text(encoding="utf-8"))
    outcomes = []
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds:  # used only to build requests and validate
        ctx = Ctx(clouds)
        validator = _validator(api, clouds)
        client = _client(api, base_url)
        for name in sorted(spec.operations, key=_phase):
            op = spec.operations[name]
            module = _module(api, op.group, op.name)
            outcome = Outcome(api, mode, name, None, False, untyped_body=_untyped_success_body(raw, op.path, op.method))
            try:
                kwargs = _request(api, spec, clouds, name, ctx)
                if mode == "sync":
                    response = module.sync_detailed(client=client, **kwargs)
                else:
                    response = await module.asyncio_detailed(client=client, **kwargs)
                outcome.status = int(response.status_code)
                _check(api, spec, name, response, ctx, validator)
                outcome.ok = True
            except Exception as exc:  # recorded, then judged against the known limitations
                outcome.detail = " ".join(str(exc).split())[:400] or type(exc).__name__
                _classify(outcome)
            outcomes.append(outcome)
        await client.get_async_httpx_client().aclose()
        client.get_httpx_client().close()
    return outcomes


@pytest.fixture(scope="module")
def outcomes(prism_binary: str) -> Iterator[list[Outcome]]:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    found: list[Outcome] = []
    for api in sorted(API_CLOUD):
        with Prism(prism_binary, _spec_file(api)) as server:
            for mode in ("sync", "async"):
                found += _run(api, server.url, mode)
            if api == "runpod_v2":  # the oracle can say no: a create without its required fields
                refused = httpx.post(
                    server.url + "/v2/pods",
                    json={"gpu": {"count": 1}},
                    headers={"Authorization": "Bearer contract-token"},
                )
                PROBES["invalid create_pod"] = refused.status_code
    _write_results(found, prism_binary)
    yield found


def _write_results(outcomes: list[Outcome], binary: str) -> None:
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    lines = [
        "# Contract suite against Stoplight Prism",
        "",
        f"Prism {version}, static mode, request validation on; one `prism mock` per spec on 127.0.0.1.",
        "Written by `nox -s contract-prism` (tests/contract/test_prism.py).",
        "",
        "| API | mode | operations | passed | Prism limitation | unexplained |",
        "|---|---|---|---|---|---|",
    ]
    for api in sorted({o.api for o in outcomes}):
        for mode in ("sync", "async"):
            rows = [o for o in outcomes if o.api == api and o.mode == mode]
            passed = sum(o.ok for o in rows)
            limited = sum(bool(o.limitation) for o in rows if not o.ok)
            lines.append(f"| {api} | {mode} | {len(rows)} | {passed} | {limited} | {len(rows) - passed - limited} |")
    lines += ["", "## Known Prism limitations", ""]
    lines += [f"- **{lim.name}**: {lim.reason}." for lim in PRISM_LIMITATIONS]
    lines += [
        "",
        "## Failures (sync run)",
        "",
        "| API | operation | status | classified as | detail |",
        "|---|---|---|---|---|",
    ]
    for o in outcomes:
        if not o.ok and o.mode == "sync":
            detail = o.detail.replace("|", "\\|")[:200]
            lines.append(f"| {o.api} | {o.operation} | {o.status} | {o.limitation or 'UNEXPLAINED'} | {detail} |")
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_every_operation_of_every_spec_was_sent_to_prism(outcomes: list[Outcome]) -> None:
    for api in API_CLOUD:
        for mode in ("sync", "async"):
            sent = {o.operation for o in outcomes if o.api == api and o.mode == mode}
            assert sent == set(_spec(api).operations), f"{api} {mode}"


def test_prism_refuses_a_request_that_breaks_the_spec(outcomes: list[Outcome]) -> None:
    """Prism validates requests, so the passes above mean it accepted what the clients sent."""
    assert PROBES["invalid create_pod"] == 422


def test_every_failure_is_a_known_prism_limitation(outcomes: list[Outcome]) -> None:
    unexplained = [o for o in outcomes if not o.ok and not o.limitation]
    assert not unexplained, f"{len(unexplained)} failure(s) not explained by Prism (see {RESULTS}):\n" + "\n".join(
        f"  {o.api} {o.mode} {o.operation}: HTTP {o.status}: {o.detail[:300]}" for o in unexplained
    )


def test_the_classifier_does_not_excuse_a_refused_request_or_a_typed_body_parsed_as_none() -> None:
    """A request Prism refuses (a 422 from its validator) is never filed under a limitation, and
    'parsed nothing' is excused only where the spec leaves the body untyped."""
    refused = Outcome("runpod_v2", "sync", "create_pod", 422, False, "runpod_v2 create_pod: HTTP 422 b'{...}'")
    _classify(refused)
    assert refused.limitation == ""
    typed = Outcome(
        "runpod_v2", "sync", "get_pod", 200, False, "runpod_v2 get_pod: the generated client parsed nothing"
    )
    _classify(typed)
    assert typed.limitation == ""
    raw = json.loads(_spec_file("primeintellect").read_text(encoding="utf-8"))
    assert _untyped_success_body(raw, "/api/v1/pods/{pod_id}/log", "GET")
    assert not _untyped_success_body(raw, "/api/v1/pods/{pod_id}", "GET")
