"""Ports add to SSH on every provider; dropping SSH is explicit; HTTP ports show their public
URL (RunPod's proxy form, the mapped host:port elsewhere) in ``Pod.ports``, ``show`` and JSON."""

from __future__ import annotations

import json

import pytest
from gpupods import Fleet
from gpupods.cli import main
from gpupods.errors import InvalidPodSpec
from gpupods.mock import MockClouds, VirtualClock
from gpupods.models import Pod

from .conftest import FAST, PROVIDERS, Session


def _url_ok(pod: Pod, private: int) -> bool:
    port = next(p for p in pod.ports if p.private == private)
    proxied = port.url == f"https://{pod.id}-{private}.proxy.runpod.net"
    mapped = port.url == f"http://{port.host}:{port.public}" and port.public is not None
    return proxied or mapped


def test_ports_add_to_ssh_on_every_provider_that_opens_ports(session: Session) -> None:
    accepted = []
    with MockClouds(clock=VirtualClock(), lifecycle=FAST) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        for provider in PROVIDERS:
            spec = session.spec(provider, "web", ports=("8888/http",))
            assert spec.ports == ("22/tcp", "8888/http")
            try:
                pod = fleet.create(spec, provider=provider)
            except InvalidPodSpec as exc:  # a provider whose API has no ports says so; no pod is made
                assert exc.field == "ports" and "8888/http" in str(exc)
                assert not [p for p in clouds.live_pods() if p[0] == provider]
                continue
            pod = fleet.wait(pod, timeout=3600)
            assert pod.ssh is not None and {p.private for p in pod.ports} >= {22, 8888}
            assert _url_ok(pod, 8888) and next(p for p in pod.ports if p.private == 22).url is None
            accepted.append(provider)
            bare = fleet.create(session.spec(provider, "nossh", ports=("8888/http",), ssh=False), provider=provider)
            bare = fleet.wait(bare, timeout=3600, reachable=False)
            assert bare.ssh is None and [p.private for p in bare.ports] == [8888] and _url_ok(bare, 8888)
    assert len(accepted) >= 2, "most providers open the ports a pod asks for"


def test_http_urls_in_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    shown = 0
    for provider in PROVIDERS:
        code = main(
            [
                "create",
                "--mock",
                "--json",
                "--name",
                "web",
                "--gpu",
                "H100",
                "-p",
                provider,
                "--wait",
                "--port",
                "8888/http",
                "--image",
                _image(provider),
            ]
        )
        out, err = capsys.readouterr()
        if code != 0:
            assert "ports" in err
            continue
        pod = json.loads(out)
        http = [p for p in pod["ports"] if p["private"] == 8888]
        assert http and http[0]["url"] and http[0]["protocol"] == "http"
        shown += 1
    assert shown >= 2


def _image(provider: str) -> str:
    from gpupods.registry import REGISTRY

    return REGISTRY[provider].demo.image
