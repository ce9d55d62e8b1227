"""The Lambda Cloud backend through ``Fleet`` and ``AsyncFleet`` and the real HTTP stack (generated
client, resilient transport) into the Lambda mock: offers, the lifecycle, its statuses and GPU
names, its errors, and the pacing that keeps Lambda's rate limits from ever answering 429."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest
import yaml
from gpupods import AsyncFleet, Fleet, Pod, PodSpec, PodStatus, gpus
from gpupods._clock import RealClock
from gpupods._config import ProviderConfig
from gpupods._flow import run_sync
from gpupods.errors import (
    AuthenticationError,
    CapacityError,
    ConflictError,
    CreateFailed,
    InvalidPodSpec,
    InvalidVolumeSpec,
    NotFoundError,
    PermissionDeniedError,
    ProviderError,
    RateLimitedError,
    UnsupportedOperation,
    ValidationError,
    VolumeInUse,
)
from gpupods.mock import Lifecycle, MockClouds, VirtualClock
from gpupods.mock.lambda_cloud import RateLimits, seeded_instance_types
from gpupods.models import GpuOffer, VolumeSpec
from gpupods.pricing import storage_cost
from gpupods.providers.lambda_cloud import FILESYSTEM_RATE, LambdaBackend, LambdaOfferKey, gpu_model
from hypothesis import given, settings
from hypothesis import strategies as st

FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)
IMAGE = "lambda-stack-24-04"


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, providers=("lambda",)) as mocks:
        mocks.cloud("lambda").rate_limits = RateLimits(per_second=1.0)  # both of Lambda's limits
        yield mocks


def _fleet(clouds: MockClouds, **options) -> Fleet:
    return Fleet.from_env(**clouds.fleet_options(), **options)


def _backend(fleet: Fleet | AsyncFleet) -> LambdaBackend:
    backend = fleet.backend("lambda")
    assert isinstance(backend, LambdaBackend)
    return backend


# --- offers ------------------------------------------------------------------------------------


def test_offers_are_types_times_regions_with_capacity_in_usd(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        offers = fleet.offers()
    expected = {
        (t.name, region)
        for t in cloud.types.values()
        if t.gpus
        for region in {r for (name, r), n in cloud.capacity.items() if name == t.name and n > 0}
    }
    assert {(o.gpu_provider_id, o.region) for o in offers} == expected
    for offer in offers:
        kind = cloud.types[offer.gpu_provider_id]
        assert offer.price_per_hour == kind.price_cents / 100 and offer.count == kind.gpus
        assert (offer.vcpus, offer.ram_gb, offer.disk_gb) == (kind.vcpus, kind.memory_gib, kind.storage_gib)
        form = kind.name + " " + kind.gpu_description.upper()
        assert offer.variant == ("PCIe" if "PCIE" in form or "pcie" in form else "SXM" if "SXM" in form else None)
        assert offer.spot_price_per_hour is None and offer.offer_id == LambdaOfferKey(kind.name, str(offer.region))
    assert [o.price_per_hour for o in offers] == sorted(o.price_per_hour for o in offers)
    assert "cpu_4x_generalx" not in {o.gpu_provider_id for o in offers}  # CPU-only types are no GPU offers
    with _fleet(clouds) as fleet:
        assert fleet.offers("H100", spot=True) == []  # Lambda has no spot instances
        eight = fleet.offers("H100", count=8)
        assert eight and {o.gpu_provider_id for o in eight} == {"gpu_8x_h100_sxm5"}
        cloud.set_stock("gpu_8x_h100_sxm5", 0)
        assert fleet.offers("H100", count=8) == []


def test_offers_skip_a_catalogue_entry_that_is_no_instance_type(clouds: MockClouds) -> None:
    from gpupods.mock import Fault

    with _fleet(clouds) as fleet:
        before = fleet.offers()
        clouds.faults("lambda").add(Fault.drift(), routes="list_instance_types")  # adds a key to every object
        assert fleet.offers() == before


def test_every_seeded_instance_type_names_its_canonical_gpu() -> None:
    for kind in seeded_instance_types():
        model = gpu_model(kind.name, kind.gpu_description)
        if kind.gpus == 0:
            assert model is None
            continue
        assert model is not None, kind.name
        memory = int(re.search(r"(\d+) GB", kind.gpu_description).group(1))  # type: ignore[union-attr]
        assert model.memory_gb == memory, (kind.name, model.name)
        assert model.family.replace("Tesla ", "") in kind.gpu_description.replace(" ", "")


@given(
    count=st.sampled_from([1, 2, 4, 8]),
    model=st.sampled_from(
        [
            "a10",
            "a6000",
            "a100",
            "a100_sxm4",
            "a100_80gb_sxm4",
            "h100_pcie",
            "h100_sxm5",
            "gh200",
            "b200_sxm6",
            "v100",
            "rtx6000",
            "h100_sxm5gdr",
            "h200_sxm5",
        ]
    ),
)
@settings(max_examples=60, derandomize=True)
def test_type_names_map_by_gpu_whatever_the_count_and_variant(count: int, model: str) -> None:
    found = gpu_model(f"gpu_{count}x_{model}")
    assert found is not None
    assert found.family.lower() == model.split("_")[0]
    assert found.name == gpu_model(f"gpu_1x_{model}").name  # type: ignore[union-attr]


def test_unknown_type_names_fall_back_to_the_gpu_description() -> None:
    assert gpu_model("gpu_2x_mi300x", "MI300X (192 GB OAM)") is gpus.by_name("MI300X_192GB")
    assert gpu_model("gpu_1x_l40s_new", "L40S (48 GB PCIe)") is gpus.by_name("L40S_48GB")
    assert gpu_model("gpu_1x_quantum", "Quantum (1 GB)") is None


# --- the lifecycle -------------------------------------------------------------------------------


def test_lifecycle_through_fleet(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        offer = fleet.offers("H100", count=1)[0]
        pod = fleet.create(PodSpec(name="train", image=IMAGE, gpu="H100"), offer)
        assert (pod.provider, pod.name, pod.status, pod.provider_status) == (
            "lambda",
            "train",
            PodStatus.STARTING,
            "booting",
        )
        assert cloud.instances[pod.id].name == f"train-gp{pod.client_token}"
        assert pod.gpu == "H100_80GB" and pod.price_per_hour == offer.price_per_hour and pod.region == offer.region
        pod = fleet.wait(pod, timeout=600)
        assert pod.status is PodStatus.RUNNING and pod.image == IMAGE
        assert pod.ssh is not None and pod.ssh.user == "ubuntu" and pod.ssh.port == cloud.instances[pod.id].ssh_port
        assert fleet.capabilities("lambda").restart and not fleet.capabilities("lambda").start_stop
        before = cloud.requests
        with pytest.raises(UnsupportedOperation, match="Lambda Cloud does not support stop"):
            fleet.stop(pod)
        with pytest.raises(UnsupportedOperation, match="Lambda Cloud does not support start"):
            fleet.start(pod)
        assert cloud.requests == before, "an unsupported operation sends no request"
        restarted = fleet.restart(pod)
        assert restarted.provider_status == "booting" and restarted.status is PodStatus.STARTING
        assert fleet.wait(pod, timeout=600).is_running
        fleet.terminate(pod)
        assert fleet.get(pod).status is PodStatus.TERMINATING
        fleet.terminate(pod)  # already on its way out: still fine
        clouds.clock.advance(30)
        assert fleet.list() == [] and clouds.live_pods() == []
        clouds.clock.advance(120)
        with pytest.raises(NotFoundError):
            fleet.get(pod)
        fleet.terminate(pod)  # gone: what was asked


async def test_lifecycle_through_async_fleet(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
        offers = await fleet.offers("A100", count=1)
        pod = await fleet.create(PodSpec(name="atrain", image=IMAGE, gpu="A100"), offers[0])
        pod = await fleet.wait(pod, timeout=600)
        assert pod.is_running and pod.ssh is not None and pod.gpu.startswith("A100")
        before = cloud.requests
        with pytest.raises(UnsupportedOperation):
            await fleet.stop(pod)
        assert cloud.requests == before
        assert (await fleet.restart(pod)).status is PodStatus.STARTING
        assert (await fleet.wait(pod, timeout=600)).is_running
        await fleet.terminate(pod)
        clouds.clock.advance(30)
        assert await fleet.list() == []


def test_lambda_status_maps_onto_pod_status_through_the_stack(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    seen: dict[str | None, PodStatus] = {}

    def record(pod: Pod) -> None:
        seen[pod.provider_status] = pod.status

    with _fleet(clouds) as fleet:
        offer = fleet.offers("A10")[0]
        pods = [fleet.create(PodSpec(name=f"s{i}", image=IMAGE, gpu="A10"), offer) for i in range(3)]
        record(fleet.get(pods[2]))  # launched a moment ago: booting
        clouds.clock.advance(60)
        record(fleet.get(pods[0]))
        cloud.fail(pods[1].id)
        record(fleet.get(pods[1]))
        cloud.reclaim(pods[2].id)
        record(fleet.get(pods[2]))
        fleet.terminate(pods[0])
        record(fleet.get(pods[0]))
        clouds.clock.advance(10)
        record(fleet.get(pods[0]))
    assert seen == {
        "booting": PodStatus.STARTING,
        "active": PodStatus.RUNNING,
        "unhealthy": PodStatus.STARTING,
        "preempted": PodStatus.TERMINATED,
        "terminating": PodStatus.TERMINATING,
        "terminated": PodStatus.TERMINATED,
    }
    assert set(seen) == set(LambdaBackend.STATUS_MAP)


def test_an_unhealthy_pod_is_not_ready_until_a_restart_heals_it(clouds: MockClouds) -> None:
    with _fleet(clouds) as fleet:
        pod = fleet.wait(fleet.create(PodSpec(name="sick", image=IMAGE, gpu="A10")), timeout=600)
        clouds.cloud("lambda").fail(pod.id)
        sick = fleet.get(pod)
        assert sick.status is PodStatus.STARTING and sick.ssh is None
        fleet.restart(pod)
        assert fleet.wait(pod, timeout=600).is_running


def test_a_preempted_pod_fails_the_wait(clouds: MockClouds) -> None:
    from gpupods.errors import PodFailed

    with _fleet(clouds) as fleet:
        pod = fleet.create(PodSpec(name="gone", image=IMAGE, gpu="A10"))
        clouds.cloud("lambda").reclaim(pod.id)
        with pytest.raises(PodFailed, match="preempted"):
            fleet.wait(pod, timeout=600)


# --- create -------------------------------------------------------------------------------------


def test_no_capacity_at_launch_falls_back_to_the_next_offer(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        first = fleet.offers("H100", count=1)[0]
        cloud.set_stock(first.gpu_provider_id, 0, first.region, listed=True)  # the catalogue still lists it
        assert fleet.offers("H100", count=1)[0] == first
        served = cloud.served["launch_instance"]
        pod = fleet.create(PodSpec(name="fallback", image=IMAGE, gpu="H100"))
        assert (
            cloud.instances[pod.id].region != first.region or cloud.instances[pod.id].type.name != first.gpu_provider_id
        )
        assert cloud.served["launch_instance"] == served + 1
        assert clouds.live_pods() == [("lambda", pod.id, f"fallback-gp{pod.client_token}")]
        with pytest.raises(CreateFailed) as caught:
            fleet.create(PodSpec(name="only", image=IMAGE, gpu="H100"), first)
    [(_, error)] = caught.value.attempts
    assert isinstance(error, CapacityError) and error.code == "instance-operations/launch/insufficient-capacity"


def test_the_api_key_is_checked_and_never_shown(clouds: MockClouds) -> None:
    with MockClouds(clock=VirtualClock(), providers=("lambda",), sshd=False, api_keys=["right-key"]) as guarded:
        fleet = Fleet.from_env(**guarded.fleet_options(), api_keys={"lambda": "wrong-key-7f3a9c"})
        with fleet, pytest.raises(AuthenticationError) as caught:
            fleet.list()
    error = caught.value
    assert error.status_code == 401 and error.code == "global/invalid-api-key"
    assert "API key was invalid" in error.message and "wrong-key-7f3a9c" not in str(error) + repr(error)


def test_launches_are_paced_so_no_429_reaches_the_user(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    cloud.set_stock("gpu_1x_a10", 20, "us-west-1")
    with _fleet(clouds) as fleet:
        offer = next(o for o in fleet.offers("A10") if o.region == "us-west-1")
        pods = [fleet.create(PodSpec(name=f"bulk{i}", image=IMAGE, gpu="A10"), offer) for i in range(5)]
        assert len({p.id for p in pods}) == 5
        assert [fleet.get(p).status for p in pods]  # reads between launches are paced too
    assert cloud.rate_limits.rejected == 0
    launched = [e["event_time"] for e in cloud.events if e["action"] == "launched"]
    assert len(launched) == 5


async def test_concurrent_async_launches_are_paced_too(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    cloud.set_stock("gpu_1x_a10", 20, "us-west-1")
    async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
        offer = next(o for o in await fleet.offers("A10") if o.region == "us-west-1")
        spec = [PodSpec(name=f"many{i}", image=IMAGE, gpu="A10") for i in range(4)]
        pods = await asyncio.gather(*(fleet.create(s, offer) for s in spec))
        assert len({p.id for p in pods}) == 4
        assert len(await fleet.list()) == 4
    assert cloud.rate_limits.rejected == 0


def test_without_pacing_the_mock_answers_429_with_retry_after(clouds: MockClouds) -> None:
    """The limit the pacing avoids is real: with the backend's spacing off, launches meet 429."""
    with _fleet(clouds) as fleet:
        backend = _backend(fleet)
        backend.launch_spacing.interval = backend.request_spacing.interval = 0.0
        offer = fleet.offers("A10")[0]
        fleet.create(PodSpec(name="one", image=IMAGE, gpu="A10"), offer)
        with pytest.raises(RateLimitedError) as caught:
            run_sync(
                backend.create(PodSpec(name="two", image=IMAGE, gpu="A10"), offer, "0123456789"), backend.session()
            )
    assert caught.value.status_code == 429 and caught.value.retry_after is not None
    assert 0 < caught.value.retry_after <= 12 and clouds.cloud("lambda").rate_limits.rejected_launches == 1


def test_reads_are_paced_under_the_general_limit(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        start = clouds.clock.time()
        for _ in range(cloud.rate_limits.burst + 20):
            fleet.list()
        assert clouds.clock.time() - start >= cloud.rate_limits.burst + 19  # one a second
    assert cloud.rate_limits.rejected == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"image": "pytorch/pytorch:latest"}, "image"),
        ({"env": {"A": "1"}}, "env"),
        ({"volume_gb": 20}, "volume_gb"),
        ({"ports": ("22/tcp", "8888/http")}, "ports"),
        ({"spot": True}, "spot"),
        ({"disk_gb": 6000}, "disk_gb"),
    ],
)
def test_what_lambda_cannot_run_is_refused_before_any_request(clouds: MockClouds, change: dict, field: str) -> None:
    with _fleet(clouds) as fleet:
        offer = next(o for o in fleet.offers("A10") if o.gpu_provider_id == "gpu_1x_a10")
        before = clouds.cloud("lambda").requests
        with pytest.raises(InvalidPodSpec) as caught:
            fleet.create(PodSpec(**{"name": "no", "image": IMAGE, "gpu": "A10", **change}), offer)
    assert caught.value.field == field
    assert clouds.cloud("lambda").requests == before


def test_a_launch_uses_the_named_key_or_the_accounts_first(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        backend = _backend(fleet)
        added = run_sync(
            backend.add_ssh_key("mine", cloud.ssh_keys[next(iter(cloud.ssh_keys))].public_key), backend.session()
        )
        assert added.name == "mine"
        generated = run_sync(backend.add_ssh_key("fresh"), backend.session())
        assert generated.private_key.startswith("-----BEGIN OPENSSH PRIVATE KEY-----")
        assert [k.name for k in run_sync(backend.ssh_keys(), backend.session())] == ["mock-key", "mine", "fresh"]
        named = fleet.create(PodSpec(name="k1", image=IMAGE, gpu="A10", extras={"lambda": {"ssh_key_names": ["mine"]}}))
        first = fleet.create(PodSpec(name="k2", image=IMAGE, gpu="A10", ssh_keys=()))
        user = fleet.ssh_settings.default_keys()[0]
        users = fleet.create(PodSpec(name="k3", image=IMAGE, gpu="A10"))  # the user's key, registered once
        again = fleet.create(PodSpec(name="k4", image=IMAGE, gpu="A10"))
    assert cloud.instances[named.id].ssh_key_names == ["mine"]
    assert cloud.instances[first.id].ssh_key_names == ["mock-key"]
    registered = [k for k in cloud.ssh_keys.values() if k.public_key.split()[:2] == user.line.split()[:2]]
    assert len(registered) == 1
    assert cloud.instances[users.id].ssh_key_names == cloud.instances[again.id].ssh_key_names == [registered[0].name]


def test_an_account_without_ssh_keys_gets_a_clear_error(clouds: MockClouds) -> None:
    clouds.cloud("lambda").ssh_keys.clear()
    with _fleet(clouds) as fleet, pytest.raises(InvalidPodSpec, match="has no SSH key") as caught:
        fleet.create(PodSpec(name="nokey", image=IMAGE, gpu="A10", ssh_keys=()))
    assert caught.value.field == "extras.lambda.ssh_key_names"
    assert "launch_instance" not in clouds.cloud("lambda").served


def test_filesystems_and_images_are_listed_and_mounted_by_name(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        backend = _backend(fleet)
        http = httpx.Client(
            transport=clouds.transport(),
            base_url="https://cloud.lambda.ai/api/v1",
            headers={"Authorization": "Bearer k"},
        )
        assert http.post("/filesystems", json={"name": "data", "region": "us-west-1"}).status_code == 200
        offer = next(o for o in fleet.offers("A10") if o.region == "us-west-1")
        pod = fleet.create(
            PodSpec(name="fs", image=IMAGE, gpu="A10", extras={"lambda": {"file_system_names": ["data"]}}), offer
        )
        systems = run_sync(backend.filesystems(), backend.session())
        assert [(f.name, f.region.name, f.is_in_use, f.mount_point) for f in systems] == [
            ("data", "us-west-1", True, "/lambda/nfs/data")
        ]
        assert cloud.instances[pod.id].mounts == [{"mount_point": "/lambda/nfs/data", "file_system_id": systems[0].id}]
        families = {i.family for i in run_sync(backend.images(), backend.session())}
        assert IMAGE in families


# --- filesystems as volumes -------------------------------------------------------------------------

SPEC_MOUNT_PATH = re.compile(
    yaml.safe_load((Path(__file__).parents[2] / "specs/lambda_cloud/openapi.yaml").read_text())["components"][
        "schemas"
    ]["RequestedFilesystemMountEntry"]["properties"]["mount_point"]["pattern"]
)


@settings(max_examples=200, deadline=None)
@given(
    path=st.one_of(
        st.from_regex(r"/(home|lambda/nfs|data|mnt|workspace|tmp)[/a-zA-Z0-9_.-]{0,12}", fullmatch=True),
        st.from_regex(r"/[a-z]{1,8}(/[a-z0-9]{1,6}){0,2}", fullmatch=True),
    )
)
def test_a_mount_path_is_refused_before_any_request_exactly_when_lambda_would(path: str) -> None:
    """The backend's check is the pattern of Lambda's API (read from the project's spec)."""
    backend = LambdaBackend(ProviderConfig.from_env("lambda", environ={}, api_key="k"), RealClock())
    where = LambdaOfferKey("gpu_1x_a10", "us-east-1")
    offer = GpuOffer("lambda", "A10_24GB", "gpu_1x_a10", 24, 1, 0.75, None, "us-east-1", "unknown", offer_id=where)
    spec = PodSpec(name="p", image=IMAGE, gpu="A10", volumes=[f"data:{path}"])
    if SPEC_MOUNT_PATH.fullmatch(path):
        backend.check_spec(spec, offer)
    else:
        with pytest.raises(InvalidPodSpec, match="under /home, /lambda/nfs or /data") as refused:
            backend.check_spec(spec, offer)
        assert refused.value.field == "volumes"


def test_filesystems_are_volumes_billed_for_what_they_hold(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        offer = fleet.offers("A10")[0]
        region = offer.region
        made = [
            fleet.volumes.create(VolumeSpec(name=name, size_gb=None, region=region), provider="lambda")
            for name in ("sets", "ckpt")
        ]
        for volume in made:
            assert (volume.size_gb, volume.used_gb, volume.region, volume.type) == (None, 0.0, region, None)
            assert volume.price_per_gb_month == FILESYSTEM_RATE and volume.monthly_cost == 0.0
        pod = fleet.create(PodSpec(name="fs", image=IMAGE, gpu="A10", volumes=["sets:/data/sets", "ckpt"]), offer)
        sets, ckpt = made
        assert cloud.instances[pod.id].mounts == [
            {"mount_point": "/data/sets", "file_system_id": sets.id},
            {"mount_point": "/lambda/nfs/ckpt", "file_system_id": ckpt.id},
        ]
        assert {(a.volume_id, a.path) for a in fleet.get(pod).volumes} == {
            (sets.id, "/data/sets"),
            (ckpt.id, "/lambda/nfs/ckpt"),
        }
        for gb in (0.5, 250, 12_345.678):
            cloud.store("sets", gb)
            listed = {v.name: v for v in fleet.volumes.list("lambda")}
            assert listed["sets"].used_gb == pytest.approx(gb) and listed["sets"].billed_gb == listed["sets"].used_gb
            assert listed["sets"].monthly_cost == pytest.approx(storage_cost(gb, FILESYSTEM_RATE))
            assert listed["ckpt"].used_gb == 0.0
            assert all(v.attached_pods == (pod.id,) for v in listed.values())
        with pytest.raises(VolumeInUse, match=pod.id):
            fleet.volumes.delete("sets", "lambda")
        with pytest.raises(UnsupportedOperation, match="volume resize"):
            fleet.volumes.resize("sets", 500, "lambda")
        fleet.terminate(pod)
        assert fleet.volumes.delete("sets", "lambda") is True and fleet.volumes.delete(ckpt.id) is True
        assert cloud.filesystems == {}


def test_what_lambda_filesystems_cannot_be_is_refused_before_any_request(clouds: MockClouds) -> None:
    cloud = clouds.cloud("lambda")
    with _fleet(clouds) as fleet:
        with pytest.raises(InvalidVolumeSpec, match="us-south-1 hold at most 10000 GB") as refused:
            fleet.volumes.create(VolumeSpec(name="huge", size_gb=20_000, region="us-south-1"), provider="lambda")
        assert refused.value.field == "size_gb"
        with pytest.raises(InvalidVolumeSpec, match="one type") as refused:
            fleet.volumes.create(VolumeSpec(name="typed", size_gb=None, region="us-west-1", type="SSD"), "lambda")
        assert refused.value.field == "type"
        assert "create_filesystem" not in cloud.served
        # a size is the room the data needs: a filesystem grows to it, and has no size itself
        roomy = fleet.volumes.create(VolumeSpec(name="roomy", size_gb=5_000, region="us-south-1"), "lambda")
        assert (roomy.size_gb, roomy.region) == (None, "us-south-1")
        with pytest.raises(InvalidPodSpec, match="not at /mnt/roomy"):
            fleet.create(PodSpec(name="p", image=IMAGE, gpu="RTX6000", volumes=["roomy:/mnt/roomy"]), provider="lambda")
        assert "launch_instance" not in cloud.served


# --- errors ---------------------------------------------------------------------------------------

ERROR_CASES = [
    (400, "instance-operations/launch/insufficient-capacity", CapacityError),
    (400, "global/object-does-not-exist", NotFoundError),
    (404, "global/object-does-not-exist", NotFoundError),
    (401, "global/invalid-api-key", AuthenticationError),
    (403, "global/account-inactive", PermissionDeniedError),
    (400, "global/invalid-parameters", ValidationError),
    (400, "global/quota-exceeded", ValidationError),
    (400, "filesystems/filesystem-in-use", ConflictError),
    (409, "global/internal-error", ProviderError),
    (400, "global/unknown", ProviderError),
    (503, "provider/internal-unavailable", ProviderError),
    (400, "some-new/code-this-client-does-not-know", ValidationError),
    (429, "global/too-many-requests", RateLimitedError),
]


@pytest.mark.parametrize(("status", "code", "expected"), ERROR_CASES)
def test_lambda_error_bodies_are_typed_by_their_code(status: int, code: str, expected: type) -> None:
    body = {"error": {"code": code, "message": "Something specific happened.", "suggestion": "Do the right thing."}}
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    with (
        Fleet.from_env(
            providers=["lambda"],
            api_keys={"lambda": "k"},
            transport=transport,
            clock=VirtualClock(),
            retry=_no_retries(),
        ) as fleet,
        pytest.raises(expected) as caught,
    ):
        fleet.list()
    error = caught.value
    assert type(error) is expected and error.status_code == status and error.code == code
    assert error.message == "Something specific happened. Do the right thing."


def _no_retries():
    from gpupods._http import RetryPolicy

    return RetryPolicy(max_retries=0)
