"""RunPod: REST v2 for everything it covers; GraphQL (deprecated) only for spot pods.

RunPod v2 places one GPU type per create with no fallback, so the fleet tries offers in turn.
Its lists come in cursor pages, which every list here follows to the end. Balance, limits and
secrets are v2 too. Spot (interruptible) pods exist only in GraphQL (``podRentInterruptable``,
``podBidResume``), which RunPod retires in early 2027; gpupods warns when it is used, and once
GraphQL answers 410 its calls raise ``APIRetired``. REST v1 was retired on 2026-11-15.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import importlib
import warnings
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx
from gpupods_clients.runpod_v2.api.account import get_account_limits, list_account_ssh_keys, update_account_ssh_keys
from gpupods_clients.runpod_v2.api.billing import get_billing, get_billing_balance, list_billing_pods
from gpupods_clients.runpod_v2.api.catalog import list_catalog_datacenters, list_catalog_gpus
from gpupods_clients.runpod_v2.api.network_volume import (
    create_network_volume,
    delete_network_volume,
    get_network_volume,
    list_network_volumes,
    update_network_volume,
)
from gpupods_clients.runpod_v2.api.pod import (
    create_pod,
    delete_pod,
    get_pod,
    get_pod_logs,
    list_pods,
    run_pod_action,
    update_pod,
)
from gpupods_clients.runpod_v2.models import (
    BillingBucketSize,
    CreateNetworkVolumeRequest,
    CreatePodRequest,
    PodActionRequest,
    UpdateNetworkVolumeRequest,
    UpdatePodRequest,
    UpdateSshKeysRequest,
)
from gpupods_clients.runpod_v2.models import (
    Pod as PodModel,
)
from gpupods_clients.runpod_v2.types import UNSET

from .. import gpus
from .._flow import Flow, GraphQL, Parallel, call_json, or_empty
from .._http import (
    CAPACITY_HINTS,
    PAYMENT_HINTS,
    ErrorBody,
    Retirement,
    read_generic_error,
    read_graphql_errors,
    text_of,
)
from ..account import AccountLimits, Balance
from ..costs import CONTAINER_DISK, NETWORK_VOLUME, VOLUME_RUNNING, VOLUME_STOPPED
from ..errors import (
    APIRetired,
    APIStatusError,
    AuthenticationError,
    CapacityError,
    FieldError,
    GpupodsError,
    InvalidPodSpec,
    InvalidVolumeSpec,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderError,
    ValidationError,
)
from ..keys import PublicKey, SshKey
from ..models import (
    Account,
    Billing,
    Capabilities,
    GpuOffer,
    OfferKey,
    Pod,
    PodSpec,
    PodStatus,
    PortMapping,
    SshInfo,
    Volume,
    VolumeAttachment,
    VolumeSpec,
    VolumeStatus,
    availability,
    map_status,
)
from ..pricing import StorageRate
from ..registry import entry
from ._base import Backend, Created, OfferQuery, key_of
from ._runpod_api import Operation, call, call_idempotent
from ._util import answer_id, as_datetime, parses_as_key, stock_level, val, with_public_keys

#: Where RunPod serves a pod's HTTP port: its proxy.
PROXY_URL = "https://{pod_id}-{port}.proxy.runpod.net"

#: Network volume prices RunPod publishes (its API has none), USD per GB-month: the first
#: 1,000 GB at $0.07 and every GB beyond at $0.05. No rate is published for HIGH_PERFORMANCE
#: volumes, so their cost shows as unknown.
VOLUME_RATES: Mapping[str, StorageRate] = {"STANDARD": StorageRate.tiered((1000, 0.07), (None, 0.05))}
#: Where a network volume is mounted when the spec names no path (RunPod's own default).
DEFAULT_VOLUME_PATH = "/workspace"
#: When RunPod retires GraphQL: "early 2027" is all RunPod has announced (docs of 2026-08-20).
GRAPHQL_RETIREMENT = "early 2027"

GRAPHQL_DEPRECATION = (
    f"RunPod spot pods go through RunPod's GraphQL API, which RunPod retires in {GRAPHQL_RETIREMENT} "
    "(no exact day announced); REST v2 has no spot pods, so spot pods end with it."
)
V2 = "RunPod REST v2 (https://api.runpod.io/v2)"
RETIREMENTS = (
    Retirement(
        "RunPod REST v1", V2, "2026-11-15", paths=("/v1",), hosts=("rest.runpod.io",), generated_api="runpod_v1"
    ),
    Retirement(
        "RunPod GraphQL",
        f"{V2}, which has no spot pods",
        GRAPHQL_RETIREMENT,
        paths=("/graphql",),
        generated_api="runpod_graphql",
    ),
)
#: RunPod's GPU type ids and the catalogue name of each; the form factor of those whose id
#: does not say it.
GPU_IDS = gpus.GpuIds(
    {
        "NVIDIA B200": "B200_180GB",
        "NVIDIA H200": "H200_141GB",
        "NVIDIA H200 NVL": "H200_141GB",
        "NVIDIA H100 NVL": "H100_94GB",
        "NVIDIA H100 80GB HBM3": "H100_80GB",
        "NVIDIA H100 PCIe": "H100_80GB",
        "NVIDIA A100-SXM4-80GB": "A100_80GB",
        "NVIDIA A100 80GB PCIe": "A100_80GB",
        "AMD Instinct MI300X OAM": "MI300X_192GB",
        "NVIDIA RTX PRO 6000 Blackwell Server Edition": "RTX_PRO_6000B_96GB",
        "NVIDIA RTX PRO 6000 Blackwell Workstation Edition": "RTX_PRO_6000B_96GB",
        "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition": "RTX_PRO_6000B_96GB",
        "NVIDIA L40S": "L40S_48GB",
        "NVIDIA L40": "L40_48GB",
        "NVIDIA A40": "A40_48GB",
        "NVIDIA RTX A6000": "A6000_48GB",
        "NVIDIA RTX 6000 Ada Generation": "RTX6000Ada_48GB",
        "NVIDIA GeForce RTX 5090": "RTX5090_32GB",
        "NVIDIA RTX 5000 Ada Generation": "RTX5000Ada_32GB",
        "Tesla V100-SXM2-32GB": "V100_32GB",
        "Tesla V100-PCIE-32GB": "V100_32GB",
        "NVIDIA GeForce RTX 4090": "RTX4090_24GB",
        "NVIDIA GeForce RTX 3090": "RTX3090_24GB",
        "NVIDIA GeForce RTX 3090 Ti": "RTX3090Ti_24GB",
        "NVIDIA RTX A5000": "A5000_24GB",
        "NVIDIA A30": "A30_24GB",
        "NVIDIA  A30": "A30_24GB",
        "NVIDIA RTX A30": "A30_24GB",
        "NVIDIA L4": "L4_24GB",
        "NVIDIA RTX A4500": "A4500_20GB",
        "NVIDIA  RTX A4500": "A4500_20GB",
        "NVIDIA RTX 4000 Ada Generation": "RTX4000Ada_20GB",
        "NVIDIA RTX 4000 SFF Ada Generation": "RTX4000Ada_20GB",
        "NVIDIA GeForce RTX 4080": "RTX4080_16GB",
        "NVIDIA GeForce RTX 4080 SUPER": "RTX4080_16GB",
        "NVIDIA GeForce RTX 5080": "RTX5080_16GB",
        "NVIDIA RTX A4000": "A4000_16GB",
        "NVIDIA RTX 2000 Ada Generation": "RTX2000Ada_16GB",
        "Tesla V100-PCIE-16GB": "V100_16GB",
        "Tesla V100-SXM2-16GB": "V100_16GB",
        "Tesla V100-FHHL-16GB": "V100_16GB",
        "Tesla T4": "T4_16GB",
        "NVIDIA GeForce RTX 4070 Ti": "RTX4070Ti_12GB",
        "NVIDIA GeForce RTX 3080 Ti": "RTX3080Ti_12GB",
        "NVIDIA GeForce RTX 3080TI": "RTX3080Ti_12GB",
        "NVIDIA GeForce RTX 3080": "RTX3080_10GB",
        "NVIDIA GeForce RTX 3070": "RTX3070_8GB",
        "NVIDIA RTX A2000": "A2000_6GB",
    },
    variants={
        "NVIDIA H100 80GB HBM3": "SXM",
        "NVIDIA H200": "SXM",
        "NVIDIA B200": "SXM",
        "NVIDIA A100-SXM4-80GB": "SXM",
    },
)


@dataclasses.dataclass(frozen=True)
class RunPodOfferKey(OfferKey):
    """A RunPod offer: a GPU type in one cloud (``SECURE`` or ``COMMUNITY``); the data centers
    that have it now are availability, not identity."""

    gpu_id: str
    cloud: str
    data_centers: tuple[str, ...] = availability()


#: Where REST v1 lived (its own host); under another base URL (a mock, a proxy) it is ``<base>/v1``.
V1_URL = "https://rest.runpod.io/v1"


def _data_centers(region: str, offer: GpuOffer) -> list[str]:
    """The offer's data centers inside ``region`` (a data center id, a country or a continent)."""
    from .. import regions

    inside = [d for d in key_of(offer, RunPodOfferKey).data_centers if regions.matches(region, d)]
    return inside or [region]


class RunPodBackend(Backend):
    name = "runpod"
    title = "RunPod"
    generated_package = "gpupods_clients.runpod_v2"
    pod_model = PodModel
    capabilities = Capabilities(
        start_stop=True,
        restart=True,
        logs=True,
        spot=True,
        serverless=True,
        batch_status=False,
        notes=(
            f"spot pods use the deprecated GraphQL API (retired {GRAPHQL_RETIREMENT})",
            "network volumes: one per pod, bound to a data center",
            "balance from REST v2; spend and its cap from the deprecated GraphQL API",
        ),
        volumes=True,
        volume_resize=True,
        max_volumes=1,
        rename=True,
        gpu_utilisation=True,
        billing=True,
        balance=True,
        ssh_keys="the pod's PUBLIC_KEY variable; account keys in /v2/account/ssh-keys",
    )
    retirements = RETIREMENTS
    gpu_ids = GPU_IDS
    offer_key = RunPodOfferKey
    #: Items per page of v2 lists; None leaves it to RunPod (1,000; 100 for builds).
    page_size: int | None = None
    #: RunPod's published storage prices (USD per GB and month): a pod's volume costs 0.10
    #: while the pod runs and 0.20 while it is stopped, its container disk 0.10 while it runs
    #: (nothing when stopped), network volumes 0.07 (the first TB).
    storage_rates: ClassVar[Mapping[str, float]] = {
        VOLUME_RUNNING: 0.10,
        VOLUME_STOPPED: 0.20,
        CONTAINER_DISK: 0.10,
        NETWORK_VOLUME: 0.07,
    }
    STATUS_MAP: ClassVar[Mapping[str, PodStatus]] = {
        "PROVISIONING": PodStatus.PROVISIONING,
        "STARTING": PodStatus.STARTING,
        "RUNNING": PodStatus.RUNNING,
        "EXITED": PodStatus.STOPPED,
        "ERROR": PodStatus.ERROR,
        "TERMINATED": PodStatus.TERMINATED,
    }
    #: GraphQL ``desiredStatus`` (and REST v1) values.
    GRAPHQL_STATUS_MAP: ClassVar[Mapping[str, PodStatus]] = {
        "CREATED": PodStatus.PENDING,
        "RUNNING": PodStatus.RUNNING,
        "RESTARTING": PodStatus.STARTING,
        "EXITED": PodStatus.STOPPED,
        "PAUSED": PodStatus.STOPPED,
        "DEAD": PodStatus.ERROR,
        "TERMINATED": PodStatus.TERMINATED,
    }

    @classmethod
    def gpu_model(cls, gpu_id: str | None, description: str | None = None) -> gpus.GpuModel | None:
        """The table's model; an id that is itself a catalogue name or spelling names that."""
        return cls.gpu_ids.model(gpu_id) or (gpus.by_name(gpu_id) if gpu_id else None)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: (GPU type id, SECURE or COMMUNITY) -> USD per GPU-hour, learned from the catalog: a
        #: stopped pod's ``cost`` is its storage, so its running price comes from here.
        self._gpu_prices: dict[tuple[str, str], float] = {}
        self._looked_up: set[tuple[str, str]] = set()  # keys a catalog listing was read for

    def _extra_session(self) -> dict[str, Any]:
        return {"graphql": self.graphql, "async_graphql": self.async_graphql, "map_graphql_error": self.graphql_error}

    def _graphql_url(self) -> str:
        return self.config.base_url.rstrip("/") + "/graphql"

    def api_url(self, api: str) -> str:
        base = self.config.base_url.rstrip("/")
        if api == "runpod_graphql":
            return self._graphql_url()
        if api == "runpod_v1":
            return V1_URL if base == entry(self.name).base_url.rstrip("/") else base + "/v1"
        return base

    canary_queries = ("list_my_pods",)

    def graphql_client(self, api: str, http: httpx.Client) -> Any:
        module = importlib.import_module(f"gpupods_clients.{api}")
        return module.RunPodGraphQLClient(url=self.api_url(api), http_client=http)

    def graphql(self) -> Any:
        """The generated sync GraphQL client, sending through ``http()`` (key in the header)."""
        module = importlib.import_module("gpupods_clients.runpod_graphql")
        return module.RunPodGraphQLClient(url=self._graphql_url(), http_client=self.http())

    def async_graphql(self) -> Any:
        module = importlib.import_module("gpupods_clients.runpod_graphql_async")
        return module.AsyncRunPodGraphQLClient(url=self._graphql_url(), http_client=self.async_http())

    def graphql_error(self, exc: Exception) -> GpupodsError:
        """A generated GraphQL client's exception, in the shared hierarchy."""
        errors = getattr(exc, "errors", None) or []
        first = errors[0] if errors else exc
        message = self.errors.scrub(str(getattr(first, "message", None) or exc))
        code = str((getattr(first, "extensions", None) or {}).get("code") or "")
        cls: type[APIStatusError]
        if code == "UNAUTHENTICATED":
            cls = AuthenticationError
        elif code == "FORBIDDEN":
            cls = PermissionDeniedError
        elif code == "NOT_FOUND" or "not found" in message.lower():
            cls = NotFoundError
        elif CAPACITY_HINTS.search(message):
            cls = CapacityError
        elif PAYMENT_HINTS.search(message):
            cls = PaymentRequiredError
        elif code in ("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED") or "bid" in message.lower():
            cls = ValidationError
        else:
            cls = ProviderError
        return cls(
            message, provider=self.name, provider_title=self.title, status_code=200, code=code or None, graphql=True
        )

    def read_error(self, body: Any, reason: str) -> ErrorBody:
        """REST v2 answers problem+json (``title``, ``detail``, ``errors`` as "field: text"
        strings); GraphQL's HTTP-level errors (400, 401) come as ``errors[]`` objects."""
        graphql = read_graphql_errors(body)
        if graphql is not None:
            return graphql
        if not isinstance(body, dict):
            return read_generic_error(body, reason)
        fields = []
        for item in body.get("errors") or []:
            where, _, text = str(item).partition(": ")
            fields.append(FieldError(where if text else "request", text or str(item)))
        message = text_of(body, "detail", "title", "message", "error") or reason
        return ErrorBody(message, tuple(fields))

    # --- conversion --------------------------------------------------------------------------------

    def pod_from_json(self, data: Mapping[str, Any], raw: Any) -> Pod:
        # Read once per pod of every list, from the decoded JSON: each optional block is
        # fetched once, and every sub-object is walked only when present.
        status = str(data["status"])
        pod_id = data["id"]
        gpu = data.get("gpu")
        gpu_id = gpu.get("id") if gpu is not None else None
        gpu_count = int(gpu.get("count") or 1) if gpu is not None else 0
        model = self.gpu_model(gpu_id)
        ssh = None
        direct = data["ssh"]["direct"]
        if direct is not None:
            ssh = SshInfo(host=direct["host"], port=direct["port"], user=direct["username"])
        ports: list[PortMapping] = []
        busiest: float | None = None
        runtime = data["runtime"]
        if runtime is not None:
            for port in runtime.get("ports") or ():
                private = port.get("private")
                if private is not None:
                    kind = str(port.get("type") or "tcp")
                    url = PROXY_URL.format(pod_id=pod_id, port=private) if kind == "http" else None
                    ports.append(PortMapping(private, port.get("public"), kind, port.get("ip"), url))
            for used in runtime.get("gpus") or ():
                util = used.get("util")
                if util is not None and (busiest is None or util > busiest):
                    busiest = util
        mounts = data["mounts"]
        persistent = mounts.get("persistent")
        volume_gb = persistent.get("size") if persistent is not None else None
        cost = data["cost"]
        cost = float(cost) if cost is not None else None
        price, stopped = cost, self.storage_per_hour(volume_gb or 0, VOLUME_STOPPED)
        if status == "EXITED":  # RunPod's cost is then what the pod costs stopped: its storage
            per_gpu = self._gpu_prices.get((str(gpu_id), str(data["cloud"])))
            price, stopped = (round(per_gpu * gpu_count, 6) if per_gpu is not None else None), cost
        return Pod(
            provider=self.name,
            id=pod_id,
            status=map_status(self.STATUS_MAP, status),
            provider_status=status,
            gpu=model.name if model else gpu_id,
            gpu_count=gpu_count,
            image=data["image"],
            price_per_hour=price,
            created_at=as_datetime(data["createdAt"]),
            started_at=as_datetime(data["startedAt"]),
            ssh=ssh,
            ports=ports,
            region=data["dataCenterId"],
            volumes=[VolumeAttachment(m["volumeId"], m["path"]) for m in mounts.get("network") or ()],
            gpu_utilisation=float(busiest) if busiest is not None else None,
            stopped_price_per_hour=stopped,
            raw=raw,
            **self.naming(data["name"]),
        )

    def to_volume(self, raw: Any, pods: Sequence[Pod] = ()) -> Volume:
        kind = str(raw.type_)
        rate = VOLUME_RATES.get(kind)
        return Volume(
            provider=self.name,
            id=raw.id,
            name=raw.name,
            size_gb=raw.size,
            region=raw.data_center,
            type=kind,
            status=VolumeStatus.READY,  # RunPod's volumes have no status: listed means usable
            provider_status=None,
            price_per_gb_month=round(rate.per_gb_month(raw.size), 6) if rate is not None else None,
            attached_pods=tuple(p.id for p in pods if any(a.volume_id == raw.id for a in p.volumes)),
            raw=raw,
        )

    # --- SSH keys -------------------------------------------------------------------------------------

    def with_ssh_keys(self, spec: PodSpec, keys: Sequence[PublicKey]) -> Flow[PodSpec]:
        """The keys go in the pod's ``PUBLIC_KEY`` variable (after any the spec sets there),
        which RunPod's images install as ``authorized_keys``; no request."""
        if not keys:
            return spec
        yield from ()
        return with_public_keys(spec, keys)

    def account_ssh_keys(self) -> Flow[builtins.list[SshKey]]:
        listing = yield from call(list_account_ssh_keys)
        return [self._ssh_key(line) for line in listing.keys if parses_as_key(line)]

    def _ssh_key(self, line: str) -> SshKey:
        key = PublicKey.parse(line)  # RunPod keeps bare lines: the fingerprint is the id
        return SshKey(self.name, key.fingerprint, key.comment, key, raw=line)

    def _replace_keys(self, lines: builtins.list[str]) -> Flow[None]:
        body = UpdateSshKeysRequest.from_dict({"keys": lines})
        yield from call_idempotent(update_account_ssh_keys, body=body)
        return None

    def register_ssh_key(self, key: PublicKey, name: str) -> Flow[SshKey]:
        """RunPod replaces the whole list: read it, add the key (its comment is its name)."""
        listing = yield from call(list_account_ssh_keys)
        line = f"{key.type} {key.data} {key.comment or name}"
        yield from self._replace_keys([*listing.keys, line])
        return self._ssh_key(line)

    def unregister_ssh_key(self, key: SshKey) -> Flow[None]:
        listing = yield from call(list_account_ssh_keys)
        kept = [line for line in listing.keys if not (parses_as_key(line) and PublicKey.parse(line) == key.key)]
        yield from self._replace_keys(kept)
        return None

    # --- operations -----------------------------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[list[GpuOffer]]:
        count = query.count or 1
        listing = yield from call(list_catalog_gpus, include=["AVAILABILITY"], product=["POD"], count=count)
        spot_prices: dict[str, float] = {}
        if query.spot:
            spot_prices = yield from self._spot_prices(count)
        offers = []
        self._learn_prices(listing)
        for gpu in listing.gpus:
            model = self.gpu_model(gpu.id)
            if query.gpu and not gpus.matches(query.gpu, model, gpu.id):
                continue
            stock = stock_level(val(gpu.availability))
            centers = [d.id for d in val(gpu.data_centers) or [] if str(d.availability) != "NONE"]
            for cloud in ("SECURE", "COMMUNITY"):
                if not getattr(gpu, cloud.lower()):
                    continue
                price = getattr(gpu.price, cloud.lower())
                spot = spot_prices.get(f"{gpu.id}/{cloud}")
                offers.append(
                    GpuOffer(
                        provider=self.name,
                        gpu=model.name if model else gpu.id,
                        gpu_provider_id=gpu.id,
                        memory_gb=gpu.memory,
                        count=count,
                        price_per_hour=round(price * count, 4),
                        spot_price_per_hour=round(spot * count, 4) if spot is not None else None,
                        region=centers[0] if centers else None,
                        stock=stock,
                        offer_id=RunPodOfferKey(gpu.id, cloud, tuple(centers)),
                        raw=gpu,
                        variant=GPU_IDS.variants.get(gpu.id) or gpus.variant_of(gpu.id, gpu.name),
                        regions=tuple(centers),
                    )
                )
        return offers

    def _spot_prices(self, count: int) -> Flow[dict[str, float]]:
        warnings.warn(GRAPHQL_DEPRECATION, DeprecationWarning, stacklevel=2)
        inputs = importlib.import_module("gpupods_clients.runpod_graphql.input_types")
        prices: dict[str, float] = {}
        for cloud, secure in (("SECURE", True), ("COMMUNITY", False)):
            result = yield GraphQL(
                "list_gpu_types", {"lowest_price_input": inputs.GpuLowestPriceInput(gpuCount=count, secureCloud=secure)}
            )
            for gpu in result.gpu_types or []:
                lowest = gpu.lowest_price if gpu is not None else None
                if lowest is not None and lowest.minimum_bid_price is not None:
                    prices[f"{gpu.id}/{cloud}"] = float(lowest.minimum_bid_price)
        return prices

    def pages(self, endpoint: Operation[..., Any], items: str, **kwargs: Any) -> Flow[builtins.list[Any]]:
        """Every item of a v2 list (decoded JSON), following ``pagination.nextCursor`` until ``hasNextPage``
        is false (a page may hold fewer items than asked for while more follow). A cursor that
        does not advance is a ``ProviderError``, not an endless loop."""
        if self.page_size is not None:
            kwargs.setdefault("limit", self.page_size)
        found: builtins.list[Any] = []
        seen: set[str] = set()
        cursor: str | None = None
        while True:
            query: dict[str, Any] = dict(kwargs) if cursor is None else {**kwargs, "cursor": cursor}
            page = yield from call_json(endpoint, **query)
            found.extend(page[items])
            pagination = page["pagination"]
            if not pagination["hasNextPage"]:
                return found
            cursor = pagination["nextCursor"]
            if not cursor or cursor in seen:
                raise ProviderError(
                    f"the {items} list says another page follows but gives no new cursor ({cursor!r})",
                    provider=self.name,
                    provider_title=self.title,
                    status_code=200,
                )
            seen.add(cursor)

    def _learn_prices(self, listing: Any) -> None:
        for gpu in listing.gpus:
            for cloud in ("SECURE", "COMMUNITY"):
                price = val(getattr(gpu.price, cloud.lower(), None))
                if price is not None:
                    self._gpu_prices[(gpu.id, cloud)] = float(price)

    def list(self) -> Flow[list[Pod]]:
        pods = yield from self.pages(list_pods, "pods")
        stopped = {(p["gpu"]["id"], str(p["cloud"])) for p in pods if str(p["status"]) == "EXITED" and p.get("gpu")}
        if stopped - self._gpu_prices.keys() - self._looked_up:
            self._looked_up |= stopped
            # best effort: without the catalog a stopped pod's running price stays unknown
            with contextlib.suppress(GpupodsError, AttributeError, TypeError, ValueError):
                self._learn_prices((yield from call(list_catalog_gpus, product=["POD"])))
        return [self.to_pod(p) for p in pods]

    def balance(self) -> Flow[Balance]:
        raw = yield from call(get_billing_balance)
        return Balance(self.name, float(raw.balance_amount), str(raw.billing_mode), raw=raw)

    def limits(self) -> Flow[AccountLimits]:
        raw = yield from call(get_account_limits)
        return AccountLimits(self.name, raw.spend_rate.to_dict(), raw.serverless_workers.to_dict(), raw=raw)

    def find_by_token(self, token: str) -> Flow[Pod | None]:
        # the create protocol's search needs names, not prices: no catalog here
        listing = yield from call_json(list_pods)
        return next((p for p in map(self.to_pod, listing["pods"]) if p.client_token == token), None)

    def get(self, pod_id: str) -> Flow[Pod]:
        return self.to_pod((yield from call_json(get_pod, id=pod_id)))

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        if offer is None:
            raise InvalidPodSpec("gpu", "RunPod needs an offer (a GPU type from offers()) to create a pod")
        extras = dict(spec.extras.get("runpod", {}))
        if spec.spot:
            return (yield from self._create_spot(spec, offer, token, extras))
        body: dict[str, Any] = {
            "image": spec.image,
            "gpu": {"id": offer.gpu_provider_id, "count": spec.gpu_count},
            "cloud": key_of(offer, RunPodOfferKey).cloud,
            "disk": spec.disk_gb,
            "env": dict(spec.env),
            "ports": list(spec.ports),
        }
        mounts: dict[str, Any] = {}
        if spec.volume_gb:
            mounts["persistent"] = {"size": spec.volume_gb, "path": spec.volume_mount_path}
        if spec.region:
            body["dataCenterIds"] = _data_centers(spec.region, offer)
        network = self.mounts(spec)
        if network:
            if spec.volume_gb and any((path or DEFAULT_VOLUME_PATH) == spec.volume_mount_path for _, path in network):
                raise InvalidPodSpec("volumes", f"the pod's own volume is mounted at {spec.volume_mount_path} already")
            mounts["network"] = [{"volumeId": v.id, "path": path or DEFAULT_VOLUME_PATH} for v, path in network]
            body["dataCenterIds"] = [network[0][0].region]  # a network volume binds the pod to its data center
        if mounts:
            body["mounts"] = mounts
        body.update(extras)
        body["name"] = self.pod_name(spec, token)
        request = CreatePodRequest.from_dict(body)
        raw = yield from call(create_pod, body=request)
        return Created(answer_id(raw.id), raw)

    def created_pod(self, created: Created, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Pod]:
        pod = yield from super().created_pod(created, spec, offer, token)
        pod.spot = pod.spot or spec.spot
        return pod

    def _create_spot(self, spec: PodSpec, offer: GpuOffer, token: str, extras: dict[str, Any]) -> Flow[Created]:
        network = self.mounts(spec)
        if network and spec.volume_gb:
            raise InvalidPodSpec("volumes", "a RunPod spot pod has either its own volume or a network volume, not both")
        warnings.warn(GRAPHQL_DEPRECATION, DeprecationWarning, stacklevel=3)
        inputs = importlib.import_module("gpupods_clients.runpod_graphql.input_types")
        total = spec.max_price if spec.max_price is not None else offer.spot_price_per_hour
        if total is None:
            raise InvalidPodSpec(
                "max_price", f"no spot price is known for {offer.gpu} on RunPod: give max_price (the bid)"
            )
        fields: dict[str, Any] = {
            "imageName": spec.image,
            "gpuTypeId": offer.gpu_provider_id,
            "gpuCount": spec.gpu_count,
            "bidPerGpu": round(total / spec.gpu_count, 4),
            "cloudType": key_of(offer, RunPodOfferKey).cloud,
            "containerDiskInGb": spec.disk_gb,
            "volumeInGb": spec.volume_gb or 0,
            "volumeMountPath": spec.volume_mount_path,
            "ports": ",".join(spec.ports),
            "env": [{"key": k, "value": v} for k, v in spec.env.items()],
            "startSsh": "22/tcp" in spec.ports,
        }
        if spec.region:
            fields["dataCenterId"] = _data_centers(spec.region, offer)[0]
        if network:  # GraphQL mounts the network volume at volumeMountPath
            fields["networkVolumeId"] = network[0][0].id
            fields["dataCenterId"] = network[0][0].region
            fields["volumeMountPath"] = network[0][1] or DEFAULT_VOLUME_PATH
        fields.update(extras)
        fields["name"] = self.pod_name(spec, token)
        result = yield GraphQL("rent_interruptable_pod", {"input": inputs.PodRentInterruptableInput(**fields)})
        return Created(answer_id(result.pod_rent_interruptable.id))

    def _action(self, pod_id: str, action: str) -> Flow[Pod]:
        request = PodActionRequest.from_dict({"action": action})
        raw = yield from call(run_pod_action, id=pod_id, body=request)
        if raw is None:  # an answer without the pod (the API documents one; a proxy may not send it)
            return (yield from self.get(pod_id))
        return self.to_pod(raw)

    def start(self, pod_id: str) -> Flow[Pod]:
        spot = yield from self._spot_bid(pod_id)
        if spot is not None:
            warnings.warn(GRAPHQL_DEPRECATION, DeprecationWarning, stacklevel=2)
            inputs = importlib.import_module("gpupods_clients.runpod_graphql.input_types")
            bid, count = spot
            yield GraphQL(
                "bid_resume_pod", {"input": inputs.PodBidResumeInput(podId=pod_id, bidPerGpu=bid, gpuCount=count)}
            )
            resumed = yield from self.get(pod_id)
            resumed.spot = True
            return resumed
        return (yield from self._action(pod_id, "start"))

    def _spot_bid(self, pod_id: str) -> Flow[tuple[float, int] | None]:
        """(bid per GPU, GPU count) when the pod is a spot pod; None otherwise or when GraphQL
        cannot tell (after its retirement REST v2 is used alone)."""
        inputs = importlib.import_module("gpupods_clients.runpod_graphql.input_types")
        try:
            result = yield GraphQL("get_pod", {"input": inputs.PodFilter(podId=pod_id)}, idempotent=True)
        except (NotFoundError, ProviderError, ValidationError, APIRetired):
            return None
        pod = result.pod
        if pod is None or str(pod.pod_type) != "INTERRUPTABLE":
            return None
        count = pod.gpu_count or 1
        return round((pod.cost_per_hr or 0.0) / count, 4), count

    def stop(self, pod_id: str) -> Flow[Pod]:
        return (yield from self._action(pod_id, "stop"))

    def restart(self, pod_id: str) -> Flow[Pod]:
        return (yield from self._action(pod_id, "restart"))

    def terminate(self, pod_id: str) -> Flow[None]:
        yield from call(delete_pod, id=pod_id)
        return None

    def rename(self, pod_id: str, name: str) -> Flow[Pod]:
        # a PATCH of the name alone changes nothing the container sees: the pod keeps running
        request = UpdatePodRequest.from_dict({"name": name})
        raw = yield from or_empty(call(update_pod, id=pod_id, body=request))
        if raw is None:
            return (yield from self.get(pod_id))
        return self.to_pod(raw)

    def billing(self, since: float | None, until: float) -> Flow[Billing]:
        """``/v2/billing`` for the account's total and ``/v2/billing/pods`` per pod, in hour
        buckets (day buckets beyond 30 days); RunPod snaps the window to whole buckets."""
        end = datetime.fromtimestamp(until, UTC)
        start = datetime.fromtimestamp(since, UTC) if since is not None else None
        size: BillingBucketSize = "hour" if since is not None and until - since <= 30 * 86400 else "day"
        start_time = UNSET if start is None else start
        account = yield from call(get_billing, start_time=start_time, end_time=end, bucket_size=size)
        pods = yield from call(list_billing_pods, start_time=start_time, end_time=end, bucket_size=size)
        by_pod: dict[str, float] = {}
        for record in pods.records:
            by_pod[record.pod_id] = by_pod.get(record.pod_id, 0.0) + float(record.total_amount)
        notes = [f"RunPod bills in {size} buckets: the window starts at the {size} of --since"]
        if since is None:
            notes.append("without --since RunPod reports its default window (the last 30 days)")
        return Billing(
            provider=self.name,
            since=start,
            until=end,
            total=float(account.metadata.totals.total_amount),
            by_pod=by_pod,
            notes=tuple(notes),
        )

    def account(self) -> Flow[Account]:
        """The balance and billing mode from REST v2; the hourly spend and its cap from GraphQL
        ``myself`` (the fields of v2's ``spendRate`` are unpublished), as long as GraphQL
        answers: once it is retired they are unknown and the balance is still there."""
        balance = yield from self.balance()
        spend_per_hour = spend_limit = None
        try:
            result = yield GraphQL("get_account", {}, idempotent=True)
        except APIRetired:
            pass  # GraphQL is retired: the spend and its cap are unknown, the balance is not
        else:
            if result.myself is not None:
                spend_per_hour, spend_limit = result.myself.current_spend_per_hr, result.myself.spend_limit
        return Account(
            provider=self.name,
            balance=balance.amount,
            spend_per_hour=spend_per_hour,
            spend_limit=spend_limit,
            billing_mode=balance.billing_mode,
        )

    def logs(self, pod_id: str, tail: int = 100) -> Flow[builtins.list[str]]:
        import json

        text = yield from call(get_pod_logs, id=pod_id, tail=tail)
        lines = []
        for row in str(text or "").splitlines():
            if row.startswith("data:"):
                payload = row[5:].strip()
                try:
                    lines.append(str(json.loads(payload).get("line", payload)))
                except ValueError:
                    lines.append(payload)
        return lines

    # --- network volumes ------------------------------------------------------------------------

    def offer_places(self, offer: GpuOffer) -> tuple[str, ...]:
        key = offer.offer_id
        places = key.data_centers if isinstance(key, RunPodOfferKey) else ()
        return places or super().offer_places(offer)

    def at_place(self, offer: GpuOffer, volume: Volume) -> GpuOffer:
        key = dataclasses.replace(key_of(offer, RunPodOfferKey), data_centers=(volume.region,) if volume.region else ())
        return dataclasses.replace(offer, region=volume.region, offer_id=key)

    def _network_volumes(self) -> Flow[builtins.list[Any]]:
        listing = yield from call(list_network_volumes)
        return list(listing.network_volumes)

    def list_volumes(self) -> Flow[builtins.list[Volume]]:
        """The volumes, and the pods that mount them (RunPod's volumes do not say)."""
        raws, pods = yield Parallel([self._network_volumes(), self.list()])
        for result in (raws, pods):
            if isinstance(result, GpupodsError):
                raise result
        return [self.to_volume(raw, pods) for raw in raws]

    def get_volume(self, volume_id: str) -> Flow[Volume]:
        raw, pods = yield Parallel([self._network_volume(volume_id), self.list()])
        for result in (raw, pods):
            if isinstance(result, GpupodsError):
                raise result
        return self.to_volume(raw, pods)

    def _network_volume(self, volume_id: str) -> Flow[Any]:
        return (yield from call(get_network_volume, id=volume_id))

    def create_volume(self, spec: VolumeSpec) -> Flow[Volume]:
        if spec.size_gb is None or not 10 <= spec.size_gb <= 4096:
            raise InvalidVolumeSpec("size_gb", "RunPod network volumes have 10 to 4096 GB")
        kind = (spec.type or "STANDARD").upper()
        if kind not in ("STANDARD", "HIGH_PERFORMANCE"):
            raise InvalidVolumeSpec("type", "RunPod network volumes are STANDARD or HIGH_PERFORMANCE")
        body = {"name": spec.name, "size": spec.size_gb, "dataCenter": spec.region, "type": kind}
        request = CreateNetworkVolumeRequest.from_dict(body)
        raw = yield from call(create_network_volume, body=request)
        return self.to_volume(raw)

    def resize_volume(self, volume: Volume, size_gb: int) -> Flow[Volume]:
        if not 10 <= size_gb <= 4096 or (volume.size_gb is not None and size_gb < volume.size_gb):
            raise InvalidVolumeSpec(
                "size_gb", f"RunPod network volumes only grow, up to 4096 GB (now {volume.size_gb})"
            )
        request = UpdateNetworkVolumeRequest.from_dict({"size": size_gb})
        raw = yield from call_idempotent(update_network_volume, id=volume.id, body=request)
        return self.to_volume(raw, [p for p in (yield from self.list()) if p.id in volume.attached_pods])

    def delete_volume(self, volume_id: str) -> Flow[None]:
        yield from call(delete_network_volume, id=volume_id)
        return None

    def volume_regions(self) -> Flow[builtins.list[str]]:
        listing = yield from call(list_catalog_datacenters)
        return [d.id for d in listing.data_centers if d.network_volume_types]

    def get_many(self, pod_ids: Sequence[str]) -> Flow[builtins.list[Pod | GpupodsError]]:
        # REST v2 has no batch read; one list call covers any number of pods.
        if len(pod_ids) == 1:
            return list((yield from super().get_many(pod_ids)))
        pods = {p.id: p for p in (yield from self.list())}
        return [
            pods.get(pod_id)
            or NotFoundError(f"pod {pod_id} not found", provider=self.name, provider_title=self.title, status_code=404)
            for pod_id in pod_ids
        ]
