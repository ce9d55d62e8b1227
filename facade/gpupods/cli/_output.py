"""What the CLI prints: rich tables for people, and the stable ``--json`` documents for scripts.

The JSON documents are part of the CLI's interface (README, "JSON output"): keys are only
ever added, never renamed or removed, within a major version.

    pod       {provider, id, name, status, provider_status, gpu, gpu_count, image,
               price_per_hour, created_at, started_at, ssh, ports, spot, spot_status, region,
               volumes: [{id, path}], lease, expires_at, idle_seconds, gpu_utilisation,
               cost_so_far, stopped_price_per_hour}
    lease     {ttl_seconds, idle_limit_seconds, max_cost} (or null: no lease)
    volume    see ``gpupods.cli._volumes``
    ssh       {host, port, user, command} (or null while the pod has none)
    ports     [{private, public, protocol, host, url}] (url: an HTTP port's public URL, else null)
    offer     {provider, gpu, gpu_provider_id, memory_gb, count, price_per_hour,
               spot_price_per_hour, region, stock, id, variant, vcpus, ram_gb, disk_gb, regions}
    gpu       {name, family, memory_gb, vendor, runpod_ids, primeintellect_ids}
    warning   {"warning": {type, provider, message}} on stderr (a provider that did not answer)
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
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from ..models import GpuOffer, Pod, PortMapping, SshInfo
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
            {"private": p.private, "public": p.public, "protocol": p.protocol, "host": p.host, "url": p.url}
            for p in pod.ports
        ],
        "spot": pod.spot,
        "spot_status": pod.spot_status,
        "region": pod.region,
        "volumes": [{"id": v.volume_id, "path": v.path} for v in pod.volumes],
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
        "id": offer.id,
        "variant": offer.variant,
        "vcpus": offer.vcpus,
        "ram_gb": offer.ram_gb,
        "disk_gb": offer.disk_gb,
        "regions": list(offer.regions),
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


#: The width of output that does not go to a terminal: wide enough that no row is ever wrapped.
PIPE_WIDTH = 1000


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # A pipe or a file gets full rows (rich would wrap at 80 columns), a terminal its own width.
    width = None if stream.isatty() else PIPE_WIDTH
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


#: Statuses in which a pod's GPU is not billed (its disk may still be).
_NOT_RUNNING = {"stopping", "stopped", "terminating", "terminated"}


def billed_price(pod: Pod) -> str:
    """What a table shows as the pod's $/h: its price while it holds its GPU, else '-'."""
    return "-" if pod.status.value in _NOT_RUNNING else _price(pod.price_per_hour)


NUMERIC = frozenset({"COUNT", "GPUS", "MEM", "$/H", "SPOT $/H", "VCPU", "RAM", "DISK"})
#: Columns of prose or lists, wrapped at the terminal's width; every other value is kept whole.
WRAPPED = frozenset({"NOTES", "RUNPOD", "PRIME INTELLECT"})
GAP = 2  # spaces between columns


@dataclass(frozen=True)
class Column:
    header: str
    priority: int = 0  # 0: always shown; then shown while the terminal is wide enough, lowest first


@dataclass
class Layout:
    """The columns a table keeps at a width, and the ones it had to leave out."""

    columns: list[int]
    hidden: list[str]

    def note(self, width: int) -> str | None:
        if not self.hidden:
            return None
        return f"(not shown at {width} columns: {', '.join(self.hidden)}; --json has every field)"


def _cell_width(text: str) -> int:
    from rich.text import Text

    return Text.from_markup(text).cell_len


def fit(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> Layout | None:
    """The columns that fit in ``width`` without cutting any value: every priority-0 column,
    then the others by priority while they fit. None when the priority-0 columns alone do not."""
    natural = [max([len(c.header)] + [_cell_width(r[i]) for r in rows]) for i, c in enumerate(columns)]

    def used(chosen: Sequence[int]) -> int:
        return sum(natural[i] for i in chosen) + GAP * max(len(chosen) - 1, 0)

    chosen = [i for i, c in enumerate(columns) if c.priority == 0]
    if used(chosen) > width:
        return None
    hidden = []
    for i in sorted((i for i, c in enumerate(columns) if c.priority > 0), key=lambda i: columns[i].priority):
        if used(sorted([*chosen, i])) <= width:
            chosen.append(i)
        elif natural[i] > len(columns[i].header) or any(rows[r][i] for r in range(len(rows))):
            hidden.append(columns[i].header or "SPOT")
    return Layout(sorted(chosen), hidden)


def table(columns: Sequence[str], rows: Iterable[Sequence[str]], title: str | None = None) -> Any:
    """A borderless table; no value is ever cut or wrapped (the caller chose columns that fit)."""
    from rich.table import Table

    grid = Table(
        title=title, title_justify="left", header_style="bold", box=None, pad_edge=False, padding=(0, GAP // 2)
    )
    for column in columns:
        whole = column not in WRAPPED
        grid.add_column(
            column,
            justify="right" if column in NUMERIC else "left",
            no_wrap=whole,
            overflow="ignore" if whole else "fold",
        )
    for row in rows:
        grid.add_row(*row)
    return grid


def fitted_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> tuple[Any, str | None]:
    """The table with the columns that fit in ``width`` (all of them in a pipe), and a note
    naming the columns left out."""
    layout = fit(columns, rows, width) or Layout([i for i, c in enumerate(columns) if c.priority == 0], [])
    grid = table([columns[i].header for i in layout.columns], [[row[i] for i in layout.columns] for row in rows])
    return grid, layout.note(width)


def _status(pod: Pod) -> str:
    style = _STATUS_STYLE.get(pod.status.value, "")
    return f"[{style}]{pod.status.value}[/]" if style else pod.status.value


def _spot(pod: Pod) -> str:
    return ("spot" + (f" ({pod.spot_status})" if pod.spot_status else "")) if pod.spot else ""


POD_COLUMNS = (
    Column("PROVIDER"),
    Column("ID"),
    Column("NAME"),
    Column("STATUS"),
    Column("GPU"),
    Column("GPUS", 2),
    Column("$/H", 1),
    Column("", 3),
    Column("EXPIRES", 4),
    Column("COST", 5),
    Column("IDLE", 6),
    Column("SSH"),
)


def pods_view(pods: Sequence[Pod], width: int) -> Any:
    """``gpupods ls`` for people: one row per pod when every column fits in ``width``; else the
    short columns in a row and the long values (id, ssh command) whole on the lines below it."""
    rows = [
        (
            pod.provider,
            pod.id,
            pod.name,
            _status(pod),
            pod.gpu or "-",
            str(pod.gpu_count),
            billed_price(pod),
            _spot(pod),
            *lease_cells(pod),
            pod.ssh.command if pod.ssh else "",
        )
        for pod in pods
    ]
    layout = fit(POD_COLUMNS, rows, width)
    if layout is not None and not {"$/H"} & set(layout.hidden):
        return table([POD_COLUMNS[i].header for i in layout.columns], [[r[i] for i in layout.columns] for r in rows])
    return _stacked(pods, rows, width)


def _stacked(pods: Sequence[Pod], rows: Sequence[Sequence[str]], width: int) -> Any:
    from rich.console import Group
    from rich.text import Text

    short = [(r[2], r[0], r[3], f"{r[4]} x{r[5]}", r[6], r[7]) for r in rows]
    headers = ("NAME", "PROVIDER", "STATUS", "GPU", "$/H", "")
    widths = [max([len(headers[i])] + [_cell_width(row[i]) for row in short]) for i in range(len(headers))]

    def line(cells: Sequence[str], bold: bool = False) -> Text:
        text = Text(no_wrap=True, overflow="ignore")
        for i, cell in enumerate(cells):
            part = Text.from_markup(cell, style="bold" if bold else "")
            pad = widths[i] - part.cell_len
            if headers[i] == "$/H":
                text.append(" " * pad)
                text.append_text(part)
            else:
                text.append_text(part)
                text.append(" " * pad if i < len(cells) - 1 else "")
            if i < len(cells) - 1:
                text.append(" " * GAP)
        text.rstrip()
        return text

    lines = [line(headers, bold=True)]
    for pod, row in zip(pods, short, strict=True):
        lines.append(line(row))
        details = [f"id {pod.id}"] + ([pod.ssh.command] if pod.ssh else [])
        joined = "  " + "   ".join(details)
        if len(joined) <= width:
            lines.append(Text(joined, style="dim", no_wrap=True, overflow="ignore"))
        else:
            lines += [Text("  " + d, style="dim", no_wrap=True, overflow="ignore") for d in details]
    return Group(*lines)


def pods_table(pods: Sequence[Pod], title: str | None = None) -> Any:
    """Every column, one row per pod (for output that is not a terminal)."""
    rows = [
        (
            pod.provider,
            pod.id,
            pod.name,
            _status(pod),
            pod.gpu or "-",
            str(pod.gpu_count),
            billed_price(pod),
            _spot(pod),
            *lease_cells(pod),
            pod.ssh.command if pod.ssh else "",
        )
        for pod in pods
    ]
    return table([c.header for c in POD_COLUMNS], rows, title)


def offer_columns(spot: bool) -> tuple[Column, ...]:
    return (
        Column("PROVIDER"),
        Column("GPU"),
        Column("MEM", 4),
        Column("GPUS"),
        Column("$/H"),
        Column("SPOT $/H", 0 if spot else 3),
        Column("REGION", 1),
        Column("STOCK", 2),
        Column("VCPU", 5),
        Column("RAM", 6),
        Column("DISK", 7),
        Column("OFFER"),
    )


def offer_rows(offers: Sequence[GpuOffer]) -> list[tuple[str, ...]]:
    def size(value: int | None, unit: str = "") -> str:
        return f"{value}{unit}" if value is not None else "-"

    return [
        (
            offer.provider,
            offer.gpu + (f" {offer.variant}" if offer.variant else ""),
            size(offer.memory_gb, " GB"),
            str(offer.count),
            _price(offer.price_per_hour),
            _price(offer.spot_price_per_hour),
            ", ".join(offer.regions[:2]) + (f" +{len(offer.regions) - 2}" if len(offer.regions) > 2 else "")
            if offer.regions
            else (offer.region or "any"),
            offer.stock,
            size(offer.vcpus),
            size(offer.ram_gb, " GB"),
            size(offer.disk_gb, " GB"),
            offer.id,
        )
        for offer in offers
    ]


def offers_table(
    offers: Sequence[GpuOffer], title: str | None = None, spot: bool = False, width: int = PIPE_WIDTH
) -> Any:
    grid, _ = fitted_table(offer_columns(spot), offer_rows(offers), width)
    return grid


def _port(port: PortMapping) -> str:
    """``8888/http -> https://...`` (an HTTP port's public URL), ``22/tcp -> 40022`` otherwise."""
    return f"{port.private}/{port.protocol} -> {port.url or port.public or '-'}"


def pod_details(pod: Pod) -> Any:
    price = _price(pod.price_per_hour)
    if pod.status.value in _NOT_RUNNING and pod.price_per_hour is not None:
        price = f"- ({price} while running; a stopped pod's disk is still billed)"
    rows = [
        ("provider", pod.provider),
        ("id", pod.id),
        ("name", pod.name),
        ("status", f"{pod.status.value} ({pod.provider_status})"),
        ("gpu", f"{pod.gpu} x{pod.gpu_count}"),
        ("image", pod.image or "-"),
        ("price", price),
        ("region", pod.region or "-"),
        ("created", _time(pod.created_at) or "-"),
        ("started", _time(pod.started_at) or "-"),
        ("ssh", pod.ssh.command if pod.ssh else "- (not reachable yet)"),
        ("ports", ", ".join(_port(p) for p in pod.ports) or "-"),
    ]
    if pod.spot:
        rows.append(("spot", pod.spot_status or "yes"))
    return table(("FIELD", "VALUE"), rows)


def gpus_table(models: Sequence[Any]) -> Any:
    rows = [
        (m.name, m.family, f"{m.memory_gb} GB", ", ".join(m.runpod_ids) or "-", ", ".join(m.prime_types) or "-")
        for m in models
    ]
    return table(("NAME", "FAMILY", "MEM", "RUNPOD", "PRIME INTELLECT"), rows)


def gpu_json(model: Any) -> dict[str, Any]:
    return {
        "name": model.name,
        "family": model.family,
        "memory_gb": model.memory_gb,
        "vendor": model.vendor,
        "runpod_ids": list(model.runpod_ids),
        "primeintellect_ids": list(model.prime_types),
    }


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
    """EXPIRES, COST and IDLE of a pod's row: time left on its lease, its estimated cost so
    far, how long its GPUs have been idle."""
    expires = "-"
    if pod.lease is not None and pod.lease.expires_at is not None and pod.observed_at is not None:
        left = pod.lease.expires_at - pod.observed_at
        expires = f"in {duration_text(left)}" if left > 0 else "expired"
    idle = duration_text(pod.idle_for.total_seconds()) if pod.idle_for is not None else "-"
    cost = pod.cost_so_far
    return expires, f"${cost:.2f}" if cost is not None else "-", idle


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
