"""Input that cannot get past the facade: specs, ids and URLs checked before any request; keys
kept out of every error, pickle and repr; one provider's outage never hides the others' pods."""

from __future__ import annotations

import importlib
import json
import math
import pickle
from typing import Any

import pytest
from gpupods import AsyncFleet, Fleet, PodSpec
from gpupods._config import ProviderConfig, Secret
from gpupods._tokens import split_token, with_token
from gpupods.errors import (
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    CreateOutcomeUnknown,
    InvalidArgument,
    InvalidEndpointSpec,
    InvalidPodSpec,
    NotFoundError,
    ProviderError,
)
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.registry import REGISTRY, generated_apis
from gpupods.serverless import EndpointSpec
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import PROVIDERS

NAMES = [provider for provider, _, _ in PROVIDERS]
KEY = "sk-live-7d1f00c4ab9e"

# --- PodSpec: every wrong input is an InvalidPodSpec naming the field -----------------------------------

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=60),
    st.binary(max_size=8),
    st.lists(st.text(max_size=6), max_size=3),
    st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=2),
    st.sampled_from(["a\n", "x\x00", " lead", "trail ", "ok-name", "H100", "22/tcp\n", "/workspace", float("nan")]),
)
FIELDS = [
    "name",
    "image",
    "gpu",
    "gpu_count",
    "disk_gb",
    "volume_gb",
    "volume_mount_path",
    "env",
    "ports",
    "region",
    "spot",
    "max_price",
    "extras",
]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(field=st.sampled_from(FIELDS), value=ANYTHING)
def test_a_pod_spec_is_valid_or_refused_with_the_field_named(field: str, value: Any) -> None:
    arguments: dict[str, Any] = {"name": "train", "image": "pytorch/pytorch:latest", "gpu": "H100", field: value}
    try:
        spec = PodSpec(**arguments)
    except InvalidPodSpec as exc:
        assert exc.field.split(".")[0] == field
        return
    # Accepted: every invariant the providers and the token depend on holds.
    assert split_token(with_token(spec.name, "abcdefghij")) == (spec.name, "abcdefghij")
    assert spec.max_price is None or (math.isfinite(spec.max_price) and spec.max_price > 0)
    assert isinstance(spec.spot, bool)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in spec.env.items())
    json.dumps({"env": spec.env, "extras": spec.extras, "ports": spec.ports}, allow_nan=False)
    with pytest.raises(TypeError):
        spec.env["X"] = "y"  # type: ignore[index]
    assert pickle.loads(pickle.dumps(spec)) == spec


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"name": "train\n"}, "name"),
        ({"name": "x" * 49}, "name"),
        ({"max_price": float("nan")}, "max_price"),
        ({"max_price": math.inf}, "max_price"),
        ({"max_price": True}, "max_price"),
        ({"gpu_count": True}, "gpu_count"),
        ({"ports": "22/tcp"}, "ports"),
        ({"ports": ["22/tcp\n"]}, "ports"),
        ({"env": {"A\n": "b"}}, "env.A\n"),
        ({"env": ["A=b"]}, "env"),
        ({"image": "img\n"}, "image"),
        ({"region": "US\n"}, "region"),
        ({"spot": "yes"}, "spot"),
        *[({"extras": {name: {"name": "mine"}}}, f"extras.{name}.name") for name in NAMES],
        *[({"extras": {name: {"x": math.nan}}}, f"extras.{name}.x") for name in NAMES],
        *[({"extras": {name: {"x": object()}}}, f"extras.{name}.x") for name in NAMES],
    ],
)
def test_known_bypasses_are_refused(arguments: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidPodSpec) as caught:
        PodSpec(**{"name": "train", "image": "img", "gpu": "H100", **arguments})
    assert caught.value.field == field


@pytest.mark.parametrize(
    "arguments",
    [
        {"name": "api\n"},
        {"queue_delay": math.nan},
        {"env": {"A": 1}},
        {"ports": ["8000/http\n"]},
        {"min_cuda_version": "12.4\n", "gpu_pools": ("AMPERE_80",)},
        {"gpu_pools": ("AMPERE 80",)},
        {"template_id": "t\n"},
    ],
)
def test_endpoint_specs_are_checked_the_same_way(arguments: dict[str, Any]) -> None:
    base: dict[str, Any] = {"name": "api", "image": "me/api:1", "gpu_pools": ("AMPERE_80",)}
    with pytest.raises(InvalidEndpointSpec):
        EndpointSpec(**{**base, **arguments})


# --- ids never address another path -------------------------------------------------------------------

HOSTILE_IDS = [".", "..", "../pods", "a/b", "a?b=1", "a#b", "%2e%2e", "a b", "", "a\n", "x" * 300]


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize("pod_id", HOSTILE_IDS)
def test_an_id_that_could_address_another_path_is_refused_before_any_request(provider: str, pod_id: str) -> None:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        api = getattr(clouds.clouds[provider], "v2", clouds.clouds[provider])
        before = api.requests
        for call in (fleet.terminate, fleet.get, fleet.stop, fleet.logs):
            with pytest.raises(InvalidArgument) as caught:
                call(pod_id, provider=provider)
            assert caught.value.field == "pod id"
        assert api.requests == before, "nothing was sent"


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(pod_id=st.text(min_size=1, max_size=20))
def test_only_plain_ids_reach_a_provider(pod_id: str) -> None:
    from gpupods._checks import check_id

    try:
        checked = check_id(pod_id)
    except InvalidArgument:
        return
    assert checked == pod_id and pod_id not in (".", "..")
    assert not set(pod_id) & set("/?#%\\ \t\r\n")


@pytest.mark.parametrize("provider", NAMES)
def test_a_well_formed_unknown_id_is_still_a_not_found(provider: str) -> None:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        fleet.terminate("no-such-pod", provider=provider)  # gone counts as terminated
        with pytest.raises(NotFoundError):
            fleet.get("no-such-pod", provider=provider)


# --- secrets --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", NAMES)
def test_a_key_the_provider_echoes_is_in_no_attribute_of_the_error(provider: str) -> None:
    echo = json.dumps({"message": f"bad key {KEY}", "error": {"detail": [KEY]}, KEY: "x"}).encode()
    with MockClouds(clock=VirtualClock(), sshd=False, api_keys=[KEY]) as clouds:
        options = clouds.fleet_options()
        with Fleet.from_env(**options) as fleet:
            clouds.faults(provider).add(Fault.answer(401, body=echo), times=1)
            with pytest.raises(AuthenticationError) as caught:
                fleet.list(provider)
    error = caught.value
    for text in (str(error), repr(error), json.dumps(error.body), repr(error.fields), str(vars(error))):
        assert KEY not in text
    assert KEY.encode() not in pickle.dumps(error)
    assert pickle.loads(pickle.dumps(error)).status_code == 401


def test_errors_pickle_with_their_attributes() -> None:
    errors = [
        ProviderError("boom", provider="RunPod", status_code=503, request_id="r1", body={"a": 1}),
        CreateOutcomeUnknown(NAMES[-1], "abcdefghij"),
        InvalidPodSpec("name", "bad"),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and vars(copy) == vars(error)
    assert isinstance(errors[0], APIStatusError)


@pytest.mark.parametrize("provider", NAMES)
def test_a_key_is_never_pickled_nor_shown(provider: str) -> None:
    secret = Secret(KEY)
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    config = ProviderConfig(name=provider, api_key=KEY, base_url=REGISTRY[provider].base_url)
    with pytest.raises(TypeError):
        pickle.dumps(config)
    assert KEY not in repr(config) and KEY not in str(config)


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize("url", ["http://10.1.2.3:8701", "http://api.example.com", "http://192.168.0.2"])
def test_plain_http_to_another_host_is_refused_unless_allowed(url: str, provider: str) -> None:
    with pytest.raises(ConfigurationError, match="clear text"):
        ProviderConfig(name=provider, api_key=KEY, base_url=url)
    assert ProviderConfig(name=provider, api_key=KEY, base_url=url, allow_insecure_http=True).base_url == url
    entry = REGISTRY[provider]
    environ = {entry.key_env: KEY, entry.url_env: url, "GPUPODS_ALLOW_INSECURE_HTTP": "1"}
    assert ProviderConfig.from_env(provider, environ).base_url == url


@pytest.mark.parametrize("provider", NAMES)
@pytest.mark.parametrize("url", ["https://user:{key}@{host}", "https://{host}/?key={key}", "ftp://x"])
def test_a_base_url_with_credentials_or_another_scheme_is_refused(url: str, provider: str) -> None:
    host = REGISTRY[provider].base_url.split("://", 1)[1]
    with pytest.raises(ConfigurationError) as caught:
        ProviderConfig(name=provider, api_key=KEY, base_url=url.format(key=KEY, host=host))
    assert KEY not in str(caught.value)


# --- one provider down ------------------------------------------------------------------------------------


@pytest.mark.parametrize("down", NAMES)
def test_list_returns_the_healthy_providers_and_names_the_failed_one(down: str) -> None:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds, Fleet.from_env(**clouds.fleet_options()) as fleet:
        for provider, image, gpu in PROVIDERS:
            fleet.create(PodSpec(name=f"up-{provider[:5]}", image=image, gpu=gpu), provider=provider)
        clouds.faults(down).add(Fault.status(503))
        pods = fleet.list()
        offers = fleet.offers("H100")
    assert sorted({p.provider for p in pods}) == sorted(set(NAMES) - {down})
    assert set(pods.failed) == {down} and isinstance(pods.failed[down], ProviderError)
    assert set(offers.failed) == {down} and offers


async def test_list_raises_only_when_every_provider_failed() -> None:
    with MockClouds(clock=VirtualClock(), sshd=False) as clouds:
        async with AsyncFleet.from_env(**clouds.fleet_options()) as fleet:
            for provider in NAMES:
                clouds.faults(provider).add(Fault.status(503))
            with pytest.raises(ProviderError):
                await fleet.list()
            clouds.faults(NAMES[-1]).clear()
            pods = await fleet.list()
    assert pods == [] and set(pods.failed) == set(NAMES) - {NAMES[-1]}


@pytest.mark.parametrize("api", [a.name for a in generated_apis() if a.kind == "openapi"])
def test_a_generated_client_never_shows_its_token(api: str) -> None:
    package = importlib.import_module(f"gpupods_clients.{api}")
    client = package.AuthenticatedClient("https://api.example.com", KEY, headers={"X-Key": KEY})
    assert KEY not in repr(client) and KEY not in str(client)
    with client as opened:
        assert opened.get_httpx_client().headers["Authorization"] == f"Bearer {KEY}"
    assert KEY not in repr(package.Client("https://api.example.com", headers={"Authorization": KEY}))
