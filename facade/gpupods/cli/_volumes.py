"""``gpupods volumes``: persistent volumes on every provider that has them.

    gpupods volumes ls                                   # with their monthly cost
    gpupods volumes regions                              # where volumes can be created
    gpupods volumes create data --size 100 --region EU-RO-1
    gpupods create --name train --gpu H100 --volume data:/data    # lands where "data" is
    gpupods volumes resize data 200
    gpupods volumes rm data [--force]

The ``--json`` document of a volume (keys are only ever added, as for pods):

    volume  {provider, id, name, size_gb, used_gb, region, type, status, provider_status,
             price_per_gb_month, monthly_cost, attached_pods, created_at}

``price_per_gb_month`` and ``monthly_cost`` are USD (``gpupods.pricing``), null where the
provider publishes no rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._session import Options, open_fleet

if TYPE_CHECKING:
    from ..fleet import Fleet
    from ..models import Volume, VolumeMount

volumes_app = typer.Typer(help="Persistent volumes: ls, regions, create, resize, rm.", no_args_is_help=True)

VolumeArg = Annotated[str, typer.Argument(help="Volume id, or its name as shown by `gpupods volumes ls`.")]


def _options(ctx: typer.Context) -> Options:
    assert isinstance(ctx.obj, Options)
    return ctx.obj


def _say(options: Options, message: str) -> None:
    if not options.json:
        import sys

        print(message, file=sys.stderr)


def volume_json(volume: Volume) -> dict[str, Any]:
    return {
        "provider": volume.provider,
        "id": volume.id,
        "name": volume.name,
        "size_gb": volume.size_gb,
        "used_gb": volume.used_gb,
        "region": volume.region,
        "type": volume.type,
        "status": volume.status.value,
        "provider_status": volume.provider_status,
        "price_per_gb_month": volume.price_per_gb_month,
        "monthly_cost": round(volume.monthly_cost, 4) if volume.monthly_cost is not None else None,
        "attached_pods": list(volume.attached_pods),
        "created_at": volume.created_at.isoformat() if volume.created_at is not None else None,
    }


def _money(value: float | None, unit: str) -> str:
    return f"${value:.2f}{unit}" if value is not None else "?"


def volumes_table(volumes: Sequence[Volume]) -> Any:
    from . import _output

    rows = [
        (
            v.provider,
            v.id,
            v.name,
            f"{v.size_gb} GB" if v.size_gb is not None else f"{v.used_gb or 0:g} GB used",
            v.region or "-",
            v.type or "",
            v.status.value,
            f"${v.price_per_gb_month:.3f}" if v.price_per_gb_month is not None else "?",
            _money(v.monthly_cost, "/mo"),
            ", ".join(v.attached_pods) or "-",
        )
        for v in volumes
    ]
    columns = ("PROVIDER", "ID", "NAME", "SIZE", "REGION", "TYPE", "STATUS", "$/GB-MO", "$/MONTH", "PODS")
    return _output.table(columns, rows)


def volume_options(values: Sequence[str] | None) -> tuple[int | None, tuple[VolumeMount, ...]]:
    """``create --volume`` values: (the pod's own volume size in GB, the volumes to mount).
    A number is the size (as before volumes existed); ``NAME[:/PATH]`` mounts a volume."""
    sizes = [int(v) for v in values or () if v.isdigit()]
    if len(sizes) > 1:
        raise typer.BadParameter("give the size of the pod's own volume once", param_hint="--volume")
    from ..models import VolumeMount

    return (sizes[0] if sizes else None), tuple(VolumeMount.parse(v) for v in values or () if not v.isdigit())


def storage_summary(volumes: Sequence[Volume]) -> str:
    """One line about what the volumes cost a month ("3 volumes, 300 GB: $21.00/month")."""
    known = [v.monthly_cost for v in volumes if v.monthly_cost is not None]
    size = sum(v.billed_gb or 0 for v in volumes)
    cost = f"${sum(known):.2f}/month" + (" + volumes of unknown price" if len(known) < len(volumes) else "")
    return f"{len(volumes)} volume{'s' if len(volumes) != 1 else ''}, {size:g} GB: {cost}"


def storage_note(fleet: Fleet, options: Options) -> str | None:
    """The line ``gpupods ls`` adds for people: what the account's volumes cost a month
    (None with --json, when no configured provider has volumes, or they cannot be listed)."""
    from ..errors import GpupodsError

    names = [b.name for b in fleet.backends.values() if b.capabilities.volumes]
    names = [n for n in names if not options.providers or n in options.providers]
    if options.json or not names:
        return None
    try:
        volumes = fleet.volumes.list(names)
    except GpupodsError:
        return None
    return f"storage: {storage_summary(volumes)} (gpupods volumes ls)" if volumes else None


def _show(options: Options, volumes: Sequence[Volume]) -> None:
    from . import _output

    if options.json:
        _output.print_json([volume_json(v) for v in volumes])
    else:
        _output.console().print(volumes_table(volumes))


@volumes_app.command("ls")
def volumes_list(ctx: typer.Context) -> None:
    """Your volumes on every configured provider that has them, with what they cost a month."""
    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        volumes = fleet.volumes.list(options.providers)
    if options.json:
        _show(options, volumes)
        return
    if not volumes:
        _say(options, "no volumes")
        return
    _show(options, volumes)
    _say(options, f"total: {storage_summary(volumes)}")
    for name, error in volumes.failed.items():
        _say(options, f"warning: {name} could not be listed: {error}")


@volumes_app.command("regions")
def volumes_regions(ctx: typer.Context) -> None:
    """Where each provider can create volumes (values for --region)."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        regions = fleet.volumes.regions(options.providers)
    if options.json:
        _output.print_json(regions)
        return
    _output.console().print(_output.table(("PROVIDER", "REGIONS"), [(p, ", ".join(r)) for p, r in regions.items()]))


@volumes_app.command("create")
def volumes_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Volume name (letters, digits, '-'; a letter first).")],
    size: Annotated[
        int | None, typer.Option("--size", help="GB (Lambda Cloud: optional, its filesystems grow with their data).")
    ] = None,
    region: Annotated[
        str, typer.Option("--region", help="Region or data center it lives in.", show_default=False)
    ] = "",
    volume_type: Annotated[
        str | None, typer.Option("--type", help="RunPod: STANDARD or HIGH_PERFORMANCE; Prime Intellect: provider.")
    ] = None,
) -> None:
    """Create a volume; pods that mount it are placed in its region."""
    from ..models import VolumeSpec

    options = _options(ctx)
    if not region:
        raise typer.BadParameter(
            "say where the volume lives (`gpupods volumes regions` lists them)", param_hint="--region"
        )
    spec = VolumeSpec(name=name, size_gb=size, region=region, type=volume_type)
    with open_fleet(options, seed_pods=False) as fleet:
        volume = fleet.volumes.create(spec, provider=options.provider)
    _say(options, f"created {volume.provider} volume {volume.id} ({volume.name}) in {volume.region}")
    _show(options, [volume])
    _say(options, f"next: gpupods create --volume {volume.name}:/data ... (it lands in {volume.region})")


@volumes_app.command("resize")
def volumes_resize(
    ctx: typer.Context,
    volume: VolumeArg,
    size: Annotated[int, typer.Argument(help="New size, GB (volumes only grow).", min=1)],
) -> None:
    """Grow a volume, where the provider allows it."""
    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        resized = fleet.volumes.resize(volume, size, options.providers)
    _say(options, f"resized {resized.provider} volume {resized.id} ({resized.name}) to {resized.size_gb} GB")
    _show(options, [resized])


@volumes_app.command("rm")
def volumes_remove(
    ctx: typer.Context,
    volumes: Annotated[list[str], typer.Argument(help="Volume ids or names.", show_default=False)],
    force: Annotated[
        bool, typer.Option("--force", help="Terminate the pods that mount it first (their data outside it is lost).")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before --force terminates pods.")] = False,
) -> None:
    """Delete volumes and their data (a volume already gone counts as deleted). A volume that
    pods mount is refused unless --force."""
    import sys

    from . import _output

    options = _options(ctx)
    ask = force and not yes and not options.json and sys.stdin.isatty()
    done = []
    with open_fleet(options, seed_pods=False) as fleet:
        for ref in volumes:
            found = fleet.volumes.find(ref, options.providers) if ask else None
            if found is not None and found.attached_pods:
                pods = ", ".join(found.attached_pods)
                typer.confirm(f"terminate pod(s) {pods} that mount {found.name!r}, then delete it?", abort=True)
            deleted = fleet.volumes.delete(ref, options.providers, force=force)
            done.append({"volume": ref, "deleted": deleted})
            _say(options, f"deleted volume {ref}" if deleted else f"no volume {ref!r} (already gone)")
    if options.json:
        _output.print_json(done)
