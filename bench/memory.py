"""Peak memory (tracemalloc) while ``Fleet.list()`` lists 10,000 pods on each provider: the
facade's whole path (pages as the facade asks for them, the HTTP layer, the generated client,
the mapping to ``Pod``) against the mock's answers replayed in this process (see
``bench/_answers.py``), so that only the client's allocations are counted.
"""

from __future__ import annotations

import gc
import statistics
import tracemalloc
import warnings

from ._answers import APIS, PODS, ReplayTransport, ten_thousand
from ._common import KEY, Row, Section, once


def _row(provider: str) -> tuple[Row, Row]:
    from gpupods import Fleet

    answer = ten_thousand(provider)
    transport = ReplayTransport(answer)
    fleet = Fleet.from_env(providers=[provider], api_keys={provider: KEY}, transport=transport)
    assert len(fleet.list(provider)) == PODS  # warm: imports and first-call setup are not measured
    pages = transport.requests
    took = statistics.median(once(lambda: fleet.list(provider)) for _ in range(3))
    paused = statistics.median(once(lambda: fleet.list(provider), collect=False) for _ in range(3))
    gc.collect()
    tracemalloc.start()
    pods = fleet.list(provider)
    peak = tracemalloc.get_traced_memory()[1]
    gc.collect()  # httpx leaves each request and answer in a reference cycle: what is left is the result
    current = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert len(pods) == PODS and pods[-1].id == answer.items[-1]["id"]
    del pods
    fleet.close()
    per_pod = peak / PODS
    mib = 2**20
    return (
        Row(
            f"{provider}: peak while listing",
            peak / mib,
            "MiB",
            note=f"{per_pod / 1024:.1f} KiB per pod; {pages} request(s); the result holds {current / mib:.1f} MiB",
        ),
        Row(
            f"{provider}: wall time of that list",
            took * 1e3,
            "ms",
            note=f"{took / PODS * 1e6:.1f} us per pod; "
            f"{paused * 1e3:.0f} ms with the collector paused; median of 3, not traced",
        ),
    )


def run() -> list[Section]:
    section = Section("Peak memory while listing 10,000 pods (Fleet.list, tracemalloc)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for provider in APIS:
            section.rows += _row(provider)
    whole = ", ".join(p for p, api in APIS.items() if api.paging is None)
    paged = ", ".join(p for p, api in APIS.items() if api.paging is not None)
    section.notes.append(
        f"{whole or 'no provider'}: all pods in one answer; {paged or 'no provider'}: read 100 per page, as the "
        "facade does. The result held is 10,000 `Pod`s, each keeping its decoded JSON for `.raw` (the generated "
        "model is built on its first read). JSON dicts take more room than the slotted models did: about a "
        "quarter more is held, for a list 1.4-2.5x faster."
    )
    return [section]
