"""The ``gpupods`` commands (typer). Heavy modules (httpx, generated clients, rich tables) are
imported inside the commands, so ``gpupods --help`` stays fast."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._session import Options, find_pod, open_fleet

if TYPE_CHECKING:
    from ..fleet import Fleet
    from ..models import Pod

PROVIDER_NAMES = ("runpod", "primeintellect", "novita")

app = typer.Typer(
    name="gpupods",
    help="Rent GPU pods on RunPod, Prime Intellect and Novita with one set of commands.\n\n"
    "Keys come from RUNPOD_API_KEY, PRIME_API_KEY and NOVITA_API_KEY; --mock runs everything "
    "on in-process mock clouds instead (no keys, no network). Global options (--provider, "
    "--json, --mock) may be given before or after the command.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
endpoints_app = typer.Typer(help="RunPod serverless endpoints: ls, show, create, rm.", no_args_is_help=True)
mock_app = typer.Typer(help="The mock clouds: run them on loopback for your own tools.", no_args_is_help=True)
app.add_typer(endpoints_app, name="endpoints")
app.add_typer(mock_app, name="mock")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"gpupods {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    ctx: typer.Context,
    provider: Annotated[
        list[str] | None,
        typer.Option("--provider", "-p", help="Only this provider (repeatable): runpod, primeintellect, novita."),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Print stable JSON documents instead of tables.")] = False,
    mock: Annotated[
        bool, typer.Option("--mock", help="Use fresh in-process mock clouds (no keys, no network).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    names: list[str] = []
    for item in provider or []:
        names += [part.strip() for part in item.split(",") if part.strip()]
    for name in names:
        if name not in PROVIDER_NAMES:
            raise typer.BadParameter(f"unknown provider {name!r}; choose from {', '.join(PROVIDER_NAMES)}",
                                     param_hint="--provider")  # fmt: skip
    ctx.obj = Options(json=json_output, mock=mock, providers=names or None)


def _options(ctx: typer.Context) -> Options:
    assert isinstance(ctx.obj, Options)
    return ctx.obj


def _say(options: Options, message: str) -> None:
    """A line for people (on stderr, so stdout stays the command's output)."""
    if not options.json:
        print(message, file=sys.stderr)


def _show_pod(options: Options, pod: Pod) -> None:
    from . import _output

    if options.json:
        _output.print_json(_output.pod_json(pod))
    else:
        _output.console().print(_output.pods_table([pod]))


PodArg = Annotated[str, typer.Argument(help="Pod id, or its name as shown by `gpupods ls`.", show_default=False)]


# -- pods ------------------------------------------------------------------------------------


@app.command()
def offers(
    ctx: typer.Context,
    gpu: Annotated[str | None, typer.Argument(help="GPU, e.g. H100, A100_80GB, 'RTX 4090'.")] = None,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, help="GPUs per pod.")] = None,
    max_price: Annotated[float | None, typer.Option("--max-price", min=0, help="USD/hour for the pod.")] = None,
    spot: Annotated[bool, typer.Option("--spot", help="Spot (interruptible) prices.")] = False,
    region: Annotated[str | None, typer.Option("--region", help="Region or country code.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many.")] = 20,
) -> None:
    """GPU offers across providers, cheapest first (USD/hour for the whole pod)."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        found = fleet.offers(gpu, count=count, max_price=max_price, spot=spot, region=region,
                             provider=options.providers)  # fmt: skip
    shown = found[:limit]
    if options.json:
        _output.print_json([_output.offer_json(o) for o in shown])
        return
    if not shown:
        _say(options, "no offer matches; try without --max-price or --region, or another --count")
        return
    _output.console().print(_output.offers_table(shown))
    if len(found) > limit:
        _say(options, f"({len(found) - limit} more; --limit to see them)")


@app.command("ls")
def list_pods(ctx: typer.Context) -> None:
    """Your pods on every configured provider."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options) as fleet:
        pods = fleet.list(options.providers)
    if options.json:
        _output.print_json([_output.pod_json(p) for p in pods])
    elif pods:
        _output.console().print(_output.pods_table(pods))
    else:
        _say(options, "no pods")


@app.command()
def show(ctx: typer.Context, pod: PodArg) -> None:
    """Everything about one pod."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = find_pod(fleet, options, pod)
    if options.json:
        _output.print_json(_output.pod_json(found))
    else:
        _output.console().print(_output.pod_details(found))


def _parse_env(items: list[str] | None) -> dict[str, str]:
    env = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--env")
        env[key] = value
    return env


@app.command()
def create(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="Pod name (letters, digits, '-').", show_default=False)],
    gpu: Annotated[str, typer.Option("--gpu", help="GPU, e.g. H100.", show_default=False)],
    image: Annotated[str, typer.Option("--image", help="Container image (Prime Intellect: an image name).")] = (
        "pytorch/pytorch:latest"
    ),
    count: Annotated[int, typer.Option("--count", "-n", help="GPUs per pod.")] = 1,
    disk: Annotated[int, typer.Option("--disk", help="Container disk, GB.")] = 50,
    volume: Annotated[int | None, typer.Option("--volume", help="Persistent volume, GB.")] = None,
    env: Annotated[list[str] | None, typer.Option("--env", "-e", help="KEY=VALUE (repeatable).")] = None,
    port: Annotated[list[str] | None, typer.Option("--port", help="e.g. 8888/http (repeatable).")] = None,
    region: Annotated[str | None, typer.Option("--region", help="Region or country code.")] = None,
    spot: Annotated[bool, typer.Option("--spot", help="Interruptible pod at the spot price.")] = False,
    max_price: Annotated[float | None, typer.Option("--max-price", help="USD/hour ceiling.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait until it is running and reachable.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait with --wait.")] = 900,
    ttl: Annotated[str | None, typer.Option("--ttl", help="Lease: terminated after this long (2h, 30m).")] = None,
    idle_limit: Annotated[
        str | None, typer.Option("--idle-limit", help="Lease: stopped after its GPUs idle this long (RunPod).")
    ] = None,
    max_cost: Annotated[float | None, typer.Option("--max-cost", help="Lease: terminated at this cost (USD).")] = None,
    max_spend_per_hour: Annotated[
        float | None, typer.Option("--max-spend-per-hour", help="Refuse if all your pods would cost more (USD/h).")
    ] = None,
) -> None:
    """Create a pod on the cheapest matching offer (falling back to the next ones). A lease
    (--ttl, --idle-limit, --max-cost) is enforced by `gpupods reap`, from any machine."""
    import dataclasses

    from ..models import PodSpec
    from ._guard import parse_duration

    options = _options(ctx)
    ports = tuple(port) if port else ("22/tcp",)
    spec = PodSpec(name=name, image=image, gpu=gpu, gpu_count=count, disk_gb=disk, volume_gb=volume,
                   env=_parse_env(env), ports=ports, region=region, spot=spot, max_price=max_price)  # fmt: skip
    if ttl or idle_limit or max_cost is not None:  # a lease: enforced by `gpupods reap`
        spec = dataclasses.replace(
            spec,
            ttl=parse_duration(ttl, "--ttl") if ttl else None,
            idle_limit=parse_duration(idle_limit, "--idle-limit") if idle_limit else None,
            max_cost=max_cost,
        )
    with open_fleet(options, max_spend_per_hour=max_spend_per_hour) as fleet:
        pod = fleet.create(spec, provider=options.provider)
        _say(options, f"created {pod.provider} pod {pod.id} ({pod.name})")
        if wait:
            pod = _wait(fleet, options, pod, timeout)
    _show_pod(options, pod)
    if not wait:
        _say(options, f"next: gpupods wait {pod.id} --provider {pod.provider}")


def _wait(fleet: Fleet, options: Options, pod: Pod, timeout: float) -> Pod:
    """``fleet.wait`` with a live spinner when a person is watching (stderr is a terminal)."""
    if options.json or not sys.stderr.isatty():
        return fleet.wait(pod, timeout)
    import threading
    import time

    from rich.console import Console

    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["pod"] = fleet.wait(pod, timeout)
        except BaseException as exc:  # handed to the main thread
            result["error"] = exc

    worker = threading.Thread(target=run, name="gpupods-wait", daemon=True)
    started = time.monotonic()
    worker.start()
    with Console(stderr=True).status("") as status:
        while worker.is_alive():
            status.update(f"waiting for {pod.provider} pod {pod.name} to be running and reachable "
                          f"({time.monotonic() - started:.0f}s)")  # fmt: skip
            worker.join(0.2)
    if "error" in result:
        raise result["error"]
    waited: Pod = result["pod"]
    return waited


@app.command()
def wait(
    ctx: typer.Context,
    pod: PodArg,
    timeout: Annotated[float, typer.Option("--timeout", help="Give up after this many seconds.")] = 900,
) -> None:
    """Wait until a pod is running and its SSH port accepts connections."""
    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = _wait(fleet, options, find_pod(fleet, options, pod), timeout)
    _show_pod(options, found)


@app.command()
def ssh(ctx: typer.Context, pod: PodArg) -> None:
    """Print the ssh command for a pod (run it with: $(gpupods ssh POD))."""
    from ..errors import PodError
    from . import _output

    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = find_pod(fleet, options, pod)
    if found.ssh is None:
        raise PodError(f"{found.provider} pod {found.id} has no SSH address yet (status {found.status.value}); "
                       f"run: gpupods wait {found.id}", pod_id=found.id, provider=found.provider,
                       status=found.provider_status)  # fmt: skip
    if options.json:
        _output.print_json({"provider": found.provider, "id": found.id, **(_output.ssh_json(found.ssh) or {})})
    else:
        print(found.ssh.command)


def _action(ctx: typer.Context, pod: str, verb: str) -> None:
    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = find_pod(fleet, options, pod)
        done = getattr(fleet, verb)(found)
    _say(options, f"{verb}: {found.provider} pod {found.id} ({found.name})")
    if verb == "stop":
        from ._output import stopped_note

        _say(options, stopped_note(done))
    _show_pod(options, done)


@app.command()
def start(ctx: typer.Context, pod: PodArg) -> None:
    """Start a stopped pod."""
    _action(ctx, pod, "start")


@app.command()
def stop(ctx: typer.Context, pod: PodArg) -> None:
    """Stop a pod (its disk is kept and billed; the GPU is released)."""
    _action(ctx, pod, "stop")


@app.command()
def restart(ctx: typer.Context, pod: PodArg) -> None:
    """Restart a pod."""
    _action(ctx, pod, "restart")


@app.command("rm")
def remove(
    ctx: typer.Context,
    pods: Annotated[list[str], typer.Argument(help="Pod ids or names.", show_default=False)],
) -> None:
    """Terminate pods (a pod already gone counts as terminated)."""
    from . import _output

    options = _options(ctx)
    removed = []
    with open_fleet(options) as fleet:
        for ref in pods:
            found = find_pod(fleet, options, ref)
            fleet.terminate(found)
            removed.append({"provider": found.provider, "id": found.id, "name": found.name, "terminated": True})
            _say(options, f"terminated {found.provider} pod {found.id} ({found.name})")
    if options.json:
        _output.print_json(removed)


@app.command()
def logs(
    ctx: typer.Context,
    pod: PodArg,
    tail: Annotated[int, typer.Option("--tail", min=1, help="Last lines to show.")] = 100,
) -> None:
    """The last lines of a pod's logs, where the provider has them."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = find_pod(fleet, options, pod)
        lines = fleet.logs(found, tail=tail)
    if options.json:
        _output.print_json({"provider": found.provider, "id": found.id, "lines": lines})
    else:
        print("\n".join(lines))


@app.command()
def providers(ctx: typer.Context) -> None:
    """What each provider's API can do, and which ones have a key set."""
    import os

    from .._config import PROVIDERS
    from ..providers import backend_class
    from . import _output

    options = _options(ctx)
    names = options.providers or list(PROVIDER_NAMES)
    caps = {name: backend_class(name).capabilities for name in names}
    configured = {name: bool(os.environ.get(PROVIDERS[name].key_env)) for name in names}
    if options.json:
        _output.print_json([{"provider": name, "key_env": PROVIDERS[name].key_env, "configured": configured[name],
                             "start_stop": c.start_stop, "restart": c.restart, "logs": c.logs, "spot": c.spot,
                             "serverless": c.serverless, "batch_status": c.batch_status, "notes": list(c.notes),
                             "rename": c.rename, "gpu_utilisation": c.gpu_utilisation, "billing": c.billing,
                             "balance": c.balance}
                            for name, c in caps.items()])  # fmt: skip
        return
    yes = {True: "yes", False: "-"}
    rows = [(name, f"{PROVIDERS[name].key_env} ({'set' if configured[name] else 'not set'})", yes[c.start_stop],
             yes[c.restart], yes[c.logs], yes[c.spot], yes[c.serverless], "; ".join(c.notes))
            for name, c in caps.items()]  # fmt: skip
    columns = ("PROVIDER", "KEY", "START/STOP", "RESTART", "LOGS", "SPOT", "SERVERLESS", "NOTES")
    _output.console().print(_output.table(columns, rows))


# -- serverless endpoints --------------------------------------------------------------------


@endpoints_app.command("ls")
def endpoints_list(ctx: typer.Context) -> None:
    """Your RunPod serverless endpoints."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        found = fleet.endpoints.list()
    if options.json:
        _output.print_json([_output.endpoint_json(e) for e in found])
    elif found:
        _output.console().print(_output.endpoints_table(found))
    else:
        _say(options, "no endpoints")


@endpoints_app.command("show")
def endpoints_show(ctx: typer.Context, endpoint: Annotated[str, typer.Argument(help="Endpoint id.")]) -> None:
    """One endpoint, with its workers."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        found = fleet.endpoints.get(endpoint)
        workers = fleet.endpoints.workers(endpoint)
    if options.json:
        document = _output.endpoint_json(found)
        document["workers"] = {"running": workers.running, "idle": workers.idle, "initializing": workers.initializing,
                               "throttled": workers.throttled, "unhealthy": workers.unhealthy,
                               "total": workers.total}  # fmt: skip
        _output.print_json(document)
        return
    _output.console().print(_output.endpoints_table([found]))
    print(f"workers: {workers.total} ({workers.running} running, {workers.idle} idle, "
          f"{workers.initializing} initializing, {workers.unhealthy} unhealthy)")  # fmt: skip


@endpoints_app.command("create")
def endpoints_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", help="Endpoint name.", show_default=False)],
    image: Annotated[str | None, typer.Option("--image", help="Worker image.")] = None,
    template: Annotated[str | None, typer.Option("--template", help="A serverless template id.")] = None,
    gpu: Annotated[list[str] | None, typer.Option("--gpu", help="GPU pool, e.g. AMPERE_80 (repeatable).")] = None,
    cpu: Annotated[str | None, typer.Option("--cpu", help="CPU flavor instead of GPUs.")] = None,
    endpoint_type: Annotated[str, typer.Option("--type", help="QUEUE or LOAD_BALANCER.")] = "QUEUE",
    workers_min: Annotated[int, typer.Option("--workers-min", help="Workers kept warm.")] = 0,
    workers_max: Annotated[int, typer.Option("--workers-max", help="Most workers at once.")] = 3,
    idle_timeout: Annotated[int, typer.Option("--idle-timeout", help="Seconds before an idle worker stops.")] = 10,
    scaling: Annotated[
        str | None, typer.Option("--scaling", help="QUEUE_DELAY or REQUEST_COUNT (default by type).")
    ] = None,
    flashboot: Annotated[str, typer.Option("--flashboot", help="OFF, FLASHBOOT or PRIORITY_FLASHBOOT.")] = "OFF",
    env: Annotated[list[str] | None, typer.Option("--env", "-e", help="KEY=VALUE (repeatable).")] = None,
) -> None:
    """Create a RunPod serverless endpoint (checked before anything is sent)."""
    from ..serverless import EndpointSpec
    from . import _output

    options = _options(ctx)
    spec = EndpointSpec(name=name, image=image, template_id=template, gpu_pools=tuple(gpu or ()), cpu_flavor=cpu,
                        vcpus=2 if cpu else None, type=endpoint_type.upper(), workers_min=workers_min,  # type: ignore[arg-type]
                        workers_max=workers_max, idle_timeout=idle_timeout,
                        scaling=scaling.upper() if scaling else None,  # type: ignore[arg-type]
                        flashboot=flashboot.upper(), env=_parse_env(env))  # type: ignore[arg-type]  # fmt: skip
    with open_fleet(options, seed_pods=False) as fleet:
        endpoint = fleet.endpoints.create(spec)
    if options.json:
        _output.print_json(_output.endpoint_json(endpoint))
    else:
        _say(options, f"created endpoint {endpoint.id} ({endpoint.name})")
        _output.console().print(_output.endpoints_table([endpoint]))


@endpoints_app.command("rm")
def endpoints_remove(
    ctx: typer.Context,
    endpoints: Annotated[list[str], typer.Argument(help="Endpoint ids.", show_default=False)],
) -> None:
    """Delete endpoints (one already gone counts as deleted)."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        for endpoint in endpoints:
            fleet.endpoints.delete(endpoint)
            _say(options, f"deleted endpoint {endpoint}")
    if options.json:
        _output.print_json([{"id": e, "deleted": True} for e in endpoints])


# -- mock clouds -----------------------------------------------------------------------------


@mock_app.command("serve")
def mock_serve(
    ctx: typer.Context,
    port: Annotated[
        int | None, typer.Option("--port", help="First port; providers take consecutive ones (0: free ports).")
    ] = None,
    api_key: Annotated[
        list[str] | None,
        typer.Option("--api-key", help="Accept only this key (repeatable); other keys get the provider's 401."),
    ] = None,
    lifecycle_scale: Annotated[
        float, typer.Option("--lifecycle-scale", help="Multiply lifecycle phases (0.05: pods up in seconds).")
    ] = 1.0,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the catalogs and ids.")] = 0,
) -> None:
    """Run the mock clouds on 127.0.0.1 until Ctrl-C; prints the variables that point gpupods at them."""
    from ..mock.__main__ import main as serve

    options = _options(ctx)
    argv = [f"--provider={p}" for p in options.providers or ()]
    argv += [f"--api-key={key}" for key in api_key or ()]
    argv += [f"--lifecycle-scale={lifecycle_scale}", f"--seed={seed}"] + (
        [f"--port={port}"] if port is not None else []
    )
    code = serve(argv)
    if code:
        raise typer.Exit(code)


from . import _guard  # noqa: E402,F401  (registers reap, cost and extend)
