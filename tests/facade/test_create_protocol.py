"""The create protocol (gpupods._create), case by case, through the real HTTP stack into the
mock clouds: each test injects the failure an outside fault test found, and counts the pods
the mock holds and the creates it received."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import httpx
import pytest
from gpupods import AsyncFleet, Fleet, GpuOffer, PodSpec
from gpupods._tokens import split_token
from gpupods.errors import CreateFailed, CreateOutcomeUnknown, GpupodsError
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.mock._transport import MockCloudTransport

from tests.providers import routes

from .conftest import FAST, PROVIDERS

IMAGE = {provider: image for provider, image, _ in PROVIDERS}
NAMES = [provider for provider, _, _ in PROVIDERS]


#: The mock's operation names: (create, list, get) per provider.
ROUTES = {
    provider: (routes(provider, "create")[0], routes(provider, "list")[0], routes(provider, "get")[0])
    for provider in NAMES
}


def creates_received(clouds: MockClouds, provider: str) -> int:
    """Create requests that reached the operation (served or refused after routing)."""
    return sum(api.served[ROUTES[provider][0]] for api in clouds.clouds[provider].apis.values())


def pods_by_token(clouds: MockClouds) -> Counter[str | None]:
    return Counter(split_token(name)[1] for _, _, name in clouds.live_pods())


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, sshd=False) as mocks:
        yield mocks


def offer_of(fleet: Fleet, provider: str) -> GpuOffer:
    return next(o for o in fleet.offers("H100", provider=provider) if o.count == 1)


def spec_for(provider: str, name: str = "proto") -> PodSpec:
    return PodSpec(name=name, image=IMAGE[provider], gpu="H100")


# --- a create the provider accepted is final ---------------------------------------------------


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize(
    "read_fault",
    [
        Fault.status(429, retry_after=1),
        Fault.status(400),
        Fault.status(403),
        Fault.status(409),
        Fault.status(503),
        Fault.html(502),
        Fault.drop(),
        Fault.answer(200, body=b""),
    ],
    ids=["429", "400", "403", "409", "503", "html", "drop", "empty"],
)
def test_a_failed_read_after_an_accepted_create_returns_the_pod(clouds, provider: str, read_fault: Fault) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = offer_of(fleet, provider)
        _, listing, get = ROUTES[provider]
        clouds.faults(provider).add(read_fault, routes=[get, listing, "get_pod_status"])
        pod = fleet.create(spec_for(provider), offer)
    assert creates_received(clouds, provider) == 1, "no second create"
    assert [i for _, i, _ in clouds.live_pods()] == [pod.id]
    assert pod.name == "proto" and pod.client_token is not None


# --- no second create without a completed search ---------------------------------------------------


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize(
    "search_fault", [Fault.status(503), Fault.html(502), Fault.drop()], ids=["503", "html", "drop"]
)
def test_an_ambiguous_create_whose_search_keeps_failing_is_never_sent_again(
    clouds, provider: str, search_fault: Fault
) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = offer_of(fleet, provider)
        create, listing, _ = ROUTES[provider]
        clouds.faults(provider).add(Fault.drop(after_accept=True), routes=create, times=1)
        clouds.faults(provider).add(search_fault, routes=listing)
        with pytest.raises(CreateOutcomeUnknown) as caught:
            fleet.create(spec_for(provider), offer)
    assert creates_received(clouds, provider) == 1
    (token,) = [t for t in pods_by_token(clouds)]
    assert caught.value.client_token == token and caught.value.provider == provider
    assert token in str(caught.value)


@pytest.mark.parametrize("provider", NAMES)
def test_an_ambiguous_create_found_by_a_later_search_is_returned(clouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = offer_of(fleet, provider)
        create, listing, _ = ROUTES[provider]
        clouds.faults(provider).add(Fault.status(500, after_accept=True), routes=create, times=1)
        clouds.faults(provider).add(Fault.status(503), routes=listing, times=3)  # more than one list call's retries
        pod = fleet.create(spec_for(provider), offer)
    assert creates_received(clouds, provider) == 1
    assert [i for _, i, _ in clouds.live_pods()] == [pod.id]


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize("status", [400, 402, 403, 409, 422, 429])
def test_an_error_status_after_the_provider_accepted_finds_the_pod(clouds, provider: str, status: int) -> None:
    """A proxy can answer 4xx to a request the provider carried out: search before anything else."""
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = offer_of(fleet, provider)
        clouds.faults(provider).add(Fault.status(status, after_accept=True), routes=ROUTES[provider][0], times=1)
        pod = fleet.create(spec_for(provider), offer)
    assert creates_received(clouds, provider) == 1
    assert [i for _, i, _ in clouds.live_pods()] == [pod.id]


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize("status", [408, 429])
def test_the_transport_never_resends_a_create(clouds, provider: str, status: int) -> None:
    """408 and 429 on a create reach the protocol, which searches before sending again."""
    options = clouds.fleet_options()
    options["transport"] = recorder = Recorder(clouds.transport())
    with Fleet.from_env(**options) as fleet:
        offer = offer_of(fleet, provider)
        backend = fleet.backend(provider)
        clouds.faults(provider).add(Fault.status(status, retry_after=1), routes=ROUTES[provider][0], times=1)
        recorder.log.clear()
        pod = fleet.create(spec_for(provider), offer)
    assert backend.transport is not None and backend.transport.retries == 0, "the transport retried nothing"
    assert creates_received(clouds, provider) == 1
    assert [i for _, i, _ in clouds.live_pods()] == [pod.id]
    # The refused create, a search (a GET), then the create that made the pod. The account's SSH
    # keys are read (and the key registered) before the first create: those requests make no pod.
    methods = [method for method, path in recorder.log if "ssh" not in path]
    assert methods[methods.index("POST") :][:3] == ["POST", "GET", "POST"]
    assert all("ssh" not in path for _, path in recorder.log[recorder.log.index(("POST", _create_path(recorder))) :])


def _create_path(recorder: Recorder) -> str:
    return next(path for method, path in recorder.log if method == "POST" and "ssh" not in path)


def test_the_next_offer_is_tried_only_after_the_first_is_known_to_have_no_pod(clouds) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offers = [o for o in fleet.offers("H100", provider="novita") if o.count == 1]
        assert len(offers) >= 2
        clouds.faults("novita").add(Fault.status(403, after_accept=True), routes="create_gpu_instance", times=1)
        pod = fleet.create(spec_for("novita"), provider="novita")
    # The 403 came after the first offer's pod was made: that pod is the answer, no second one.
    assert creates_received(clouds, "novita") == 1
    assert [i for _, i, _ in clouds.live_pods()] == [pod.id]


@pytest.mark.parametrize("provider", NAMES)
def test_a_refused_create_moves_on_and_reports_every_attempt(clouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = offer_of(fleet, provider)
        clouds.faults(provider).add(Fault.status(422), routes=ROUTES[provider][0])
        with pytest.raises(CreateFailed) as caught:
            fleet.create(spec_for(provider), offer)
    assert len(caught.value.attempts) == 1 and "rejected the pod spec" in str(caught.value)
    assert clouds.pods_left() == 0


# --- the token is in the name, whatever the spec says ------------------------------------------------


@pytest.mark.parametrize("provider", NAMES)
def test_the_pod_name_always_carries_the_token(clouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        pod = fleet.create(spec_for(provider, "tok"), offer_of(fleet, provider))
    ((_, _, name),) = clouds.live_pods()
    assert split_token(name) == ("tok", pod.client_token)


# --- interrupted creates ---------------------------------------------------------------------------


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Passes requests on and records (method, path) of each."""

    def __init__(self, inner: MockCloudTransport) -> None:
        self.inner = inner
        self.log: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.log.append((request.method, request.url.path))
        return self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.log.append((request.method, request.url.path))
        return await self.inner.handle_async_request(request)


class InterruptAfterAccept(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Lets the create reach the mock (the pod is made), then interrupts the caller as Ctrl-C
    (sync) or a never-answering server (async) would."""

    def __init__(self, inner: MockCloudTransport, create_paths: tuple[str, ...]) -> None:
        self.inner = inner
        self.create_paths = create_paths
        self.armed = True

    def _is_create(self, request: httpx.Request) -> bool:
        return self.armed and request.method == "POST" and request.url.path.rstrip("/").endswith(self.create_paths)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if self._is_create(request):
            self.armed = False
            raise KeyboardInterrupt
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if self._is_create(request):
            self.armed = False
            await asyncio.Event().wait()  # the answer never comes; the caller gives up (cancels)
        return response


CREATE_PATHS = ("/v2/pods", "/api/v1/pods", "/gpu/instance/create", "/instance-operations/launch")


async def until_a_pod_exists(clouds: MockClouds) -> None:
    """Yield to the event loop until the mock holds the pod (bounded by turns, not by time)."""
    for _ in range(10_000):
        if clouds.live_pods():
            return
        await asyncio.sleep(0)
    raise AssertionError("the create never reached the mock")


@pytest.mark.parametrize("provider", NAMES)
def test_ctrl_c_after_the_create_went_out_terminates_the_pod(clouds, provider: str, caplog) -> None:
    options = clouds.fleet_options()
    options["transport"] = InterruptAfterAccept(clouds.transport(), CREATE_PATHS)
    with Fleet.from_env(**options) as fleet:
        offer = offer_of(fleet, provider)
        with caplog.at_level(logging.WARNING, "gpupods"), pytest.raises(KeyboardInterrupt) as caught:
            fleet.create(spec_for(provider), offer)
    assert creates_received(clouds, provider) == 1
    assert clouds.pods_left() == 0, "the pod the interrupted create made was terminated"
    assert any("terminated" in note for note in caught.value.__notes__)
    assert "interrupted" in caplog.text


@pytest.mark.parametrize("provider", NAMES)
async def test_a_cancelled_create_task_terminates_the_pod(clouds, provider: str) -> None:
    options = clouds.fleet_options()
    options["transport"] = InterruptAfterAccept(clouds.transport(), CREATE_PATHS)
    async with AsyncFleet.from_env(**options) as fleet:
        offer = (await fleet.offers("H100", provider=provider, count=1))[0]
        task = asyncio.ensure_future(fleet.create(spec_for(provider), offer))
        await until_a_pod_exists(clouds)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert clouds.pods_left() == 0, "terminated before the cancellation propagated"


async def test_a_second_cancellation_does_not_stop_the_clean_up(clouds) -> None:
    options = clouds.fleet_options()
    options["transport"] = InterruptAfterAccept(clouds.transport(), CREATE_PATHS)
    fleet = AsyncFleet.from_env(**options)
    offer = (await fleet.offers("H100", provider="runpod", count=1))[0]
    task = asyncio.ensure_future(fleet.create(spec_for("runpod"), offer))
    await until_a_pod_exists(clouds)
    task.cancel()
    await asyncio.sleep(0)  # the clean-up has started
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await fleet.aclose()  # waits for clean-ups still running
    assert clouds.pods_left() == 0


# --- everything that escapes is typed ----------------------------------------------------------------


@pytest.mark.parametrize("provider", NAMES)
def test_errors_a_create_raises_are_all_typed(clouds, provider: str) -> None:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        offer = offer_of(fleet, provider)
        clouds.faults(provider).add(Fault.answer(200, body=b'{"id": ".."}'), routes=ROUTES[provider][0], times=1)
        try:
            pod = fleet.create(spec_for(provider), offer)
        except GpupodsError:
            pod = None
    # The answer named no usable id: the protocol searched and found (or refused) - never two.
    assert creates_received(clouds, provider) == 1
    assert clouds.pods_left() <= 1 and (pod is None or pod.id != "..")
