"""An API key appears in no URL, log line, repr or exception message."""

from __future__ import annotations

import logging

import httpx
import pytest
from gpupods import Fleet, PodSpec
from gpupods._config import ProviderConfig, Secret
from gpupods._http import ErrorMapper
from gpupods.errors import GpupodsError
from gpupods.mock import Fault, MockClouds, VirtualClock

KEY = "sk_live_SECRET_0123456789abcdef"


class Spy(httpx.BaseTransport):
    """Records every request the facade sends, then hands it to the mock."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)


def test_the_key_travels_only_in_the_authorization_header(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with MockClouds(clock=VirtualClock(), api_keys=[KEY], sshd=False) as clouds:
        spy = Spy(clouds.transport())
        options = clouds.fleet_options()
        options.update(transport=spy, api_keys={p: KEY for p in ("runpod", "primeintellect", "novita")})
        for provider in ("runpod", "primeintellect", "novita"):
            clouds.faults(provider).add(Fault.status(503), times=1)
        errors: list[BaseException] = []
        with Fleet.from_env(**options) as fleet:
            fleet.offers("H100")
            pod = fleet.create(PodSpec(name="s", image="ubuntu_22_cuda_12", gpu="H100"), provider="runpod")
            fleet.terminate(pod)
            try:
                fleet.get("missing", provider="novita")
            except GpupodsError as exc:
                errors.append(exc)
            texts = [
                repr(fleet),
                *(repr(b) for b in fleet.backends.values()),
                *(repr(b.config) for b in fleet.backends.values()),
            ]
    assert spy.requests, "the spy saw no traffic"
    for request in spy.requests:
        assert KEY not in str(request.url)
        assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert errors
    everything = "\n".join([*texts, *(str(e) for e in errors), *(repr(e) for e in errors), caplog.text])
    assert KEY not in everything
    assert "retry" in caplog.text  # the 503s were logged (without the key)


def test_a_key_echoed_back_by_a_provider_is_scrubbed() -> None:
    mapper = ErrorMapper("RunPod", secrets=[KEY])
    request = httpx.Request("GET", "https://api.runpod.io/v2/pods")
    response = httpx.Response(
        401,
        json={"title": "Unauthorized", "status": 401, "detail": f"bad key {KEY}", "errors": [f"key: {KEY} is revoked"]},
        request=request,
    )
    error = mapper.from_response(response)
    assert KEY not in str(error) and KEY not in error.message and "***" in error.message
    assert all(KEY not in f.message for f in error.fields)


def test_config_and_secret_reprs_hide_the_key() -> None:
    config = ProviderConfig(name="runpod", api_key=Secret(KEY), base_url="https://api.runpod.io")
    assert KEY not in repr(config) and KEY not in str(config.api_key)
    assert config.api_key.reveal() == KEY


def test_missing_key_says_which_variable_to_set() -> None:
    from gpupods.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="set RUNPOD_API_KEY"):
        Fleet.from_env(providers=["runpod"], environ={})
    with pytest.raises(ConfigurationError, match="RUNPOD_API_KEY, PRIME_API_KEY, NOVITA_API_KEY"):
        Fleet.from_env(environ={})
