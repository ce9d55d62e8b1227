"""Prime Intellect: an aggregator of many clouds behind one API.

Pods cannot be stopped, started or restarted (the API has no such calls). A pod reports
ACTIVE while its image still installs, so gpupods maps ACTIVE to STARTING until the
installation has finished. The batch status call takes many pod ids, so waiting on many pods
costs one request per poll.
"""

from __future__ import annotations

import builtins
import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar, ParamSpec, TypeVar

from gpupods_clients.primeintellect.api.availability import list_availability_disks, list_availability_gpus
from gpupods_clients.primeintellect.api.billing import get_billing_wallet
from gpupods_clients.primeintellect.api.disk import create_disk, delete_disk, get_disk, list_disks
from gpupods_clients.primeintellect.api.pod import (
    create_pod,
    delete_pod,
    get_pod,
    get_pod_log,
    get_pod_status,
    list_pods,
)
from gpupods_clients.primeintellect.api.ssh_key import create_ssh_key, delete_ssh_key, list_ssh_keys
from gpupods_clients.primeintellect.models import (
    APIPodConfig,
    APISSHKeyUploadRequestConfig,
    BodyCreateDiskApiV1DisksPost,
    BodyCreatePodApiV1PodsPost,
    ErrorResponse,
    HTTPErrorDetail,
)

from .. import gpus
from .._flow import Endpoint, Flow, Parallel, call_json, request
from .._http import ErrorBody, read_generic_error, text_of
from ..errors import FieldError, GpupodsError, InvalidPodSpec, InvalidVolumeSpec, NotFoundError
from ..keys import PublicKey, SshKey
from ..models import (
    SSH_PORT,
    Account,
    Billing,
    Capabilities,
    GpuOffer,
    OfferKey,
    Pod,
    PodSpec,
    PodStatus,
    PortMapping,
    Volume,
    VolumeAttachment,
    VolumeSpec,
    VolumeStatus,
    map_status,
)
from ..pricing import per_gb_month
from ._base import Backend, Created, OfferQuery, key_of
from ._util import answer_id, as_datetime, parse_ssh, parses_as_key, stock_level, val

PAGE = 100
PRIME_BILLING_NOTE = (
    "Prime Intellect reports each resource's whole amount, not per period: "
    "a resource billed since --since counts with what it cost before"
)

#: The environment images Prime Intellect runs directly (PodSpec.image may name one).
ENVIRONMENTS = frozenset(
    {
        "ubuntu_22_cuda_12",
        "cuda_12_1_pytorch_2_2",
        "cuda_11_8_pytorch_2_1",
        "cuda_12_1_pytorch_2_3",
        "cuda_12_1_pytorch_2_4",
        "cuda_12_4_pytorch_2_4",
        "cuda_12_4_pytorch_2_5",
        "cuda_12_4_pytorch_2_6",
        "cuda_12_6_pytorch_2_7",
        "stable_diffusion",
        "axolotl",
        "bittensor",
        "hivemind",
        "petals_llama",
        "vllm_llama_8b",
        "vllm_llama_70b",
        "vllm_llama_405b",
        "flux",
        "prime_rl",
    }
)


#: Prime Intellect's GPU types (its ``GPUType`` values) that the catalogue has: gpupods' names
#: are Prime Intellect's spelling, so each type is its own catalogue name.
GPU_TYPES: tuple[str, ...] = (
    "B300_262GB",
    "B200_180GB",
    "GB200",
    "H200_141GB",
    "H200_96GB",
    "GH200_96GB",
    "H100_80GB",
    "A100_80GB",
    "A100_40GB",
    "RTX_PRO_6000B_96GB",
    "L40S_48GB",
    "L40_48GB",
    "A40_48GB",
    "A6000_48GB",
    "RTX6000Ada_48GB",
    "RTX8000_48GB",
    "RTX5090_32GB",
    "RTX5000Ada_32GB",
    "V100_32GB",
    "RTX4090_24GB",
    "RTX3090_24GB",
    "RTX3090Ti_24GB",
    "A5000_24GB",
    "A30_24GB",
    "A10_24GB",
    "L4_24GB",
    "RTX6000_24GB",
    "A4500_20GB",
    "RTX4000Ada_20GB",
    "RTX4080_16GB",
    "A4000_16GB",
    "RTX2000Ada_16GB",
    "V100_16GB",
    "T4_16GB",
    "RTX4070Ti_12GB",
    "RTX3080Ti_12GB",
    "RTX3080_10GB",
    "RTX3070_8GB",
    "A2000_6GB",
)


@dataclasses.dataclass(frozen=True)
class PrimeIntellectOfferKey(OfferKey):
    """A Prime Intellect offer: one of the clouds it brokers (``provider``, ``cloud_id``), a GPU
    type and socket, and the data center when the offer names one."""

    cloud_id: str
    gpu_type: str
    socket: str
    provider: str
    data_center: str | None = None


P = ParamSpec("P")
R = TypeVar("R")

#: A Prime Intellect operation module; its error answers are raised by the transport, and its
#: parser's ``None`` (an undocumented status) never reaches a flow either.
Operation = Endpoint[P, R, ErrorResponse | HTTPErrorDetail | None]


def call(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Flow[R]:
    """One request, its arguments checked against the generated operation, its answer typed."""
    return request(operation, args, kwargs)


def call_idempotent(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Flow[R]:
    """``call`` for a request that is safe to repeat, which the transport may retry."""
    return request(operation, args, kwargs, idempotent=True)


def _amount(spec: Any) -> int | None:
    """The size an offer comes with (its default, else its minimum) from a ``CustomSpecValue``."""
    spec = val(spec)
    if spec is None:
        return None
    amount = val(spec.default_count)
    amount = val(spec.min_count) if amount is None else amount
    return int(amount) if amount is not None else None


class PrimeIntellectBackend(Backend):
    name = "primeintellect"
    title = "Prime Intellect"
    generated_package = "gpupods_clients.primeintellect"
    pod_model = APIPodConfig
    capabilities = Capabilities(
        start_stop=False,
        restart=False,
        logs=True,
        spot=False,
        serverless=False,
        batch_status=True,
        notes=(
            "no stop/start/restart: terminate and create again",
            "images are environment names or custom templates",
            "disks: bound to one data center of one underlying provider, mounted where Prime Intellect chooses",
            "no rename: leases cannot be extended",
        ),
        volumes=True,
        volume_resize=False,
        volume_paths=False,
        max_volumes=16,
        billing=True,
        balance=True,
        ssh_keys="a key registered on the account (/api/v1/ssh_keys/), named by sshKeyId",
    )
    gpu_ids = gpus.GpuIds({gpu_type: gpu_type for gpu_type in GPU_TYPES})
    offer_key = PrimeIntellectOfferKey
    STATUS_MAP: ClassVar[Mapping[str, PodStatus]] = {
        "PROVISIONING": PodStatus.PROVISIONING,
        "PENDING": PodStatus.PENDING,
        "ACTIVE": PodStatus.RUNNING,
        "STOPPED": PodStatus.STOPPED,
        "ERROR": PodStatus.ERROR,
        "DELETING": PodStatus.TERMINATING,
        "TERMINATED": PodStatus.TERMINATED,
        "UNKNOWN": PodStatus.UNKNOWN,
    }

    def read_error(self, body: Any, reason: str) -> ErrorBody:
        """``{"detail": "..."}``; on 422 the spec's ``{"errors": [{param, details}]}`` or, as the
        service answers in practice, FastAPI's ``{"detail": [{loc, msg}]}``: both are read."""
        if not isinstance(body, dict):
            return read_generic_error(body, reason)
        fields: list[FieldError] = []
        for item in body.get("errors") or []:
            if isinstance(item, dict):
                fields.append(FieldError(str(item.get("param") or "request"), str(item.get("details") or item)))
        detail = body.get("detail")
        if isinstance(detail, list):
            for item in detail:
                if isinstance(item, dict):
                    where = ".".join(str(p) for p in item.get("loc") or [] if p != "body") or "request"
                    fields.append(FieldError(where, str(item.get("msg"))))
        message = text_of(body, "detail", "message", "error") or ("; ".join(map(str, fields[:3])) or reason)
        return ErrorBody(message, tuple(fields))

    #: Disk statuses (the pods' enum) as volume statuses.
    VOLUME_STATUS_MAP: ClassVar[Mapping[str, VolumeStatus]] = {
        "PROVISIONING": VolumeStatus.CREATING,
        "PENDING": VolumeStatus.CREATING,
        "ACTIVE": VolumeStatus.READY,
        "STOPPED": VolumeStatus.READY,
        "ERROR": VolumeStatus.ERROR,
        "DELETING": VolumeStatus.DELETING,
        "TERMINATED": VolumeStatus.DELETED,
        "UNKNOWN": VolumeStatus.UNKNOWN,
    }

    @classmethod
    def status_of(cls, status: str, installation: str | None, progress: int | None) -> PodStatus:
        """ACTIVE only counts as running once the image is installed."""
        mapped = map_status(cls.STATUS_MAP, status)
        if mapped is PodStatus.RUNNING and (
            installation not in (None, "FINISHED") or (progress is not None and progress < 100)
        ):
            return PodStatus.STARTING  # ACTIVE while the image still installs
        return mapped

    def pod_from_json(self, data: Mapping[str, Any], raw: Any) -> Pod:
        status = str(data.get("status") or "UNKNOWN")
        installation = data.get("installationStatus")
        ssh_value = data.get("sshConnection")
        if isinstance(ssh_value, list):
            ssh_value = next((s for s in ssh_value if s), None)
        ports = []
        for mapping in data.get("primePortMapping") or ():
            internal = str(mapping["internal"])
            if internal.isdigit():
                external = str(mapping["external"])
                ports.append(
                    PortMapping(
                        int(internal),
                        int(external) if external.isdigit() else None,
                        str(mapping["protocol"]).lower(),
                    )
                )
        gpu_type = str(data["gpuName"])
        model = self.gpu_model(gpu_type)
        stopped = data.get("stoppedPriceHr")
        return Pod(
            provider=self.name,
            id=data.get("id") or "",
            status=self.status_of(
                status, str(installation) if installation else None, data.get("installationProgress")
            ),
            provider_status=status,
            gpu=model.name if model else gpu_type,
            gpu_count=data["gpuCount"],
            image=str(data.get("environmentType") or "") or None,
            price_per_hour=float(data["priceHr"]),
            created_at=as_datetime(data.get("createdAt")),
            ssh=parse_ssh(ssh_value) if status == "ACTIVE" else None,
            ports=ports,
            spot=bool(data.get("isSpot")),
            stopped_price_per_hour=float(stopped) if stopped is not None else None,
            volumes=[
                VolumeAttachment(str(r["id"]), r.get("mountPath"))
                for r in data.get("attachedResources") or ()
                if str(r["resourceType"]) == "DISK"
            ],
            raw=raw,
            **self.naming(data["name"]),
        )

    def to_volume(self, raw: Any) -> Volume:
        info = val(raw.info)
        where = info.additional_properties if info is not None else {}
        status = str(val(raw.status) or "UNKNOWN")
        size = int(val(raw.size) or 0)
        price = val(raw.price_hr)
        return Volume(
            provider=self.name,
            id=str(val(raw.id) or ""),
            name=raw.name,
            size_gb=size,
            region=where.get("dataCenterId") or where.get("country"),
            type=str(raw.provider_type),  # the provider Prime Intellect keeps it at
            status=self.VOLUME_STATUS_MAP.get(status, VolumeStatus.UNKNOWN),
            provider_status=status,
            price_per_gb_month=round(rate, 6) if price is not None and (rate := per_gb_month(price, size)) else None,
            attached_pods=tuple(val(raw.pods) or ()),
            created_at=as_datetime(raw.created_at),
            raw=raw,
        )

    def _status_pod(self, row: Any) -> Pod:
        """A partial Pod from the batch status call (enough to wait on)."""
        status = str(row.status)
        ssh_value = val(row.ssh_connection)
        if isinstance(ssh_value, list):
            ssh_value = next((s for s in ssh_value if s), None)
        installation = val(row.installation_status)
        return Pod(
            provider=self.name,
            id=row.pod_id,
            name="",
            provider_status=status,
            status=self.status_of(status, str(installation) if installation else None, val(row.installation_progress)),
            gpu=None,
            gpu_count=0,
            image=None,
            price_per_hour=None,
            ssh=parse_ssh(ssh_value) if status == "ACTIVE" else None,
            raw=row,
        )

    # --- SSH keys -------------------------------------------------------------------------------------

    def with_ssh_keys(self, spec: PodSpec, keys: Sequence[PublicKey]) -> Flow[PodSpec]:
        """Each key is registered on the account once (found by fingerprint first); the pod
        gets the first one (``sshKeyId``: Prime Intellect installs one key per pod). A spec
        whose extras name an ``sshKeyId`` keeps it."""
        if not keys or "sshKeyId" in spec.extras.get(self.name, {}):
            return spec
        registered = []
        for key in keys:
            registered.append((yield from self.ensure_ssh_key(key)))
        extras = {**spec.extras, self.name: {**spec.extras.get(self.name, {}), "sshKeyId": registered[0].id}}
        return dataclasses.replace(spec, extras=extras)

    def account_ssh_keys(self) -> Flow[builtins.list[SshKey]]:
        keys: list[SshKey] = []
        offset = 0
        while True:
            page = yield from call(list_ssh_keys, offset=offset, limit=PAGE)
            keys.extend(self._ssh_key(item) for item in page.data if parses_as_key(item.public_key))
            offset += len(page.data)
            total = val(page.total_count)
            if not page.data or total is None or offset >= total:
                return keys

    def _ssh_key(self, raw: Any) -> SshKey:
        return SshKey(self.name, str(raw.id), str(raw.name), PublicKey.parse(raw.public_key), raw=raw)

    def register_ssh_key(self, key: PublicKey, name: str) -> Flow[SshKey]:
        body = APISSHKeyUploadRequestConfig.from_dict({"name": name, "publicKey": key.line})
        raw = yield from call(create_ssh_key, body=body)
        return self._ssh_key(raw)

    def unregister_ssh_key(self, key: SshKey) -> Flow[None]:
        yield from call_idempotent(delete_ssh_key, key_id=key.id)
        return None

    # --- operations -----------------------------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[list[GpuOffer]]:
        kwargs: dict[str, Any] = {"page_size": PAGE}
        model = gpus.by_name(query.gpu) if query.gpu else None
        types = self.gpu_ids.ids_of(model) if model is not None else []
        if model is not None and types and gpus.squash(query.gpu or "") == gpus.squash(model.name):
            kwargs["gpu_type"] = types[0]
        if query.count:
            kwargs["gpu_count"] = query.count
        items: list[Any] = []
        page = 1
        while True:
            result = yield from call(list_availability_gpus, page=page, **kwargs)
            items.extend(result.items)
            if len(items) >= result.total_count or not result.items:
                break
            page += 1
        offers = []
        for item in items:
            gpu_type = str(item.gpu_type)
            known = self.gpu_model(gpu_type)
            if query.gpu and not gpus.matches(query.gpu, known, gpu_type):
                continue
            prices = item.prices
            on_demand = val(prices.on_demand)
            if on_demand is None:
                on_demand = val(prices.community_price)
            region = val(item.region)
            offers.append(
                GpuOffer(
                    provider=self.name,
                    gpu=known.name if known else gpu_type,
                    gpu_provider_id=gpu_type,
                    memory_gb=item.gpu_memory,
                    count=item.gpu_count,
                    price_per_hour=float(on_demand) if on_demand is not None else None,
                    spot_price_per_hour=None,
                    region=str(region) if region else None,
                    stock=stock_level(str(val(item.stock_status) or "")),
                    socket=str(item.socket),
                    offer_id=PrimeIntellectOfferKey(
                        cloud_id=item.cloud_id,
                        gpu_type=gpu_type,
                        socket=str(item.socket),
                        provider=str(item.provider),
                        data_center=val(item.data_center),
                    ),
                    raw=item,
                    variant=gpus.variant_of(str(item.socket)),
                    vcpus=_amount(item.vcpu),
                    ram_gb=_amount(item.memory),
                    disk_gb=_amount(item.disk),
                    regions=tuple(str(r) for r in (region, val(item.data_center)) if r),
                )
            )
        return offers

    def list(self) -> Flow[list[Pod]]:
        pods: list[Pod] = []
        offset = 0
        while True:
            page = yield from call_json(list_pods, offset=offset, limit=PAGE)
            rows = page["data"]
            pods.extend(self.to_pod(p) for p in rows)
            offset += len(rows)
            total = page.get("total_count")
            if not rows or total is None or offset >= total:
                return pods

    def get(self, pod_id: str) -> Flow[Pod]:
        return self.to_pod((yield from call_json(get_pod, pod_id=pod_id)))

    def get_many(self, pod_ids: Sequence[str]) -> Flow[builtins.list[Pod | GpupodsError]]:
        """One batch status call for all pods; full details only for those that are ready."""
        result = yield from call(get_pod_status, pod_ids=list(pod_ids))
        rows = {row.pod_id: self._status_pod(row) for row in (val(result.data) or [])}
        ready = [pid for pid, pod in rows.items() if pod.status is PodStatus.RUNNING and pod.ssh is not None]
        full = yield Parallel([self.get(pid) for pid in ready])
        for pid, pod in zip(ready, full, strict=True):
            if isinstance(pod, Pod):
                rows[pid] = pod
        return [
            rows.get(pid)
            or NotFoundError(f"pod {pid} not found", provider=self.name, provider_title=self.title, status_code=404)
            for pid in pod_ids
        ]

    def check_spec(self, spec: PodSpec, offer: GpuOffer | None) -> None:
        self._image_and_offer(spec, offer)

    def _image_and_offer(self, spec: PodSpec, offer: GpuOffer | None) -> tuple[str, GpuOffer]:
        """The image field of the create and the offer, or ``InvalidPodSpec`` for what Prime
        Intellect cannot run."""
        if offer is None:
            raise InvalidPodSpec("gpu", "Prime Intellect needs an offer (from offers()) to create a pod")
        template = spec.extras.get("primeintellect", {}).get("customTemplateId")
        if spec.image in ENVIRONMENTS:
            image = spec.image
        elif template:
            image = "custom_template"
        else:
            raise InvalidPodSpec(
                "image",
                f"Prime Intellect cannot run {spec.image!r}: it runs its own environment "
                "images (e.g. 'ubuntu_22_cuda_12', 'cuda_12_4_pytorch_2_5') or a custom "
                "template made beforehand in its web console (customTemplateId); its API "
                "has no call that makes a template from a container image",
            )
        other_ports = [port for port in spec.ports if port != SSH_PORT]
        if other_ports:
            raise InvalidPodSpec(
                "ports",
                f"Prime Intellect cannot open {', '.join(other_ports)}: its API has no ports (a pod gets SSH "
                "and what its environment image opens)",
            )
        return image, offer

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        image, offer = self._image_and_offer(spec, offer)
        extras = dict(spec.extras.get("primeintellect", {}))
        template = extras.pop("customTemplateId", None)
        key = key_of(offer, PrimeIntellectOfferKey)
        pod: dict[str, Any] = {
            "name": self.pod_name(spec, token),
            "cloudId": key.cloud_id,
            "gpuType": key.gpu_type,
            "socket": key.socket,
            "gpuCount": offer.count,
            "diskSize": spec.disk_gb,
            "image": image,
        }
        if template:
            pod["customTemplateId"] = template
        if spec.max_price is not None:
            pod["maxPrice"] = spec.max_price
        if spec.env:
            pod["envVars"] = [{"key": k, "value": v} for k, v in spec.env.items()]
        if key.data_center:
            pod["dataCenterId"] = key.data_center
        pod.update(extras)
        pod["name"] = self.pod_name(spec, token)
        request: dict[str, Any] = {"pod": pod, "provider": {"type": key.provider}}
        disks = self.mounts(spec)
        if disks:
            request["disks"] = [disk.id for disk, _ in disks]
        body = BodyCreatePodApiV1PodsPost.from_dict(request)
        raw = yield from call(create_pod, body=body)
        return Created(answer_id(raw.id), raw)

    def terminate(self, pod_id: str) -> Flow[None]:
        yield from call(delete_pod, pod_id=pod_id)
        return None

    # --- disks ---------------------------------------------------------------------------------------
    # A disk lives in one data center of one of the providers Prime Intellect brokers, so its
    # place is "provider/data center", the same key an offer has.

    def volume_place(self, volume: Volume) -> str:
        return f"{volume.type}/{volume.region}"

    def offer_places(self, offer: GpuOffer) -> tuple[str, ...]:
        key = offer.offer_id
        if isinstance(key, PrimeIntellectOfferKey) and key.data_center:
            return (f"{key.provider}/{key.data_center}",)
        return ()

    def at_place(self, offer: GpuOffer, volume: Volume) -> GpuOffer:
        return dataclasses.replace(offer, region=volume.region)

    def list_volumes(self) -> Flow[builtins.list[Volume]]:
        volumes: list[Volume] = []
        offset = 0
        while True:
            page = yield from call(list_disks, offset=offset, limit=PAGE)
            volumes.extend(self.to_volume(d) for d in page.data)
            offset += len(page.data)
            total = val(page.total_count)
            if not page.data or total is None or offset >= total:
                return [v for v in volumes if v.status is not VolumeStatus.DELETED]

    def get_volume(self, volume_id: str) -> Flow[Volume]:
        return self.to_volume((yield from call(get_disk, disk_id=volume_id)))

    def _disk_places(self) -> Flow[builtins.list[Any]]:
        rows: list[Any] = []
        page = 1
        while True:
            result = yield from call(list_availability_disks, page=page, page_size=PAGE)
            rows.extend(result.items)
            if len(rows) >= result.total_count or not result.items:
                return rows
            page += 1

    def volume_regions(self) -> Flow[builtins.list[str]]:
        rows = yield from self._disk_places()
        return sorted({str(val(r.data_center)) for r in rows if val(r.data_center)})

    def create_volume(self, spec: VolumeSpec) -> Flow[Volume]:
        """A disk in the data center ``spec.region``, at the provider ``spec.type`` (one of
        those Prime Intellect brokers), else at the first that offers disks there."""
        if spec.size_gb is None:
            raise InvalidVolumeSpec("size_gb", "Prime Intellect disks need a size in GB")
        provider, center = spec.type or "", spec.region
        rows = [
            r
            for r in (yield from self._disk_places())
            if str(val(r.data_center) or "").lower() == center.lower() and (not provider or str(r.provider) == provider)
        ]
        if not rows:
            raise InvalidVolumeSpec("region", f"Prime Intellect offers no disks in {spec.region!r}")
        row = rows[0]
        limits = val(row.spec)
        low, high = (val(limits.min_count), val(limits.max_count)) if limits is not None else (None, None)
        if (low is not None and spec.size_gb < low) or (high is not None and spec.size_gb > high):
            raise InvalidVolumeSpec("size_gb", f"Prime Intellect disks in {spec.region} have {low} to {high} GB")
        disk: dict[str, Any] = {"size": spec.size_gb, "name": spec.name, "dataCenterId": val(row.data_center)}
        if val(row.cloud_id):
            disk["cloudId"] = val(row.cloud_id)
        body = BodyCreateDiskApiV1DisksPost.from_dict({"disk": disk, "provider": {"type": str(row.provider)}})
        raw = yield from call(create_disk, body=body)
        return self.to_volume(raw)

    def delete_volume(self, volume_id: str) -> Flow[None]:
        yield from call(delete_disk, disk_id=volume_id)
        return None

    def _wallet_rows(self) -> Flow[tuple[Any, builtins.list[Any]]]:
        """The wallet and every one of its billing rows (pages of 100)."""
        rows: builtins.list[Any] = []
        while True:
            wallet = yield from call(get_billing_wallet, limit=PAGE, offset=len(rows))
            page = list(wallet.recent_billings)
            rows.extend(page)
            if not page or len(rows) >= wallet.total_billings:
                return wallet, rows

    def billing(self, since: float | None, until: float) -> Flow[Billing]:
        """The wallet's billing rows: one per resource, each with its whole amount so far."""
        _, rows = yield from self._wallet_rows()
        total, by_pod = 0.0, dict[str, float]()
        for row in rows:
            last = val(row.last_billed_at) or row.updated_at
            if since is not None and last.timestamp() < since:
                continue
            amount = float(row.amount_usd)
            total += amount
            resource = val(row.resource_id)
            if resource:
                by_pod[str(resource)] = by_pod.get(str(resource), 0.0) + amount
        return Billing(
            provider=self.name,
            since=datetime.fromtimestamp(since, UTC) if since is not None else None,
            until=datetime.fromtimestamp(until, UTC),
            total=round(total, 6),
            by_pod=by_pod,
            notes=(PRIME_BILLING_NOTE,),
        )

    def account(self) -> Flow[Account]:
        wallet = yield from call(get_billing_wallet, limit=1)
        return Account(provider=self.name, balance=float(wallet.balance_usd))

    def logs(self, pod_id: str, tail: int = 100) -> Flow[builtins.list[str]]:
        data = yield from call(get_pod_log, pod_id=pod_id, tail=tail)
        if isinstance(data, list):
            return [str(line) for line in data]
        if isinstance(data, str):
            return data.splitlines()
        logs = data.get("logs") if isinstance(data, dict) else None
        return [str(line) for line in logs] if isinstance(logs, list) else [str(data)]
