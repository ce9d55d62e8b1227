"""Novita: GPU instances through an RPC-style API (reads are GET with query ids, every change
is a POST with the id in the body). Prices are integers of 1/100000 USD per GPU-hour. Spot
instances report their reclaim state in ``spotStatus``, which gpupods keeps on ``Pod``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

from .. import gpus
from .._flow import Call, Flow
from .._http import ErrorBody, read_generic_error, text_of
from .._tokens import split_token, with_token
from ..errors import FieldError, GpupodsError, InvalidPodSpec
from ..keys import PublicKey
from ..models import Capabilities, GpuOffer, Pod, PodSpec, PodStatus, PortMapping, map_status
from ._base import Backend, Created, OfferQuery
from ._util import answer_id, as_datetime, parse_ssh, public_keys_in, stock_level, val, with_public_keys

log = logging.getLogger("gpupods")

PRICE_UNIT = 100_000  # Novita prices are integers of 1/100000 USD
PAGE = 100


def _api(name: str) -> Any:
    return importlib.import_module(f"gpupods_clients.novita.api.{name}")


def _model(name: str) -> Any:
    return getattr(importlib.import_module("gpupods_clients.novita.models"), name)


def usd(price: Any) -> float | None:
    """A Novita price (an integer, or a numeric string) in USD."""
    price = val(price)
    if price is None or price == "":
        return None
    try:
        return float(price) / PRICE_UNIT
    except (TypeError, ValueError):
        return None


def _time(value: Any) -> datetime | None:
    """A time Novita gives as unix seconds (a string or a number) or as ISO 8601."""
    if value is None or value == "":
        return None
    text = str(value)
    if text.replace(".", "", 1).isdigit():
        return datetime.fromtimestamp(float(text), UTC) if float(text) > 0 else None
    return as_datetime(text)


class NovitaBackend(Backend):
    name = "novita"
    title = "Novita"
    generated_package = "gpupods_clients.novita"
    capabilities = Capabilities(
        start_stop=True,
        restart=True,
        logs=False,
        spot=True,
        serverless=False,
        batch_status=False,
        notes=("logs are URLs in the instance's connect blocks, not lines",),
        ssh_keys="no key API: gpupods adds the key over the first root-password login",
    )
    STATUS_MAP: ClassVar[Mapping[str, PodStatus]] = {
        "pending": PodStatus.PENDING,
        "toCreate": PodStatus.PENDING,
        "creating": PodStatus.PROVISIONING,
        "pulling": PodStatus.PROVISIONING,
        "toStart": PodStatus.STARTING,
        "starting": PodStatus.STARTING,
        "toRestart": PodStatus.STARTING,
        "restarting": PodStatus.STARTING,
        "toReset": PodStatus.STARTING,
        "resetting": PodStatus.STARTING,
        "migrating": PodStatus.STARTING,
        "running": PodStatus.RUNNING,
        "toStop": PodStatus.STOPPING,
        "stopping": PodStatus.STOPPING,
        "exited": PodStatus.STOPPED,
        "toRemove": PodStatus.TERMINATING,
        "removing": PodStatus.TERMINATING,
        "removed": PodStatus.TERMINATED,
        "freezing": PodStatus.ERROR,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._prices: dict[str, float] = {}  # productId -> USD per GPU-hour, learned from the products
        self._spot_prices: dict[str, float] = {}

    def read_error(self, body: Any, reason: str) -> ErrorBody:
        """``{"message", "details": {field: text}}``; some Novita services say ``error`` or
        ``reason`` instead of ``message``."""
        if not isinstance(body, dict):
            return read_generic_error(body, reason)
        details = body.get("details")
        fields = tuple(FieldError(str(k), str(v)) for k, v in details.items()) if isinstance(details, dict) else ()
        return ErrorBody(text_of(body, "message", "error", "reason", "title") or reason, fields)

    def to_pod(self, raw: Any) -> Pod:
        status = str(raw.status)
        error = val(raw.status_error)
        mapped = map_status(self.STATUS_MAP, status)
        if error is not None and val(error.message) and mapped in (PodStatus.STOPPED, PodStatus.UNKNOWN):
            mapped = PodStatus.ERROR
        ssh = None
        block = val(getattr(raw, "connect_component_ssh", None))
        if block is not None and mapped is PodStatus.RUNNING:
            ssh = parse_ssh(val(block.ssh_command), password=val(block.password))
        ports = []
        for mapping in val(raw.port_mappings) or []:
            port = val(mapping.port)
            endpoint = str(val(mapping.endpoint) or "")
            public = endpoint.rsplit(":", 1)[-1]
            if port is not None:
                kind = str(val(mapping.type_) or "tcp")
                host = endpoint.rsplit(":", 1)[0] or None
                url = f"http://{endpoint}" if kind == "http" and host and public.isdigit() else None
                ports.append(PortMapping(int(port), int(public) if public.isdigit() else None, kind, host, url))
        if ssh is None and mapped is PodStatus.RUNNING:
            ssh_port = next((p for p in ports if p.private == 22 and p.public), None)
            if ssh_port is not None and ssh_port.host:
                ssh = parse_ssh(f"root@{ssh_port.host} -p {ssh_port.public}")
        name, token = split_token(raw.name)
        gpu_num = int(str(raw.gpu_num)) if str(raw.gpu_num).isdigit() else 0
        spot = str(raw.billing_mode) == "spot"
        per_gpu = (self._spot_prices if spot else self._prices).get(str(raw.product_id))
        extra = getattr(raw, "additional_properties", None) or {}
        model = gpus.from_novita(raw.product_name)
        spot_status = val(raw.spot_status)
        return Pod(
            provider=self.name,
            id=raw.id,
            name=name,
            status=mapped,
            provider_status=status,
            gpu=model.name if model else raw.product_name,
            gpu_count=gpu_num,
            image=raw.image_url,
            price_per_hour=round(per_gpu * gpu_num, 5) if per_gpu is not None else None,
            created_at=_time(extra.get("createdAt")),
            started_at=_time(extra.get("lastStartedAt")),
            ssh=ssh,
            ports=ports,
            spot=spot,
            spot_status=str(spot_status) if spot_status else None,
            region=raw.cluster_id,
            client_token=token,
            raw=raw,
        )

    # --- SSH keys -------------------------------------------------------------------------------------

    def with_ssh_keys(self, spec: PodSpec, keys: Sequence[PublicKey]) -> Flow[PodSpec]:
        """Novita has no key API: the keys are kept in the instance's ``PUBLIC_KEY`` variable
        (images that read it install them; any gpupods process can read them back), and
        gpupods adds them over the root-password login (``ssh_keys_to_install``)."""
        if not keys:
            return spec
        yield from ()
        return with_public_keys(spec, keys)

    def ssh_keys_to_install(self, pod: Pod) -> tuple[PublicKey, ...]:
        """The keys in the instance's ``PUBLIC_KEY`` variable, to add over its password login."""
        envs = val(getattr(pod.raw, "envs", None)) or []
        return public_keys_in({str(val(e.key)): str(val(e.value) or "") for e in envs if val(e.key)})

    # --- operations -----------------------------------------------------------------------------------

    def offers(self, query: OfferQuery) -> Flow[list[GpuOffer]]:
        count = query.count or 1
        kwargs: dict[str, Any] = {"gpu_num": count}
        if query.spot:
            kwargs["billing_method"] = "spot"
        listing = yield Call(_api("product.list_products"), **kwargs)
        offers = []
        for product in listing.data:
            model = gpus.from_novita(product.name)
            self._learn_price(product)
            per_gpu = usd(product.price)
            if query.gpu and not gpus.matches(query.gpu, model, product.name):
                continue
            spot = usd(getattr(product, "spot_price", None))
            stock = "none" if not product.available_deploy else stock_level(str(val(product.inventory_state) or ""))
            for cluster in product.regions or [None]:
                offers.append(
                    GpuOffer(
                        provider=self.name,
                        gpu=model.name if model else product.name,
                        gpu_provider_id=product.name,
                        memory_gb=model.memory_gb if model else None,
                        count=count,
                        price_per_hour=round(per_gpu * count, 5) if per_gpu is not None else None,
                        spot_price_per_hour=round(spot * count, 5) if spot is not None else None,
                        region=cluster,
                        stock=stock,
                        offer_id={"product_id": str(product.id), "cluster_id": cluster},
                        raw=product,
                        variant=gpus.variant_of(product.name),
                        vcpus=product.cpu_per_gpu * count,
                        ram_gb=product.memory_per_gpu * count,
                        disk_gb=product.disk_per_gpu * count,
                        regions=(cluster,) if cluster else (),
                    )
                )
        return offers

    def _learn_price(self, product: Any) -> None:
        on_demand, spot = usd(product.price), usd(getattr(product, "spot_price", None))
        if on_demand is not None:
            self._prices[str(product.id)] = on_demand
        if spot is not None:
            self._spot_prices[str(product.id)] = spot

    def _prices_for(self, instances: list[Any]) -> Flow[None]:
        """Instances carry no price: read the products once per backend (prices per GPU-hour)."""
        if all(str(i.product_id) in self._prices for i in instances):
            return None
        try:
            listing = yield Call(_api("product.list_products"), gpu_num=1)
        except GpupodsError as exc:  # the pods are still worth showing without their price
            log.info("Novita prices unavailable: %s", exc)
            return None
        for product in listing.data:
            self._learn_price(product)
        return None

    def _instances(self) -> Flow[list[Any]]:
        raws: list[Any] = []
        page = 1
        while True:
            result = yield Call(_api("gpu.list_gpu_instances"), page_size=PAGE, page_num=page)
            raws.extend(result.instances)
            total = val(result.total)
            if not result.instances or (total is not None and len(raws) >= total) or len(result.instances) < PAGE:
                return raws
            page += 1

    def list(self) -> Flow[list[Pod]]:
        raws = yield from self._instances()
        yield from self._prices_for(raws)
        return [self.to_pod(i) for i in raws]

    def find_by_token(self, token: str) -> Flow[Pod | None]:
        """The search after an ambiguous create: the list alone (a price is not worth a request here)."""
        raws = yield from self._instances()
        return next((p for p in map(self.to_pod, raws) if p.client_token == token), None)

    def get(self, pod_id: str) -> Flow[Pod]:
        raw = yield Call(_api("gpu.get_gpu_instance"), instance_id=pod_id)
        yield from self._prices_for([raw])
        return self.to_pod(raw)

    def create(self, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Created]:
        if offer is None:
            raise InvalidPodSpec("gpu", "Novita needs an offer (a product from offers()) to create an instance")
        body: dict[str, Any] = {
            "productId": offer.offer_id["product_id"],
            "gpuNum": spec.gpu_count,
            "rootfsSize": spec.disk_gb,
            "imageUrl": spec.image,
            "ports": ",".join(spec.ports),
            "envs": [{"key": k, "value": v} for k, v in spec.env.items()],
            "kind": "gpu",
            "billingMode": "spot" if spec.spot else "onDemand",
        }
        if offer.offer_id.get("cluster_id"):
            body["clusterId"] = offer.offer_id["cluster_id"]
        body.update(spec.extras.get("novita", {}))
        body["name"] = with_token(spec.name, token)
        created = yield Call(_api("gpu.create_gpu_instance"), body=_model("CreateInstanceRequest").from_dict(body))
        return Created(answer_id(created.id))

    def _act(self, endpoint: str, pod_id: str, **flags: Any) -> Flow[Pod]:
        body = _model("InstanceIdRequest")(instance_id=pod_id)
        yield Call(_api(f"gpu.{endpoint}"), body=body, **flags)
        return (yield from self.get(pod_id))

    def start(self, pod_id: str) -> Flow[Pod]:
        return (yield from self._act("start_gpu_instance", pod_id))

    def stop(self, pod_id: str) -> Flow[Pod]:
        return (yield from self._act("stop_gpu_instance", pod_id))

    def restart(self, pod_id: str) -> Flow[Pod]:
        return (yield from self._act("restart_gpu_instance", pod_id))

    def terminate(self, pod_id: str) -> Flow[None]:
        body = _model("InstanceIdRequest")(instance_id=pod_id)
        yield Call(_api("gpu.delete_gpu_instance"), body=body, idempotent=True)
        return None
