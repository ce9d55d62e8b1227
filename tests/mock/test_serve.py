"""Serving the mock clouds as a user does: ``gpupods mock serve`` and ``python -m gpupods.mock``
with API keys (other keys get each provider's own 401) and one base port for every provider."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gpupods.mock import CLOUD_CLASSES, cloud_class
from gpupods.mock.__main__ import main, ports_for

from tests.providers import PROVIDERS, offers_operation

STARTUP = 60.0


def _serve(command: list[str], count: int = len(CLOUD_CLASSES)) -> Iterator[dict[str, str]]:
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        urls: dict[str, str] = {}
        deadline = time.monotonic() + STARTUP
        assert proc.stdout is not None
        while len(urls) < count:
            line = proc.stdout.readline()
            if not line and (proc.poll() is not None or time.monotonic() > deadline):
                raise RuntimeError(f"did not start: {proc.stderr.read() if proc.stderr else ''}")
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


@pytest.fixture(scope="module")
def served_by_cli() -> Iterator[dict[str, str]]:
    gpupods = Path(sys.executable).with_name("gpupods")
    yield from _serve([str(gpupods), "mock", "serve", "--port", "0", "--api-key", "key-one", "--api-key", "key-two"])


def test_cli_serve_refuses_other_keys_with_each_providers_401(served_by_cli: dict[str, str]) -> None:
    assert set(served_by_cli) == set(CLOUD_CLASSES)
    for provider, url in served_by_cli.items():
        spec, operation = offers_operation(provider)
        probe = url + operation.path
        refused = httpx.get(probe, headers={"Authorization": "Bearer someone-elses-key"}, follow_redirects=True)
        assert refused.status_code == 401, (provider, refused.text)
        documented = operation.responses["401"].schema_key
        assert documented is not None and spec.schemas.errors(documented, refused.json()) == [], (
            provider,
            refused.text,
        )
        for key in ("key-one", "key-two"):
            assert httpx.get(probe, headers={"Authorization": f"Bearer {key}"}).status_code == 200, (provider, key)


def test_runpod_graphql_refuses_other_keys_in_graphqls_own_shape(served_by_cli: dict[str, str]) -> None:
    graphql = httpx.post(
        served_by_cli["runpod"] + "/graphql",
        json={"query": "{ myself { id } }"},
        headers={"Authorization": "Bearer nope"},
    )
    assert graphql.status_code == 401 and graphql.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


def test_one_base_port_serves_every_provider_on_consecutive_ports() -> None:
    providers = list(CLOUD_CLASSES)
    assert ports_for(providers, 9100) == {p: 9100 + i for i, p in enumerate(providers)}
    assert set(ports_for(providers, 0).values()) == {0}
    assert ports_for(providers, None) == {p: cloud_class(p).default_port for p in providers}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_python_m_serves_one_provider_with_keys(provider: str) -> None:
    command = [sys.executable, "-m", "gpupods.mock", "--port", "0", "--provider", provider, "--api-key", "nk"]
    _, operation = offers_operation(provider)
    for urls in _serve(command, count=1):
        assert set(urls) == {provider}
        answer = httpx.get(urls[provider] + operation.path, headers={"Authorization": "Bearer nk"})
        assert answer.status_code == 200 and json.loads(answer.text), (provider, answer.text)


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["--port", "65535"], "consecutive"), (["--api-key", " "], "non-empty"), (["--lifecycle-scale", "0"], "positive")],
)
def test_bad_options_are_one_line_usage_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2 and message in capsys.readouterr().err
