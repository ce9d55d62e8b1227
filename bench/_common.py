"""What every benchmark shares: result rows, interleaved timing, mock processes, environments."""

from __future__ import annotations

import base64
import contextlib
import gc
import logging
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

PYTHON = sys.executable
KEY = "mock-api-key-not-secret"  # the mocks' documented key; no real key is ever used
#: The public key the benchmarks' pods get: a well-formed ed25519 key that opens nothing (the
#: mocks only store it), so that no benchmark reads the user's ~/.ssh.
SSH_PUBLIC_KEY = (
    "ssh-ed25519 "
    + base64.b64encode(struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + bytes(range(32))).decode()
    + " gpupods-bench"
)


def pod_spec(name: str, image: str, gpu: str) -> Any:
    """The ``PodSpec`` of a benchmark's pod (with SSH, as users' pods are, and ``SSH_PUBLIC_KEY``)."""
    from gpupods import PodSpec

    return PodSpec(name=name, image=image, gpu=gpu, ssh_keys=(SSH_PUBLIC_KEY,))


@dataclass
class Row:
    """One line of a results table: ``value`` against ``baseline``, and the target it has."""

    name: str
    value: float | None
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline


@dataclass
class Section:
    """The rows of one benchmark, with what a reader needs to know about how they were taken."""

    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class Timing:
    """Per-call wall and client-process CPU seconds of one variant: one sample per round."""

    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)

    def spread(self, scale: float = 1e3, attr: str = "walls") -> str:
        """The middle half of the rounds (``p25-p75``), scaled (ms by default)."""
        samples = sorted(getattr(self, attr))
        q = statistics.quantiles(samples, n=4) if len(samples) >= 2 else [samples[0]] * 3
        return f"{q[0] * scale:.3g}-{q[2] * scale:.3g}"


def interleaved(
    variants: dict[str, Callable[[], Any]], *, rounds: int, calls: dict[str, int], warmup: int = 10
) -> dict[str, Timing]:
    """Time every variant in ``rounds`` rounds; in each round every variant runs one batch of
    ``calls[name]`` calls, back to back with the others, so that a slow moment of the machine
    hits all of them alike. Returns per-call wall and CPU (``time.process_time``) per round."""
    for call in variants.values():
        for _ in range(warmup):
            call()
    result = {name: Timing() for name in variants}
    for _ in range(rounds):
        for name, call in variants.items():
            n = calls[name]
            wall0, cpu0 = time.perf_counter(), time.process_time()
            for _ in range(n):
                call()
            result[name].walls.append((time.perf_counter() - wall0) / n)
            result[name].cpus.append((time.process_time() - cpu0) / n)
    return result


def once(work: Callable[[], Any], *, collect: bool = True) -> float:
    """Seconds one run of ``work`` takes; with ``collect=False`` the cyclic garbage collector
    is paused while it runs (``timeit``'s convention), after a full collection."""
    gc.collect()
    if collect:
        start = time.perf_counter()
        work()
        return time.perf_counter() - start
    gc.disable()
    try:
        start = time.perf_counter()
        work()
        return time.perf_counter() - start
    finally:
        gc.enable()


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without provider keys or gpupods settings (no real cloud is reachable)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.endswith("_API_KEY") and not k.endswith("_BASE_URL") and not k.startswith("GPUPODS_")
    }
    env.update(extra)
    return env


def script(name: str) -> str | None:
    """The console script ``name`` installed beside this interpreter, if any."""
    path = os.path.join(os.path.dirname(PYTHON), name)
    return path if os.path.exists(path) else None


def wall_of_command(argv: Sequence[str], env: dict[str, str] | None = None) -> float:
    """Seconds a fresh process takes to run ``argv`` to completion (output discarded)."""
    start = time.perf_counter()
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.decode()[-300:]}")
    return elapsed


@contextlib.contextmanager
def mock_process(provider: str, *extra: str) -> Iterator[str]:
    """``python -m gpupods.mock`` serving one provider in its own process; yields its base URL."""
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [PYTHON, "-m", "gpupods.mock", "--provider", provider, "--port", "0", *extra],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=clean_env(),
            text=True,
        )
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()  # "<provider>  http://127.0.0.1:<port>[/base]" once it listens
            if not line.startswith(provider):
                proc.kill()
                proc.wait()
                errors.seek(0)
                raise RuntimeError(f"the {provider} mock did not start: {line}{errors.read().decode()[-500:]}")
            yield line.split()[1]
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextlib.contextmanager
def quiet_logging() -> Iterator[None]:
    """Undo what importing an SDK does to the root logger (``runpod`` turns on INFO to stderr,
    which would make httpx log every request of every client in this process)."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        yield
    finally:
        root.setLevel(level)
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
