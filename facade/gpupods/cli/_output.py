"""What the CLI prints: rich tables for people, and the stable ``--json`` documents for scripts.

The JSON documents are part of the CLI's interface (README, "JSON output"): keys are only
ever added, never renamed or removed, within a major version.

    pod       {provider, id, name, status, provider_status, gpu, gpu_count, image,
               price_per_hour, created_at, started_at, ssh, ports, spot, spot_status, region,
               lease, expires_at, idle_seconds, gpu_utilisation, cost_so_far,
               stopped_price_per_hour}
    lease     {ttl_seconds, idle_limit_seconds, max_cost} (or null: no lease)
    ssh       {host, port, user, command} (or null while the pod has none)
    offer     {provider, gpu, gpu_provider_id, memory_gb, count, price_per_hour,
               spot_price_per_hour, region, stock}
    endpoint  {id, name, type, gpu_pools, gpus_per_worker, cpu_flavors, workers_min,
               workers_max, idle_timeout, scaling, scaling_value, flashboot, timeout_ms,
               image, template_id, created_at}
    error     {"error": {type, message, exit_code, hint}} on stderr

Times are ISO 8601 in UTC; prices are USD per hour for the whole pod or offer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from ..models import GpuOffer, Pod, SshInfo
    from ..serverless import Endpoint


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def ssh_json(ssh: SshInfo | None) -> dict[str, Any] | None:
    if ssh is None:
        return None
    return {"host": ssh.host, "port": ssh.port, "user": ssh.user, "command": ssh.command}


def pod_json(pod: Pod) -> dict[str, Any]:
    return {
        "provider": pod.provider,
        "id": pod.id,
        "name": pod.name,
        "status": pod.status.value,
        "provider_status": pod.provider_status,
        "gpu": pod.gpu,
        "gpu_count": pod.gpu_count,
        "image": pod.image,
        "price_per_hour": pod.price_per_hour,
        "created_at": _time(pod.created_at),
        "started_at": _time(pod.started_at),
        "ssh": ssh_json(pod.ssh),
        "ports": [
            {"private": p.private, "public": p.public, "protocol": p.protocol, "host": p.host} for p in pod.ports
        ],
        "spot": pod.spot,
        "spot_status": pod.spot_status,
        "region": pod.region,
        **lease_json(pod),
    }


def offer_json(offer: GpuOffer) -> dict[str, Any]:
    return {
        "provider": offer.provider,
        "gpu": offer.gpu,
        "gpu_provider_id": offer.gpu_provider_id,
        "memory_gb": offer.memory_gb,
        "count": offer.count,
        "price_per_hour": offer.price_per_hour,
        "spot_price_per_hour": offer.spot_price_per_hour,
        "region": offer.region,
        "stock": offer.stock,
    }


def endpoint_json(endpoint: Endpoint) -> dict[str, Any]:
    return {
        "id": endpoint.id,
        "name": endpoint.name,
        "type": endpoint.type,
        "gpu_pools": list(endpoint.gpu_pools),
        "gpus_per_worker": endpoint.gpus_per_worker,
        "cpu_flavors": list(endpoint.cpu_flavors),
        "workers_min": endpoint.workers_min,
        "workers_max": endpoint.workers_max,
        "idle_timeout": endpoint.idle_timeout,
        "scaling": endpoint.scaling,
        "scaling_value": endpoint.scaling_value,
        "flashboot": endpoint.flashboot,
        "timeout_ms": endpoint.timeout_ms,
        "image": endpoint.image,
        "template_id": endpoint.template_id,
        "created_at": _time(endpoint.created_at),
    }


def print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2, sort_keys=False) + "\n")
    sys.stdout.flush()


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # A pipe or a file gets full rows (rich would wrap at 80 columns), a terminal its own width.
    width = None if stream.isatty() else 200
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


_STATUS_STYLE = {
    "running": "green",
    "pending": "yellow",
    "provisioning": "yellow",
    "starting": "yellow",
    "stopping": "yellow",
    "stopped": "blue",
    "terminating": "magenta",
    "terminated": "dim",
    "error": "red",
    "unknown": "red",
}


def _price(value: float | None) -> str:
    return f"${value:.3f}/h" if value is not None else "-"


def table(columns: Sequence[str], rows: Iterable[Sequence[str]], title: str | None = None) -> Any:
    from rich.table import Table

    grid = Table(title=title, title_justify="left", header_style="bold", box=None, pad_edge=False)
    for column in columns:
        numeric = column in {"COUNT", "MEM", "$/H", "SPOT $/H", "GPUS"}
        # Ids, names and commands are copied by people: never cut or wrapped.
        whole = column in {"ID", "NAME", "SSH", "VALUE"}
        grid.add_column(column, justify="right" if numeric else "left", no_wrap=whole or numeric)
    for row in rows:
        grid.add_row(*row)
    return grid


def pods_table(pods: Sequence[Pod], title: str | None = None) -> Any:
    def status(pod: Pod) -> str:
        style = _STATUS_STYLE.get(pod.status.value, "")
        return f"[{style}]{pod.status.value}[/]" if style else pod.status.value

    rows = [
        (
            pod.provider,
            pod.id,
            pod.name,
            status(pod),
            f"{pod.gpu or '-'}",
            str(pod.gpu_count),
            _price(pod.price_per_hour),
            ("spot" + (f" ({pod.spot_status})" if pod.spot_status else "")) if pod.spot else "",
            *lease_cells(pod),
            pod.ssh.command if pod.ssh else "",
        )
        for pod in pods
    ]
    columns = ("PROVIDER", "ID", "NAME", "STATUS", "GPU", "GPUS", "$/H", "", "EXPIRES", "IDLE", "COST", "SSH")
    return table(columns, rows, title)


def offers_table(offers: Sequence[GpuOffer], title: str | None = None) -> Any:
    rows = [
        (
            offer.provider,
            offer.gpu,
            f"{offer.memory_gb} GB" if offer.memory_gb else "-",
            str(offer.count),
            _price(offer.price_per_hour),
            _price(offer.spot_price_per_hour),
            offer.region or "any",
            offer.stock,
        )
        for offer in offers
    ]
    return table(("PROVIDER", "GPU", "MEM", "COUNT", "$/H", "SPOT $/H", "REGION", "STOCK"), rows, title)


def pod_details(pod: Pod) -> Any:
    rows = [
        ("provider", pod.provider),
        ("id", pod.id),
        ("name", pod.name),
        ("status", f"{pod.status.value} ({pod.provider_status})"),
        ("gpu", f"{pod.gpu} x{pod.gpu_count}"),
        ("image", pod.image or "-"),
        ("price", _price(pod.price_per_hour)),
        ("region", pod.region or "-"),
        ("created", _time(pod.created_at) or "-"),
        ("started", _time(pod.started_at) or "-"),
        ("ssh", pod.ssh.command if pod.ssh else "- (not reachable yet)"),
        ("ports", ", ".join(f"{p.private}/{p.protocol}->{p.public or '-'}" for p in pod.ports) or "-"),
    ]
    if pod.spot:
        rows.append(("spot", pod.spot_status or "yes"))
    return table(("FIELD", "VALUE"), rows)


def endpoints_table(endpoints: Sequence[Endpoint]) -> Any:
    rows = [
        (
            e.id,
            e.name,
            e.type,
            ", ".join(e.gpu_pools or e.cpu_flavors) or "-",
            f"{e.workers_min}-{e.workers_max}",
            f"{e.scaling} {e.scaling_value:g}" if e.scaling_value is not None else e.scaling,
            e.flashboot,
        )
        for e in endpoints
    ]
    return table(("ID", "NAME", "TYPE", "GPUS", "WORKERS", "SCALING", "FLASHBOOT"), rows)


# --- leases and costs (gpupods.cli._guard) ---------------------------------------------


def duration_text(seconds: float) -> str:
    seconds = int(max(0, seconds))
    if seconds >= 86400:
        return f"{seconds // 86400}d{(seconds % 86400) // 3600}h" if seconds % 86400 >= 3600 else f"{seconds // 86400}d"
    if seconds >= 3600:
        return f"{seconds // 3600}h{(seconds % 3600) // 60:02d}m" if seconds % 3600 >= 60 else f"{seconds // 3600}h"
    if seconds >= 60:
        return f"{seconds // 60}m"
    return f"{seconds}s"


def lease_cells(pod: Pod) -> tuple[str, str, str]:
    """EXPIRES, IDLE and COST of a pod's row: time left on its lease, how long its GPUs have
    been idle, its estimated cost so far."""
    expires = "-"
    if pod.lease is not None and pod.lease.expires_at is not None and pod.observed_at is not None:
        left = pod.lease.expires_at - pod.observed_at
        expires = f"in {duration_text(left)}" if left > 0 else "expired"
    idle = duration_text(pod.idle_for.total_seconds()) if pod.idle_for is not None else "-"
    cost = pod.cost_so_far
    return expires, idle, f"${cost:.2f}" if cost is not None else "-"


def lease_json(pod: Pod) -> dict[str, Any]:
    """The keys ``pod_json`` adds: lease, expiry, idle time, cost so far, stopped cost."""
    lease = pod.lease
    return {
        "lease": None
        if lease is None
        else {"ttl_seconds": lease.ttl, "idle_limit_seconds": lease.idle_limit, "max_cost": lease.max_cost},
        "expires_at": pod.expires_at.isoformat() if pod.expires_at is not None else None,
        "idle_seconds": pod.idle_for.total_seconds() if pod.idle_for is not None else None,
        "gpu_utilisation": pod.gpu_utilisation,
        "cost_so_far": round(pod.cost_so_far, 6) if pod.cost_so_far is not None else None,
        "stopped_price_per_hour": pod.stopped_price_per_hour,
    }


def stopped_note(pod: Pod) -> str:
    """What a stopped pod keeps costing, for ``gpupods stop``."""
    from ..costs import per_month

    rate = pod.stopped_price_per_hour
    if rate is None:
        return f"{pod.provider} does not say what a stopped pod's storage costs; it bills until you run: gpupods rm {pod.id}"
    return (
        f"stopped, it keeps costing ${per_month(rate):.2f}/month (${rate:.4f}/h) for its storage "
        f"until removed: gpupods rm {pod.id}"
    )
