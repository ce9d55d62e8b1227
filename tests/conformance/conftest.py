"""The third-party SDKs in a virtualenv of their own, and the mock clouds as a user runs them.

The SDKs pin dependencies gpupods cannot share (``prime`` pins typer, the three want httpx
0.29), so they live in ``.nox/sdk-conformance`` next to the nox session's own environment,
made on first use and kept while the pins are unchanged. The mocks run as ``python -m
gpupods.mock`` in a separate process on free ports, requiring one API key, with lifecycles
scaled down so that pods come up in well under a second of real time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SDK_PINS = ("runpod==1.12.0", "prime==0.18.0", "novita-sdk==0.5.0")
SDK_ENV = ROOT / ".nox" / "sdk-conformance"
FLOWS = Path(__file__).parent / "flows"
KEY = "conformance-key"
STARTUP = 60.0  # seconds the mock process may take to print its URLs
FLOW_TIMEOUT = 300.0


def _python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.fixture(scope="session")
def sdk_python() -> Path:
    """The interpreter of the SDKs' virtualenv (created or refreshed when the pins change)."""
    marker = SDK_ENV / "gpupods-pins.json"
    python = _python(SDK_ENV)
    if not (python.exists() and marker.exists() and json.loads(marker.read_text()) == list(SDK_PINS)):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(SDK_ENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *SDK_PINS], check=True
        )
        marker.write_text(json.dumps(list(SDK_PINS)))
    return python


@pytest.fixture(scope="module")
def mock_urls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """``python -m gpupods.mock`` on free ports, accepting only ``KEY``; yields each provider's base URL."""
    log = tmp_path_factory.mktemp("mock") / "stderr.txt"
    with open(log, "w") as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "gpupods.mock", "--port", "0", "--api-key", KEY, "--lifecycle-scale", "0.01"],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        try:
            urls: dict[str, str] = {}
            deadline = time.monotonic() + STARTUP
            assert proc.stdout is not None
            while len(urls) < 3:
                line = proc.stdout.readline()
                if not line and (proc.poll() is not None or time.monotonic() > deadline):
                    raise RuntimeError(f"the mock clouds did not start: {log.read_text()[-2000:]}")
                parts = line.split()
                if len(parts) == 2 and parts[1].startswith("http://127.0.0.1:"):
                    urls[parts[0]] = parts[1]
            yield urls
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def run_flow(python: Path, flow: str, env: dict[str, str], home: Path) -> list[dict[str, object]]:
    """Run one SDK flow script; return its step records in order."""
    environ = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_URL"))}
    environ.update(env, HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [str(python), str(FLOWS / flow)],
        capture_output=True,
        text=True,
        env=environ,
        cwd=str(FLOWS),
        timeout=FLOW_TIMEOUT,
    )
    records = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not records:
        raise AssertionError(f"{flow} exited {done.returncode}: {done.stderr[-3000:]}")
    return records
