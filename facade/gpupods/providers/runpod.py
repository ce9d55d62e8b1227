"""RunPod: REST v2 for everything it covers; GraphQL (deprecated) only for spot pods.

RunPod v2 places one GPU type per create with no fallback, so the fleet tries offers in turn.
Spot (interruptible) pods exist only in GraphQL (``podRentInterruptable``, ``podBidResume``),
which RunPod retires in early 2027; gpupods warns when it is used.
"""

from __future__ import annotations

import builtins
import importlib
import warnings
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from .. import gpus
from .._flow import Call, Flow, GraphQL
from .._http import CAPACITY_HINTS, PAYMENT_HINTS, ErrorBody, read_generic_error, read_graphql_errors, text_of
from .._tokens import split_token, with_token
from ..errors import (
    APIStatusError,
    AuthenticationError,
    CapacityError,
    FieldError,
    GpupodsError,
    InvalidPodSpec,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderError,
    ValidationError,
)
from ..keys import PublicKey, SshKey
from ..models import Capabilities, GpuOffer, Pod, PodSpec, PodStatus, PortMapping, SshInfo, map_status
from ._base import Backend, Created, OfferQuery
from ._util import answer_id, as_datetime, parses_as_key, stock_level, val, with_public_keys

#: Where RunPod serves a pod's HTTP port: its proxy.
PROXY_URL = "https://{pod_id}-{port}.proxy.runpod.net"

GRAPHQL_DEPRECATION = (
    "RunPod spot pods go through RunPod's GraphQL API, which RunPod retires in early 2027; REST v2 has no spot pods."
)


def _api(name: str) -> Any:
    return importlib.import_module(f"gpupods_clients.runpod_v2.api.{name}")


def _models() -> Any:
    return importlib.import_module("gpupods_clients.runpod_v2.models")


def _data_centers(region: str, offer: GpuOffer) -> list[str]:
    """The offer's data centers inside ``region`` (a data center id, a country or a continent)."""
    from .. import regions

    inside = [d for d in offer.offer_id.get("data_centers") or () if regions.matches(region, d)]
    return inside or [region]


class RunPodBackend(Backend):
    name = "runpod"
    title = "RunPod"
    generated_package = "gpupods_clients.runpod_v2"
    capabilities = Capabilities(
        start_stop=True,
        restart=True,
        logs=True,
        spot=True,
        serverless=True,
        batch_status=False,
        notes=("spot pods use the deprecated GraphQL API (retired early 2027)",),
        ssh_keys="the pod's PUBLIC_KEY variable; account keys in /v2/account/ssh-keys",
    )
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

    def _extra_session(self) -> dict[str, Any]:
        return {"graphql": self.graphql, "async_graphql": self.async_graphql, "map_graphql_error": self.graphql_error}

    def _graphql_url(self) -> str:
        return self.config.base_url.rstrip("/") + "/graphql"

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

    def to_pod(self, raw: Any) -> Pod:
        status = str(raw.status)
        gpu = val(raw.gpu)
        gpu_id = gpu.id if gpu is not None else None
        model = gpus.from_runpod(gpu_id)
        ssh = None
        ssh_block = val(raw.ssh)
        direct = val(ssh_block.direct) if ssh_block is not None else None
        if direct is not None:
            ssh = SshInfo(host=direct.host, port=direct.port, user=direct.username)
        ports: list[PortMapping] = []
        runtime = val(raw.runtime)
        if runtime is not None:
            for port in val(runtime.ports) or []:
                private = val(port.private)
                if private is not None:
                    kind = str(val(port.type_) or "tcp")
                    url = PROXY_URL.format(pod_id=raw.id, port=private) if kind == "http" else None
                    ports.append(PortMapping(private, val(port.public), kind, val(port.ip), url))
        name, token = split_token(raw.name)
        return Pod(
            provider=self.name,
            id=raw.id,
            name=name,
            status=map_status(self.STATUS_MAP, status),
            provider_status=status,
            gpu=model.name if model else gpu_id,
            gpu_count=int(val(gpu.count) or 1) if gpu is not None else 0,
            image=raw.image,
            price_per_hour=float(raw.cost) if raw.cost is not None else None,
            created_at=as_datetime(raw.created_at),
            started_at=as_datetime(raw.started_at),
            ssh=ssh,
            ports=ports,
            region=val(raw.data_center_id),
            client_token=token,
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
        listing = yield Call(_api("account.list_account_ssh_keys"))
        return [self._ssh_key(line) for line in listing.keys if parses_as_key(line)]

    def _ssh_key(self, line: str) -> SshKey:
        key = PublicKey.parse(line)  # RunPod keeps bare lines: the fingerprint is the id
        return SshKey(self.name, key.fingerprint, key.comment, key, raw=line)

    def _replace_keys(self, lines: builtins.list[str]) -> Flow[None]:
        body = _models().UpdateSshKeysRequest.from_dict({"keys": lines})
        yield Call(_api("account.update_account_ssh_keys"), body=body, idempotent=True)
        return None

    def register_ssh_key(self, key: PublicKey, name: str) -> Flow[SshKey]:
        """RunPod replaces the whole list: read it, add the key (its comment is its name)."""
        listing = yield Call(_api("account.list_account_ssh_keys"))
        line = f"{key.type} {key.data} {key.comment or name}"
        yield from self._replace_keys([*listing.keys, line])
        return self._ssh_key(line)

    def unregister_ssh_key(self, key: SshKey) -> Flow[None]:
        listing = yield Call(_api("account.list_account_ssh_keys"))
        kept = [line for line in listing.keys if not (parses_as_key(line) and PublicKey.parse(line) == key.key)]
        yield from self._replace_keys(kept)
        return None

    # --- operations -----------------------------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[list[GpuOffer]]:
        count = query.count or 1
        listing = yield Call(_api("catalog.list_catalog_gpus"), include=["AVAILABILITY"], product=["POD"], count=count)
        spot_prices: dict[str, float] = {}
        if query.spot:
            spot_prices = yield from self._spot_prices(count)
        offers = []
        for gpu in listing.gpus:
            model = gpus.from_runpod(gpu.id)
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
                        offer_id={"gpu_id": gpu.id, "cloud": cloud, "data_centers": centers},
                        raw=gpu,
                        variant=gpus.variant_of(gpu.id, gpu.name),
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

    def list(self) -> Flow[list[Pod]]:
        listing = yield Call(_api("pod.list_pods"))
        return [self.to_pod(p) for p in listing.pods]

    def get(self, pod_id: str) -> Flow[Pod]:
        raw = yield Call(_api("pod.get_pod"), id=pod_id)
        return self.to_pod(raw)

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        if offer is None:
            raise InvalidPodSpec("gpu", "RunPod needs an offer (a GPU type from offers()) to create a pod")
        extras = dict(spec.extras.get("runpod", {}))
        if spec.spot:
            return (yield from self._create_spot(spec, offer, token, extras))
        body: dict[str, Any] = {
            "image": spec.image,
            "gpu": {"id": offer.gpu_provider_id, "count": spec.gpu_count},
            "cloud": offer.offer_id.get("cloud", "SECURE"),
            "disk": spec.disk_gb,
            "env": dict(spec.env),
            "ports": list(spec.ports),
        }
        if spec.volume_gb:
            body["mounts"] = {"persistent": {"size": spec.volume_gb, "path": spec.volume_mount_path}}
        if spec.region:
            body["dataCenterIds"] = _data_centers(spec.region, offer)
        body.update(extras)
        body["name"] = with_token(spec.name, token)
        request = _models().CreatePodRequest.from_dict(body)
        raw = yield Call(_api("pod.create_pod"), body=request)
        return Created(answer_id(raw.id), raw)

    def created_pod(self, created: Created, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Pod]:
        pod = yield from super().created_pod(created, spec, offer, token)
        pod.spot = pod.spot or spec.spot
        return pod

    def _create_spot(self, spec: PodSpec, offer: GpuOffer, token: str, extras: dict[str, Any]) -> Flow[Created]:
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
            "cloudType": offer.offer_id.get("cloud", "SECURE"),
            "containerDiskInGb": spec.disk_gb,
            "volumeInGb": spec.volume_gb or 0,
            "volumeMountPath": spec.volume_mount_path,
            "ports": ",".join(spec.ports),
            "env": [{"key": k, "value": v} for k, v in spec.env.items()],
            "startSsh": "22/tcp" in spec.ports,
        }
        if spec.region:
            fields["dataCenterId"] = _data_centers(spec.region, offer)[0]
        fields.update(extras)
        fields["name"] = with_token(spec.name, token)
        result = yield GraphQL("rent_interruptable_pod", {"input": inputs.PodRentInterruptableInput(**fields)})
        return Created(answer_id(result.pod_rent_interruptable.id))

    def _action(self, pod_id: str, action: str) -> Flow[Pod]:
        request = _models().PodActionRequest.from_dict({"action": action})
        raw = yield Call(_api("pod.run_pod_action"), id=pod_id, body=request)
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
        except (NotFoundError, ProviderError, ValidationError):
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
        yield Call(_api("pod.delete_pod"), id=pod_id)
        return None

    def logs(self, pod_id: str, tail: int = 100) -> Flow[builtins.list[str]]:
        import json

        text = yield Call(_api("pod.get_pod_logs"), id=pod_id, tail=tail)
        lines = []
        for row in str(text or "").splitlines():
            if row.startswith("data:"):
                payload = row[5:].strip()
                try:
                    lines.append(str(json.loads(payload).get("line", payload)))
                except ValueError:
                    lines.append(payload)
        return lines

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
