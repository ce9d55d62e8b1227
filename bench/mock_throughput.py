"""Requests per second of the validating mock clouds, in-process and on loopback, against
Stoplight Prism in static mode serving the same RunPod v2 spec.

Both servers run in their own process on 127.0.0.1 and get the same load in interleaved rounds:
CONCURRENCY keep-alive connections from one asyncio client (raw HTTP/1.1 on streams) sending ``GET /v2/pods/{id}``
and ``GET /v2/pods`` for ROUND_SECONDS each. The gpupods mock validates each request and
response against the spec and answers from its state (one pod); Prism validates the request
and answers a static body generated from the schema. In-process means ``httpx.Client`` with the
mock's transport: no sockets, no server, one thread.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from ._common import KEY, Row, Section, mock_process

ROUNDS = 5
ROUND_SECONDS = 2.0
CONCURRENCY = 16
TARGET = 1.5
ROOT = Path(__file__).resolve().parents[1]
POD_BODY = {"name": "bench", "image": "img", "ports": ["22/tcp"], "gpu": {"id": "NVIDIA GeForce RTX 4090", "count": 1}}


def prism_binary() -> str | None:
    """GPUPODS_PRISM, else the copy `nox -s bench` installs under build/prism."""
    candidates = [os.environ.get("GPUPODS_PRISM"), str(ROOT / "build" / "prism" / "node_modules" / ".bin" / "prism")]
    return next((c for c in candidates if c and Path(c).exists()), None)


class Prism:
    """``prism mock`` (static mode, request validation on) on a free loopback port, in its own
    process; a context manager. tests/contract/test_prism.py uses it too."""

    def __init__(self, binary: str, spec: Path) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in __exit__)
        self._proc = subprocess.Popen(
            [binary, "mock", str(spec), "-h", "127.0.0.1", "-p", str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def __enter__(self) -> Prism:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                break
            try:
                httpx.get(self.url + "/", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.2)
        self._log.seek(0)
        output = self._log.read().decode(errors="replace")[-400:]
        self.__exit__()
        raise RuntimeError(f"prism did not start within 60 s: {output}")

    def __exit__(self, *exc: object) -> None:
        self._proc.terminate()
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        self._log.close()


async def _load(base_url: str, paths: list[str], seconds: float) -> float:
    """Requests per second answered 200 by ``base_url`` under CONCURRENCY keep-alive connections.

    The client side is raw asyncio streams speaking HTTP/1.1 (a few microseconds per request),
    so that the server, not the load generator, is what runs out of CPU.
    """
    url = httpx.URL(base_url)
    requests = [
        (
            f"GET {path} HTTP/1.1\r\nHost: {url.host}:{url.port}\r\nAuthorization: Bearer {KEY}\r\n"
            "Accept: application/json\r\n\r\n"
        ).encode()
        for path in paths
    ]
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker(offset: int) -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection(url.host, url.port)
        i = offset
        try:
            while time.perf_counter() < deadline:
                writer.write(requests[i % len(requests)])
                status = await _read_response(reader)
                if status != 200:
                    raise RuntimeError(f"{base_url}{paths[i % len(paths)]} answered {status}")
                done += 1
                i += 1
        finally:
            writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(CONCURRENCY)))
    return done / (time.perf_counter() - start)


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 response (Content-Length or chunked body); return its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


def _in_process(paths: list[str], seconds: float) -> float:
    from gpupods.mock import MockClouds, VirtualClock

    with (
        MockClouds(clock=VirtualClock(), sshd=False) as clouds,
        httpx.Client(
            transport=clouds.transport(), base_url="https://api.runpod.io", headers={"Authorization": f"Bearer {KEY}"}
        ) as client,
    ):
        pod = client.post("/v2/pods", json=POD_BODY).json()["id"]
        wanted = [p.replace("{id}", pod) for p in paths]
        done, deadline = 0, time.perf_counter() + seconds
        start = time.perf_counter()
        while time.perf_counter() < deadline:
            response = client.get(wanted[done % len(wanted)])
            assert response.status_code == 200, response.text
            done += 1
        return done / (time.perf_counter() - start)


def run() -> list[Section]:
    section = Section(f"Mock cloud throughput vs Prism static mode (RunPod v2, {CONCURRENCY} connections)")
    binary = prism_binary()
    spec = ROOT / "generated" / "gpupods_clients" / "runpod_v2" / "openapi.json"
    paths = ["/v2/pods/{id}", "/v2/pods"]
    rates: dict[str, list[float]] = {"loopback": [], "prism": [], "in-process": []}
    with mock_process("runpod") as mock_url:
        pod = httpx.post(mock_url + "/v2/pods", json=POD_BODY, headers={"Authorization": f"Bearer {KEY}"}).json()["id"]
        mock_paths = [p.replace("{id}", pod) for p in paths]
        if binary is None:
            section.notes.append("Prism is not installed (nox -s bench installs it with npm): no comparison.")
            for _ in range(ROUNDS):
                rates["loopback"].append(asyncio.run(_load(mock_url, mock_paths, ROUND_SECONDS)))
                rates["in-process"].append(_in_process(paths, ROUND_SECONDS))
        else:
            with Prism(binary, spec) as prism:
                prism_paths = [p.replace("{id}", "some-pod") for p in paths]
                asyncio.run(_load(prism.url, prism_paths, 0.5))  # warm both up
                asyncio.run(_load(mock_url, mock_paths, 0.5))
                for _ in range(ROUNDS):
                    rates["loopback"].append(asyncio.run(_load(mock_url, mock_paths, ROUND_SECONDS)))
                    rates["prism"].append(asyncio.run(_load(prism.url, prism_paths, ROUND_SECONDS)))
                    rates["in-process"].append(_in_process(paths, ROUND_SECONDS))
    median = {k: statistics.median(v) if v else None for k, v in rates.items()}
    prism_rate = median["prism"]
    section.rows.append(
        Row(
            "gpupods mock, loopback (own process)",
            median["loopback"],
            "req/s",
            "Prism static" if prism_rate else "",
            prism_rate,
            f">= {TARGET}x",
            (median["loopback"] or 0) >= TARGET * prism_rate if prism_rate else None,
        )
    )
    section.rows.append(
        Row(
            "gpupods mock, in-process transport",
            median["in-process"],
            "req/s",
            "Prism static" if prism_rate else "",
            prism_rate,
        )
    )
    if prism_rate:
        section.rows.append(Row("Prism static mode (own process)", prism_rate, "req/s"))
    section.notes.append(
        f"Medians of {ROUNDS} interleaved rounds of {ROUND_SECONDS:g} s; the load generator runs in "
        "this process and shares the 2 CPUs with the server it measures, alike for both servers. "
        "The in-process rate is one thread calling the transport back to back "
        "through httpx.Client. A first version drove the servers with httpx.AsyncClient: it "
        "topped out near 600 req/s for both servers, so it measured itself; the raw-socket "
        "client here does not."
    )
    return [section]
