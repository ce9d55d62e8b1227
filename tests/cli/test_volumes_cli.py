"""``gpupods volumes`` and ``create --volume`` through the CLI's entry point, against the mock
clouds on loopback (state shared across invocations, as after ``gpupods mock serve``): on each
provider that has volumes, a volume created in a region, then a pod created with it lands
there; rm refuses while the pod mounts it, --force terminates the pod, rm again is no error."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator

import pytest
from gpupods import Fleet
from gpupods.cli import EXIT_IN_USE, EXIT_INVALID_SPEC, main
from gpupods.mock import Lifecycle, MockClouds, RealClock
from gpupods.models import VolumeSpec
from gpupods.pricing import storage_cost
from gpupods.registry import REGISTRY

WITH_VOLUMES = [name for name, entry in REGISTRY.items() if entry.backend_class().capabilities.volumes]
KEY = "cli-volume-key"
VOLUME_KEYS = {
    "provider",
    "id",
    "name",
    "size_gb",
    "used_gb",
    "region",
    "type",
    "status",
    "provider_status",
    "price_per_gb_month",
    "monthly_cost",
    "attached_pods",
    "created_at",
}


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockClouds]:
    """Every mock cloud on loopback, and the variables `gpupods mock serve` prints."""
    lifecycle = Lifecycle(provisioning=0.2, pulling=0.1, starting=0.1, sshd_delay=0.1, stopping=0.1, terminating=0.1)
    clouds = MockClouds(clock=RealClock(), lifecycle=lifecycle, api_keys=[KEY], sshd=False)
    with clouds, clouds.serve() as urls, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for name, entry in REGISTRY.items():
            monkeypatch.delenv(entry.key_env, raising=False)
            monkeypatch.delenv(entry.url_env, raising=False)
            if name in urls:
                monkeypatch.setenv(entry.key_env, KEY)
                monkeypatch.setenv(entry.url_env, urls[name])
        yield clouds


def gpupods(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def json_of(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = gpupods(capsys, "--json", *args)
    assert code == 0, err
    return json.loads(out)


def region_with(provider: str, gpu: str) -> str:
    """A region where ``provider`` can put a volume that an offer of ``gpu`` reaches (probed
    with the facade; the probe volumes are deleted again)."""
    with Fleet.from_env(providers=[provider]) as fleet:
        backend = fleet.backend(provider)
        offered = {p for o in fleet.offers(gpu, count=1, provider=provider) for p in backend.offer_places(o)}
        # where the GPU is offered first: each probe costs requests (a second each on Lambda)
        for region in sorted(fleet.volumes.regions(provider)[provider], key=lambda r: r not in offered):
            probe = fleet.volumes.create(VolumeSpec(name="probe", size_gb=10, region=region), provider=provider)
            reachable = fleet.offers(gpu, count=1, provider=provider, volumes=[probe])
            fleet.volumes.delete(probe)
            if reachable:
                return region
    raise AssertionError(f"no {provider} region has a volume an offer of {gpu} reaches")


def test_a_pod_lands_where_its_volume_is(served: MockClouds, capsys: pytest.CaptureFixture[str]) -> None:
    for provider in WITH_VOLUMES:  # one loopback session for all: state is per provider anyway
        demo = REGISTRY[provider].demo
        region = region_with(provider, demo.gpu)
        volume = json_of(capsys, "volumes", "create", "data", "--size", "100", "--region", region, "-p", provider)
        assert isinstance(volume, list) and len(volume) == 1
        (doc,) = volume
        # a sized volume has and is billed the size it was made with; one without a size
        # (Lambda's) is billed what it holds (nothing yet)
        sized = REGISTRY[provider].backend_class().capabilities.volume_size
        billed = 100 if sized else doc["used_gb"]
        assert set(doc) == VOLUME_KEYS and (doc["name"], doc["region"], doc["size_gb"]) == (
            "data",
            region,
            100 if sized else None,
        )
        assert billed is not None
        if doc["price_per_gb_month"] is not None:
            assert doc["monthly_cost"] == round(storage_cost(billed, doc["price_per_gb_month"]), 4)
        pod = json_of(
            capsys,
            "create",
            "--name",
            "job",
            "--gpu",
            demo.gpu,
            "--image",
            demo.image,
            "--volume",
            "data:/data",
            "-p",
            provider,
        )
        assert isinstance(pod, dict) and pod["provider"] == provider and pod["region"] in (region, None)
        assert [v["id"] for v in pod["volumes"]] == [doc["id"]]
        listed = json_of(capsys, "volumes", "ls", "-p", provider)
        assert isinstance(listed, list) and [(v["name"], v["attached_pods"]) for v in listed] == [("data", [pod["id"]])]
        code, out, err = gpupods(capsys, "volumes", "ls", "-p", provider)
        assert code == 0 and "data" in out and region in out and f"total: 1 volume, {billed:g} GB" in err
        code, _, err = gpupods(capsys, "ls", "-p", provider)
        assert code == 0 and f"storage: 1 volume, {billed:g} GB" in err
        code, _, err = gpupods(capsys, "volumes", "rm", "data", "-p", provider)
        assert code == EXIT_IN_USE and pod["id"] in err and "--force" in err
        removed = json_of(capsys, "volumes", "rm", "data", "--force", "-p", provider)
        assert removed == [{"volume": "data", "deleted": True}]
        assert json_of(capsys, "volumes", "rm", "data", "-p", provider) == [{"volume": "data", "deleted": False}]
        assert [p for p in served.live_pods() if p[1] == pod["id"]] == []


def test_volume_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """Refused before any provider is asked (no keys are needed to see these errors)."""
    code, _, err = gpupods(capsys, "volumes", "create", "9lives", "--size", "10", "--region", "x")
    assert code == EXIT_INVALID_SPEC and "name" in err
    code, _, err = gpupods(capsys, "create", "--name", "p", "--gpu", "H100", "--volume", "bad/ref:/x")
    assert code == EXIT_INVALID_SPEC and "--volume" in err
    code, _, err = gpupods(capsys, "volumes", "create", "data", "--size", "10")
    assert code == 2 and "--region" in err
