"""Parsing a 10,000-pod list answer per provider with the generated client (``json.loads``
inside, as the client does it, plus the generated models), against ``json.loads`` of the same
bytes; and, reported separately, the facade's list: ``json.loads`` and the mapping of the
decoded pods to ``gpupods.Pod`` (``Backend.to_pod``; the models are built only when a pod's
``raw`` is read).

Timed with the cyclic garbage collector paused during each run (after a full collection), as
``timeit`` does, for the baseline and the parser alike: a collector pass walks every live
object of the process, so its cost depends on what else the process holds, not on the parser.
The same runs with the collector on are reported too.
"""

from __future__ import annotations

import statistics
import warnings
from typing import Any

import httpx

from ._answers import APIS, PODS, ten_thousand
from ._common import Row, Section, once

ROUNDS = 7
ROUNDS_WITH_GC = 3


def _section(provider: str) -> Section:
    from gpupods import Fleet

    answer = ten_thousand(provider)
    module, client, body = answer.list_module(), answer.generated_client(), answer.body
    fleet = Fleet.from_env(providers=[provider], api_keys={provider: "unused"})  # its mapping only; no requests
    backend = fleet.backend(provider)
    items_key = answer.api.items

    def parse() -> Any:
        response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
        return module._build_response(client=client, response=response).parsed

    parsed = getattr(parse(), items_key)
    assert len(parsed) == PODS and parsed[-1].id == answer.items[-1]["id"]
    decoded = json_loads(body)[items_key]
    to_pod = backend.to_pod
    first = to_pod(decoded[0])
    assert first.id == answer.items[0]["id"] and first.raw.to_dict() == parsed[0].to_dict()
    work = {
        "loads": lambda: json_loads(body),
        "parse": parse,
        "map": lambda: [to_pod(p) for p in decoded],
    }
    paused: dict[str, list[float]] = {k: [] for k in work}
    running: dict[str, list[float]] = {k: [] for k in work}
    for _ in range(ROUNDS):
        for name, fn in work.items():
            paused[name].append(once(fn, collect=False))
    for _ in range(ROUNDS_WITH_GC):
        for name, fn in work.items():
            running[name].append(once(fn, collect=True))
    fleet.close()
    loads, parse_s, map_s = (statistics.median(paused[k]) for k in work)
    loads_gc, parse_gc, map_gc = (statistics.median(running[k]) for k in work)
    mib = len(body) / 2**20
    section = Section(f"10,000-pod list answer, {provider} ({mib:.1f} MiB)")
    section.rows += [
        Row("json.loads", loads * 1e3, "ms", note=f"{loads / PODS * 1e6:.2f} us per pod"),
        Row(
            "generated client parse (json.loads + models)",
            parse_s * 1e3,
            "ms",
            "json.loads",
            loads * 1e3,
            "<= 2.5x",
            parse_s <= 2.5 * loads,
            f"{(parse_s - loads) / PODS * 1e6:.2f} us per pod in the models",
        ),
        Row(
            "facade mapping of the decoded pods to gpupods.Pod",
            map_s * 1e3,
            "ms",
            "json.loads",
            loads * 1e3,
            note=f"{map_s / PODS * 1e6:.2f} us per pod",
        ),
        Row(
            "the facade's list: json.loads + mapping",
            (loads + map_s) * 1e3,
            "ms",
            "json.loads",
            loads * 1e3,
            note="no models: each pod's is built on the first read of its Pod.raw",
        ),
        Row(
            "generated client parse, collector running",
            parse_gc * 1e3,
            "ms",
            "json.loads, collector running",
            loads_gc * 1e3,
            note=f"mapping {map_gc * 1e3:.3g} ms; median of {ROUNDS_WITH_GC}",
        ),
    ]
    return section


def json_loads(body: bytes) -> Any:
    import json

    return json.loads(body)


def run() -> list[Section]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        sections = [_section(provider) for provider in APIS]
    sections[-1].notes += [
        f"Each answer is the mock's own list answer for one running pod, repeated {PODS:,} times with distinct "
        f"ids and names. Medians of {ROUNDS} runs, the three measurements interleaved; the collector is paused "
        "while a run is timed (timeit's convention) and a full collection runs before each.",
        "With the collector running, its full passes over every live object (the answer's dicts and the new "
        "models) dominate: that cost grows with what the process holds, and any typed model layer that "
        "allocates one Python object per JSON object pays it; see bench/README.md.",
    ]
    return sections
