"""Prime Intellect: an aggregator of many clouds behind one API.

Pods cannot be stopped, started or restarted (the API has no such calls). A pod reports
ACTIVE while its image still installs, so gpupods maps ACTIVE to STARTING until the
installation has finished. The batch status call takes many pod ids, so waiting on many pods
costs one request per poll.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from .. import gpus
from .._flow import Call, Flow, Parallel
from .._http import ErrorBody, read_generic_error, text_of
from .._tokens import split_token, with_token
from ..errors import FieldError, GpupodsError, InvalidPodSpec, NotFoundError
from ..keys import PublicKey, SshKey
from ..models import SSH_PORT, Capabilities, GpuOffer, Pod, PodSpec, PodStatus, PortMapping, map_status
from ._base import Backend, Created, OfferQuery
from ._util import answer_id, as_datetime, parse_ssh, parses_as_key, stock_level, val

PAGE = 100

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


def _api(name: str) -> Any:
    return importlib.import_module(f"gpupods_clients.primeintellect.api.{name}")


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
    capabilities = Capabilities(
        start_stop=False,
        restart=False,
        logs=True,
        spot=False,
        serverless=False,
        batch_status=True,
        notes=("no stop/start/restart: terminate and create again", "images are environment names or custom templates"),
        ssh_keys="a key registered on the account (/api/v1/ssh_keys/), named by sshKeyId",
    )
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

    @classmethod
    def status_of(cls, status: str, installation: str | None, progress: int | None) -> PodStatus:
        """ACTIVE only counts as running once the image is installed."""
        mapped = map_status(cls.STATUS_MAP, status)
        if mapped is PodStatus.RUNNING and (
            installation not in (None, "FINISHED") or (progress is not None and progress < 100)
        ):
            return PodStatus.STARTING  # ACTIVE while the image still installs
        return mapped

    def to_pod(self, raw: Any) -> Pod:
        status = str(val(raw.status) or "UNKNOWN")
        installation = val(raw.installation_status)
        ssh_value = val(raw.ssh_connection)
        if isinstance(ssh_value, list):
            ssh_value = next((s for s in ssh_value if s), None)
        ports = []
        for mapping in val(raw.prime_port_mapping) or []:
            if str(mapping.internal).isdigit():
                external = str(mapping.external)
                ports.append(
                    PortMapping(
                        int(mapping.internal),
                        int(external) if external.isdigit() else None,
                        str(mapping.protocol).lower(),
                    )
                )
        name, token = split_token(raw.name)
        gpu_type = str(raw.gpu_name)
        model = gpus.from_prime(gpu_type)
        return Pod(
            provider=self.name,
            id=val(raw.id) or "",
            name=name,
            status=self.status_of(status, str(installation) if installation else None, val(raw.installation_progress)),
            provider_status=status,
            gpu=model.name if model else gpu_type,
            gpu_count=raw.gpu_count,
            image=str(val(raw.environment_type) or "") or None,
            price_per_hour=float(raw.price_hr),
            created_at=as_datetime(raw.created_at),
            ssh=parse_ssh(ssh_value) if status == "ACTIVE" else None,
            ports=ports,
            spot=bool(val(raw.is_spot)),
            client_token=token,
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
            page = yield Call(_api("ssh_key.list_ssh_keys"), offset=offset, limit=PAGE)
            keys.extend(self._ssh_key(item) for item in page.data if parses_as_key(item.public_key))
            offset += len(page.data)
            total = val(page.total_count)
            if not page.data or total is None or offset >= total:
                return keys

    def _ssh_key(self, raw: Any) -> SshKey:
        return SshKey(self.name, str(raw.id), str(raw.name), PublicKey.parse(raw.public_key), raw=raw)

    def register_ssh_key(self, key: PublicKey, name: str) -> Flow[SshKey]:
        models = importlib.import_module("gpupods_clients.primeintellect.models")
        body = models.APISSHKeyUploadRequestConfig.from_dict({"name": name, "publicKey": key.line})
        raw = yield Call(_api("ssh_key.create_ssh_key"), body=body)
        return self._ssh_key(raw)

    def unregister_ssh_key(self, key: SshKey) -> Flow[None]:
        yield Call(_api("ssh_key.delete_ssh_key"), key_id=key.id, idempotent=True)
        return None

    # --- operations -----------------------------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[list[GpuOffer]]:
        kwargs: dict[str, Any] = {"page_size": PAGE}
        model = gpus.by_name(query.gpu) if query.gpu else None
        if model is not None and model.prime_types and gpus._squash(query.gpu or "") == gpus._squash(model.name):
            kwargs["gpu_type"] = model.prime_types[0]
        if query.count:
            kwargs["gpu_count"] = query.count
        items: list[Any] = []
        page = 1
        while True:
            result = yield Call(_api("availability.list_availability_gpus"), page=page, **kwargs)
            items.extend(result.items)
            if len(items) >= result.total_count or not result.items:
                break
            page += 1
        offers = []
        for item in items:
            gpu_type = str(item.gpu_type)
            known = gpus.from_prime(gpu_type)
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
                    offer_id={
                        "cloud_id": item.cloud_id,
                        "gpu_type": gpu_type,
                        "socket": str(item.socket),
                        "provider": str(item.provider),
                        "data_center": val(item.data_center),
                    },
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
            page = yield Call(_api("pod.list_pods"), offset=offset, limit=PAGE)
            pods.extend(self.to_pod(p) for p in page.data)
            offset += len(page.data)
            total = val(page.total_count)
            if not page.data or total is None or offset >= total:
                return pods

    def get(self, pod_id: str) -> Flow[Pod]:
        raw = yield Call(_api("pod.get_pod"), pod_id=pod_id)
        return self.to_pod(raw)

    def get_many(self, pod_ids: Sequence[str]) -> Flow[builtins.list[Pod | GpupodsError]]:
        """One batch status call for all pods; full details only for those that are ready."""
        result = yield Call(_api("pod.get_pod_status"), pod_ids=list(pod_ids))
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

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        if offer is None:
            raise InvalidPodSpec("gpu", "Prime Intellect needs an offer (from offers()) to create a pod")
        extras = dict(spec.extras.get("primeintellect", {}))
        template = extras.pop("customTemplateId", None)
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
        ids = offer.offer_id
        pod: dict[str, Any] = {
            "name": with_token(spec.name, token),
            "cloudId": ids["cloud_id"],
            "gpuType": ids["gpu_type"],
            "socket": ids["socket"],
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
        if ids.get("data_center"):
            pod["dataCenterId"] = ids["data_center"]
        pod.update(extras)
        pod["name"] = with_token(spec.name, token)
        body_cls = importlib.import_module("gpupods_clients.primeintellect.models").BodyCreatePodApiV1PodsPost
        body = body_cls.from_dict({"pod": pod, "provider": {"type": ids["provider"]}})
        raw = yield Call(_api("pod.create_pod"), body=body)
        return Created(answer_id(raw.id), raw)

    def terminate(self, pod_id: str) -> Flow[None]:
        yield Call(_api("pod.delete_pod"), pod_id=pod_id)
        return None

    def logs(self, pod_id: str, tail: int = 100) -> Flow[builtins.list[str]]:
        data = yield Call(_api("pod.get_pod_log"), pod_id=pod_id, tail=tail)
        if isinstance(data, list):
            return [str(line) for line in data]
        if isinstance(data, str):
            return data.splitlines()
        logs = data.get("logs") if isinstance(data, dict) else None
        return [str(line) for line in logs] if isinstance(logs, list) else [str(data)]
