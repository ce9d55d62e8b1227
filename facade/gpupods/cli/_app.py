"""The ``gpupods`` commands (typer). Heavy modules (httpx, generated clients, rich tables) are
imported inside the commands, so ``gpupods --help`` stays fast."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from ..registry import REGISTRY
from ._help import HELP_WIDTH, Command, Group
from ._session import Options, find_pod, open_fleet
from ._volumes import storage_note, volume_options, volumes_app

if TYPE_CHECKING:
    from ..fleet import Fleet
    from ..models import Pod

PROVIDER_NAMES = tuple(REGISTRY)
_titles = ", ".join(p.title for p in REGISTRY.values())
_keys = ", ".join(p.key_env for p in REGISTRY.values())

app = typer.Typer(
    name="gpupods",
    help=f"Rent GPU pods on {_titles} with one set of commands.\n\n"
    f"Keys come from {_keys}; --mock runs everything "
    "on in-process mock clouds instead (no keys, no network). Global options (--provider, "
    "--json, --mock) may be given before or after the command.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": HELP_WIDTH},
)
endpoints_app = typer.Typer(
    help="RunPod serverless endpoints: ls, show, create, rm.", no_args_is_help=True, cls=Group, rich_markup_mode=None
)
mock_app = typer.Typer(
    help="The mock clouds: run them on loopback for your own tools.",
    no_args_is_help=True,
    cls=Group,
    rich_markup_mode=None,
)
app.add_typer(endpoints_app, name="endpoints")
app.add_typer(mock_app, name="mock")
app.add_typer(volumes_app, name="volumes")


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
        typer.Option(
            "--provider",
            "-p",
            metavar="NAME",
            help=f"Only this provider (repeatable, or comma-separated): {', '.join(PROVIDER_NAMES)}.",
        ),
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
            raise typer.BadParameter(
                f"unknown provider {name!r}; choose from {', '.join(PROVIDER_NAMES)}", param_hint="--provider"
            )
    ctx.obj = Options(json=json_output, mock=mock, providers=names or None)


def _options(ctx: typer.Context) -> Options:
    assert isinstance(ctx.obj, Options)
    return ctx.obj


def _say(options: Options, message: str) -> None:
    """A line for people (on stderr, so stdout stays the command's output)."""
    if not options.json:
        print(message, file=sys.stderr)


def _warn_failed(options: Options, failed: dict[str, Any]) -> None:
    """One warning per provider that did not answer (the others' results are shown)."""
    import json

    for provider, error in failed.items():
        if options.json:
            document = {"warning": {"type": type(error).__name__, "provider": provider, "message": str(error)}}
            print(json.dumps(document), file=sys.stderr)
        else:
            print(f"warning: {provider} did not answer, so its results are missing: {error}", file=sys.stderr)


def _width() -> int:
    import shutil

    return shutil.get_terminal_size().columns if sys.stdout.isatty() else 1000


def _show_pod(options: Options, pod: Pod) -> None:
    from . import _output

    if options.json:
        _output.print_json(_output.pod_json(pod))
    else:
        _output.console().print(_output.pods_view([pod], _width()))


F = TypeVar("F", bound=Callable[..., Any])


def _command(name: str | None = None) -> Callable[[F], F]:
    """``app.command`` with help that lists the global options."""
    decorator: Callable[[F], F] = app.command(name, cls=Command)
    return decorator


PodArg = Annotated[
    str, typer.Argument(metavar="POD", help="Pod id, or its name as shown by `gpupods ls`.", show_default=False)
]


# -- pods ------------------------------------------------------------------------------------


def _gpu_usage_error(gpu: str, option: str) -> typer.BadParameter:
    """'Did you mean' for a GPU name no catalog entry answers to."""
    from .. import gpus

    close = gpus.suggest(gpu)
    maybe = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return typer.BadParameter(f"no GPU is called {gpu!r}{maybe} (`gpupods gpus` lists every name)", param_hint=option)


@_command()
def offers(
    ctx: typer.Context,
    gpu: Annotated[
        str | None,
        typer.Argument(
            metavar="[GPU]", help="GPU, e.g. H100, 'H100 SXM', A100_80GB, 4090 (`gpupods gpus` lists them)."
        ),
    ] = None,
    count: Annotated[int | None, typer.Option("--count", "-n", min=1, metavar="N", help="GPUs per pod.")] = None,
    max_price: Annotated[
        float | None, typer.Option("--max-price", min=0, metavar="USD", help="USD/hour for the pod.")
    ] = None,
    spot: Annotated[bool, typer.Option("--spot", help="Spot (interruptible) prices.")] = False,
    region: Annotated[
        str | None,
        typer.Option("--region", metavar="REGION", help="A region id, a country (US, DE) or a continent (EU, NA)."),
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, metavar="N", help="Show at most this many.")] = 20,
) -> None:
    """GPU offers across providers, cheapest first (USD/hour for the whole pod)."""
    from .. import gpus
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        found = fleet.offers(
            gpu, count=count, max_price=max_price, spot=spot, region=region, provider=options.providers
        )
    _warn_failed(options, found.failed)
    if not found and gpu and not gpus.known(gpu):
        raise _gpu_usage_error(gpu, "GPU")
    shown = found[:limit]
    if options.json:
        _output.print_json([_output.offer_json(o) for o in shown])
        return
    if not shown:
        given = [
            flag
            for flag, value in (("--max-price", max_price), ("--region", region), ("--count", count), ("--spot", spot))
            if value
        ]
        what = f"{gpu} " if gpu else ""
        hint = f"; try without {' or '.join(given)}" if given else ""
        _say(options, f"no {what}offer right now{hint}")
        return
    width = _width()
    grid, note = _output.fitted_table(_output.offer_columns(spot), _output.offer_rows(shown), width)
    _output.console().print(grid)
    if note:  # wrapped at the terminal's width
        _output.console(stderr=True).print(note, soft_wrap=False)
    if len(found) > limit:
        _say(options, f"({len(found) - limit} more; --limit to see them)")
    _say(options, "create a pod on one of them: gpupods create --name NAME --offer OFFER")


@_command()
def gpus(ctx: typer.Context) -> None:
    """The GPU names gpupods knows, with each provider's id for them (Novita's product names are
    matched by family and memory, e.g. 'H100 SXM 80GB')."""
    from .. import gpus as catalog
    from . import _output

    options = _options(ctx)
    if options.json:
        _output.print_json([_output.gpu_json(m) for m in catalog.CATALOG])
        return
    _output.console().print(_output.gpus_table(catalog.CATALOG))
    _say(options, "H100 names every H100; 'H100 SXM' one form factor (SXM, PCIe or NVL)")


@_command("ls")
def list_pods(
    ctx: typer.Context,
    show_all: Annotated[bool, typer.Option("--all", "-a", help="Include terminated pods.")] = False,
) -> None:
    """Your pods on every configured provider (terminated ones with --all)."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = fleet.list(options.providers)
        storage = storage_note(fleet, options)
    _warn_failed(options, found.failed)
    pods = [p for p in found if show_all or p.status.value not in ("terminated", "terminating")]
    if options.json:
        _output.print_json([_output.pod_json(p) for p in pods])
    elif pods:
        _output.console().print(_output.pods_view(pods, _width()))
    else:
        _say(options, "no pods")
    if storage:
        _say(options, storage)


@_command()
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


def _find_offer(fleet: Fleet, offer_id: str, spot: bool) -> Any:
    """The offer ``gpupods offers`` showed as ``offer_id``, as the provider offers it now."""
    from ..models import parse_offer_id

    try:
        provider, count = parse_offer_id(offer_id)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--offer") from None
    if provider not in fleet.backends:
        raise typer.BadParameter(
            f"{offer_id!r} is an offer of {provider}, which is not configured here "
            f"(configured: {', '.join(fleet.backends)})",
            param_hint="--offer",
        )
    for offer in fleet.offers(count=count, spot=spot, provider=provider):
        if offer.id == offer_id:
            return offer
    from ..errors import CreateFailed

    raise CreateFailed([], f"offer {offer_id} is no longer offered by {provider}; `gpupods offers` shows what is")


@_command()
def create(
    ctx: typer.Context,
    name: Annotated[
        str, typer.Option("--name", metavar="NAME", help="Pod name (letters, digits, '-').", show_default=False)
    ],
    gpu: Annotated[
        str | None, typer.Option("--gpu", metavar="GPU", help="GPU, e.g. H100, 'H100 SXM', 4090.", show_default=False)
    ] = None,
    offer: Annotated[
        str | None, typer.Option("--offer", metavar="OFFER", help="One exact offer, by the id `gpupods offers` shows.")
    ] = None,
    image: Annotated[
        str,
        typer.Option(
            "--image",
            metavar="IMAGE",
            help="Container image. Prime Intellect runs only its own environment images "
            "(e.g. ubuntu_22_cuda_12); with another image its offers are skipped.",
        ),
    ] = "pytorch/pytorch:latest",
    count: Annotated[
        int | None, typer.Option("--count", "-n", min=1, metavar="N", help="GPUs per pod.  [default: 1]")
    ] = None,
    disk: Annotated[int, typer.Option("--disk", metavar="GB", help="Container disk, GB.")] = 50,
    volume: Annotated[
        list[str] | None,
        typer.Option(
            "--volume",
            metavar="NAME:/PATH",
            help="Mount an existing volume (repeatable; the pod lands where it is); "
            "a number instead is the size in GB of a volume of the pod's own.",
        ),
    ] = None,
    env: Annotated[list[str] | None, typer.Option("--env", "-e", metavar="KEY=VALUE", help="Repeatable.")] = None,
    port: Annotated[
        list[str] | None,
        typer.Option(
            "--port", metavar="PORT/PROTO", help="Open this port too, e.g. 8888/http (repeatable; SSH stays)."
        ),
    ] = None,
    no_ssh: Annotated[bool, typer.Option("--no-ssh", help="No SSH: the pod gets only the --port ports.")] = False,
    ssh_key: Annotated[
        list[str] | None,
        typer.Option(
            "--ssh-key",
            metavar="KEY",
            help="Public key (or .pub file) to install (repeatable).  [default: yours: GPUPODS_SSH_PUBLIC_KEY, "
            "~/.ssh/id_ed25519.pub...]",
        ),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option("--region", metavar="REGION", help="A region id, a country (US, DE) or a continent (EU)."),
    ] = None,
    spot: Annotated[bool, typer.Option("--spot", help="Interruptible pod at the spot price.")] = False,
    max_price: Annotated[float | None, typer.Option("--max-price", metavar="USD", help="USD/hour ceiling.")] = None,
    wait: Annotated[bool, typer.Option("--wait", help="Wait until it is running and reachable.")] = False,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="How long --wait waits.")] = 900,
    ttl: Annotated[
        str | None, typer.Option("--ttl", metavar="DURATION", help="Lease: terminated after this long (2h, 30m).")
    ] = None,
    idle_limit: Annotated[
        str | None,
        typer.Option("--idle-limit", metavar="DURATION", help="Lease: stopped after its GPUs idle this long (RunPod)."),
    ] = None,
    max_cost: Annotated[
        float | None, typer.Option("--max-cost", metavar="USD", help="Lease: terminated at this cost.")
    ] = None,
    max_spend_per_hour: Annotated[
        float | None,
        typer.Option("--max-spend-per-hour", metavar="USD", help="Refuse if all your pods would cost more per hour."),
    ] = None,
    ssh_login: Annotated[bool, typer.Option("--ssh-login", help="--wait until your key logs in too.")] = False,
) -> None:
    """Create a pod on the cheapest matching offer (falling back to the next ones), or on one
    exact offer (--offer). A lease (--ttl, --idle-limit, --max-cost) is enforced by `gpupods
    reap`, from any machine."""
    from .. import gpus
    from ..models import PodSpec
    from ._guard import parse_duration

    options = _options(ctx)
    if gpu is None and offer is None:
        raise typer.BadParameter(
            "give --gpu (the cheapest offers are tried in turn) or --offer (one exact offer)", param_hint="--gpu"
        )
    if gpu is not None and offer is not None:
        raise typer.BadParameter("give --gpu or --offer, not both (an offer names its GPU)", param_hint="--offer")
    ports = tuple(port or ())
    keys = tuple(_public_key_option(k) for k in ssh_key) if ssh_key else None
    volume_gb, mounts = volume_options(volume)
    lease = {
        "ttl": parse_duration(ttl, "--ttl") if ttl else None,
        "idle_limit": parse_duration(idle_limit, "--idle-limit") if idle_limit else None,
    }
    with open_fleet(options, sshd=wait, max_spend_per_hour=max_spend_per_hour) as fleet:
        chosen = _find_offer(fleet, offer, spot) if offer else None
        if chosen is not None and count is not None and count != chosen.count:
            raise typer.BadParameter(f"offer {offer} is for {chosen.count} GPU(s), not {count}", param_hint="--count")
        spec = PodSpec(
            name=name,
            image=image,
            gpu=chosen.gpu_provider_id if chosen else str(gpu),
            gpu_count=chosen.count if chosen else (count or 1),
            disk_gb=disk,
            volume_gb=volume_gb,
            env=_parse_env(env),
            ports=ports,
            region=region,
            spot=spot,
            max_price=max_price,
            volumes=mounts,
            ttl=lease["ttl"],
            idle_limit=lease["idle_limit"],
            max_cost=max_cost,
            ssh=not no_ssh,
            ssh_keys=keys,
        )
        try:
            pod = fleet.create(spec, chosen, provider=None if chosen else options.provider)
        except KeyboardInterrupt as exc:
            from ._session import Interrupted

            # The fleet looks for a pod the interrupted create made and terminates it; its notes say what it did.
            done = "; ".join(note.removeprefix("gpupods: ") for note in getattr(exc, "__notes__", []))
            raise Interrupted(
                f"interrupted while creating {name}" + (f": {done}" if done else ": no pod was made"),
                hint=f"`gpupods ls` shows any pod named {name}",
            ) from None
        except Exception as exc:
            from ..errors import CreateFailed

            if isinstance(exc, CreateFailed) and not exc.attempts and gpu and not gpus.known(gpu):
                raise _gpu_usage_error(gpu, "--gpu") from None
            raise
        _say(options, f"created {pod.provider} pod {pod.id} ({pod.name})")
        if wait:
            pod = _wait(fleet, options, pod, timeout, ssh_login=ssh_login, reachable=not no_ssh)
    _show_pod(options, pod)
    if not wait:
        _say(options, f"next: gpupods wait {pod.id} --provider {pod.provider}")


def _interrupted_waiting(pod: Pod) -> Exception:
    from ._session import Interrupted

    return Interrupted(
        f"stopped waiting; {pod.provider} pod {pod.id} ({pod.name}) still exists and is billed",
        hint=f"remove it with: gpupods rm {pod.id} -p {pod.provider}",
    )


def _public_key_option(value: str) -> str:
    """``--ssh-key``: the key itself, or a file holding it."""
    from pathlib import Path

    from ..keys import KEY_TYPES, read_key_file

    if value.split(None, 1)[0] in KEY_TYPES:
        return value
    try:
        return read_key_file(Path(value).expanduser(), value).public.line
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--ssh-key") from None


def _wait(
    fleet: Fleet, options: Options, pod: Pod, timeout: float, *, ssh_login: bool = False, reachable: bool = True
) -> Pod:
    """``fleet.wait``, with a live line (phase, time waited, timeout) when a person is watching
    (stderr is a terminal). Ctrl-C says that the pod still exists and how to remove it."""
    if options.json or not sys.stderr.isatty():
        try:
            return fleet.wait(pod, timeout, ssh_login=ssh_login, reachable=reachable)
        except KeyboardInterrupt:
            raise _interrupted_waiting(pod) from None
    import threading
    import time

    from rich.console import Console

    result: dict[str, Any] = {}
    latest = [pod]

    def run() -> None:
        try:
            result["pod"] = fleet.wait(
                pod,
                timeout,
                progress=lambda seen: latest.__setitem__(0, seen),
                ssh_login=ssh_login,
                reachable=reachable,
            )
        except BaseException as exc:  # handed to the main thread
            result["error"] = exc

    def line() -> str:
        seen = latest[0]
        phase = seen.status.value + (f" ({seen.provider_status})" if seen.provider_status else "")
        return (
            f"waiting for {pod.provider} pod {pod.name} to be running and reachable: {phase}, "
            f"{time.monotonic() - started:.0f}s of {timeout:g}s  (Ctrl-C stops waiting; the pod stays)"
        )

    started = time.monotonic()
    worker = threading.Thread(target=run, name="gpupods-wait", daemon=True)
    try:
        with Console(stderr=True).status(line()) as status:  # the first frame already says what is waited for
            worker.start()
            while worker.is_alive():
                worker.join(0.2)
                status.update(line())
    except KeyboardInterrupt:
        raise _interrupted_waiting(latest[0]) from None
    if "error" in result:
        raise result["error"]
    waited: Pod = result["pod"]
    return waited


@_command()
def wait(
    ctx: typer.Context,
    pod: PodArg,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Give up after this long.")] = 900,
    ssh_login: Annotated[
        bool, typer.Option("--ssh-login", help="Also wait until your key logs in (an SSH login, not only a banner).")
    ] = False,
) -> None:
    """Wait until a pod is running and its sshd answers (by default: sends its banner; Novita: your
    key added over the password login), or with --ssh-login until your key logs in."""
    options = _options(ctx)
    with open_fleet(options, sshd=True) as fleet:
        found = _wait(fleet, options, find_pod(fleet, options, pod), timeout, ssh_login=ssh_login)
    _show_pod(options, found)


#: For each action, the statuses in which there is nothing to do, and what to say then.
_ALREADY = {"start": ({"running", "starting"}, "already running"), "stop": ({"stopped", "stopping"}, "already stopped")}


def _action(ctx: typer.Context, pod: str, verb: str) -> None:
    options = _options(ctx)
    with open_fleet(options) as fleet:
        found = find_pod(fleet, options, pod)
        statuses, already = _ALREADY.get(verb, (set(), ""))
        if found.status.value in statuses:  # like `docker start` on a running container: nothing to do
            _say(options, f"{found.provider} pod {found.id} ({found.name}) is {already}")
            _show_pod(options, found)
            return
        done = getattr(fleet, verb)(found)
    _say(options, f"{verb}: {found.provider} pod {found.id} ({found.name})")
    if verb == "stop":
        from ._output import stopped_note

        _say(options, stopped_note(done))
    _show_pod(options, done)


@_command()
def start(ctx: typer.Context, pod: PodArg) -> None:
    """Start a stopped pod (a running one is left as it is)."""
    _action(ctx, pod, "start")


@_command()
def stop(ctx: typer.Context, pod: PodArg) -> None:
    """Stop a pod: the GPU is released, the disk is kept and billed (a stopped one is left as it is)."""
    _action(ctx, pod, "stop")


@_command()
def restart(ctx: typer.Context, pod: PodArg) -> None:
    """Restart a pod."""
    _action(ctx, pod, "restart")


def _confirm(prompt: str) -> bool:
    print(f"{prompt} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


@_command("rm")
def remove(
    ctx: typer.Context,
    pods: Annotated[list[str], typer.Argument(metavar="POD...", help="Pod ids or names.", show_default=False)],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Terminate pods. Asks first when run at a terminal (--yes skips the question). A pod
    already terminated (still listed) counts as terminated; a name or id that matches no pod is
    an error (exit 4), and the other pods are still removed."""
    from . import _output
    from ._session import Interrupted, PartialFailure, PodNotFound

    options = _options(ctx)
    results: list[dict[str, Any]] = []
    missing: list[str] = []
    with open_fleet(options) as fleet:
        found: list[Pod] = []
        for ref in pods:
            try:
                pod = find_pod(fleet, options, ref)
            except PodNotFound as exc:
                missing.append(str(exc))
                results.append({"provider": None, "id": None, "name": ref, "terminated": False, "error": str(exc)})
                continue
            if all(pod.id != other.id for other in found):
                found.append(pod)
        live = [p for p in found if p.status.value not in ("terminated", "terminating")]
        if live and not yes and not options.json and sys.stdin.isatty() and sys.stderr.isatty():
            listed = "\n".join(f"  {p.name}  ({p.provider} {p.id}, {p.status.value})" for p in live)
            print(f"these pods will be terminated (their disks are deleted):\n{listed}", file=sys.stderr)
            if not _confirm(f"terminate {len(live)} pod{'s' if len(live) > 1 else ''}?"):
                raise Interrupted("nothing was terminated", hint="answer y, or pass --yes")
        for pod in found:
            if pod in live:
                fleet.terminate(pod)
                _say(options, f"terminated {pod.provider} pod {pod.id} ({pod.name})")
            else:
                _say(options, f"{pod.provider} pod {pod.id} ({pod.name}) is already {pod.status.value}")
            results.append({"provider": pod.provider, "id": pod.id, "name": pod.name, "terminated": True})
    if options.json:
        _output.print_json(results)
    if missing:
        from . import EXIT_NOT_FOUND

        raise PartialFailure("; ".join(missing), EXIT_NOT_FOUND)


@_command()
def logs(
    ctx: typer.Context,
    pod: PodArg,
    tail: Annotated[int, typer.Option("--tail", min=1, metavar="N", help="Last lines to show.")] = 100,
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


@_command()
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
        _output.print_json(
            [
                {
                    "provider": name,
                    "key_env": PROVIDERS[name].key_env,
                    "configured": configured[name],
                    "start_stop": c.start_stop,
                    "restart": c.restart,
                    "logs": c.logs,
                    "spot": c.spot,
                    "serverless": c.serverless,
                    "batch_status": c.batch_status,
                    "notes": list(c.notes),
                    "rename": c.rename,
                    "gpu_utilisation": c.gpu_utilisation,
                    "billing": c.billing,
                    "balance": c.balance,
                    "ssh_keys": c.ssh_keys,
                }
                for name, c in caps.items()
            ]
        )
        return
    yes = {True: "yes", False: "-"}
    rows = [
        (
            name,
            f"{PROVIDERS[name].key_env} ({'set' if configured[name] else 'not set'})",
            yes[c.start_stop],
            yes[c.restart],
            yes[c.logs],
            yes[c.spot],
            yes[c.serverless],
            "; ".join(c.notes),
        )
        for name, c in caps.items()
    ]
    columns = ("PROVIDER", "KEY", "START/STOP", "RESTART", "LOGS", "SPOT", "SERVERLESS", "NOTES")
    _output.console().print(_output.table(columns, rows))


@_command()
def completion(
    shell: Annotated[str, typer.Argument(metavar="SHELL", help="bash, zsh or fish.", show_default=False)],
) -> None:
    """Print the shell completion script: eval "$(gpupods completion bash)" in ~/.bashrc
    (zsh: ~/.zshrc; fish: gpupods completion fish > ~/.config/fish/completions/gpupods.fish)."""
    from ._completion import script

    print(script(shell))


# -- serverless endpoints --------------------------------------------------------------------

EndpointArg = Annotated[str, typer.Argument(metavar="ENDPOINT", help="Endpoint id.", show_default=False)]


@endpoints_app.command("ls", cls=Command)
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


@endpoints_app.command("show", cls=Command)
def endpoints_show(ctx: typer.Context, endpoint: EndpointArg) -> None:
    """One endpoint, with its workers."""
    from . import _output

    options = _options(ctx)
    with open_fleet(options, seed_pods=False) as fleet:
        found = fleet.endpoints.get(endpoint)
        workers = fleet.endpoints.workers(endpoint)
    if options.json:
        document = _output.endpoint_json(found)
        document["workers"] = {
            "running": workers.running,
            "idle": workers.idle,
            "initializing": workers.initializing,
            "throttled": workers.throttled,
            "unhealthy": workers.unhealthy,
            "total": workers.total,
        }
        _output.print_json(document)
        return
    _output.console().print(_output.endpoints_table([found]))
    print(
        f"workers: {workers.total} ({workers.running} running, {workers.idle} idle, "
        f"{workers.initializing} initializing, {workers.unhealthy} unhealthy)"
    )


#: RunPod serverless pool ids look like AMPERE_80, ADA_24, ADA_48_PRO, HOPPER_141.
_POOL = r"[A-Z]+_\d+(_[A-Z]+)?"


@endpoints_app.command("create", cls=Command)
def endpoints_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Option("--name", metavar="NAME", help="Endpoint name.", show_default=False)],
    image: Annotated[str | None, typer.Option("--image", metavar="IMAGE", help="Worker image.")] = None,
    template: Annotated[str | None, typer.Option("--template", metavar="ID", help="A serverless template id.")] = None,
    gpu: Annotated[
        list[str] | None,
        typer.Option("--gpu", metavar="POOL", help="GPU pool, e.g. AMPERE_80, ADA_24, HOPPER_141 (repeatable)."),
    ] = None,
    cpu: Annotated[str | None, typer.Option("--cpu", metavar="FLAVOR", help="CPU flavor instead of GPUs.")] = None,
    endpoint_type: Annotated[str, typer.Option("--type", metavar="TYPE", help="QUEUE or LOAD_BALANCER.")] = "QUEUE",
    workers_min: Annotated[int, typer.Option("--workers-min", metavar="N", help="Workers kept warm.")] = 0,
    workers_max: Annotated[int, typer.Option("--workers-max", metavar="N", help="Most workers at once.")] = 3,
    idle_timeout: Annotated[
        int, typer.Option("--idle-timeout", metavar="SECONDS", help="Seconds before an idle worker stops.")
    ] = 10,
    scaling: Annotated[
        str | None, typer.Option("--scaling", metavar="KIND", help="QUEUE_DELAY or REQUEST_COUNT (default by type).")
    ] = None,
    flashboot: Annotated[
        str, typer.Option("--flashboot", metavar="MODE", help="OFF, FLASHBOOT or PRIORITY_FLASHBOOT.")
    ] = "OFF",
    env: Annotated[list[str] | None, typer.Option("--env", "-e", metavar="KEY=VALUE", help="Repeatable.")] = None,
) -> None:
    """Create a RunPod serverless endpoint (checked before anything is sent)."""
    import re

    from .. import gpus as catalog
    from ..serverless import EndpointSpec
    from . import _output

    for pool in gpu or ():
        if not re.fullmatch(_POOL, pool):
            gpu_name = " is a GPU, not a pool" if catalog.known(pool) else " is not a pool id"
            raise typer.BadParameter(
                f"{pool!r}{gpu_name}: serverless endpoints take RunPod GPU pools such as "
                "AMPERE_80, ADA_24, ADA_48_PRO or HOPPER_141",
                param_hint="--gpu",
            )
    options = _options(ctx)
    spec = EndpointSpec(
        name=name,
        image=image,
        template_id=template,
        gpu_pools=tuple(gpu or ()),
        cpu_flavor=cpu,
        vcpus=2 if cpu else None,
        type=endpoint_type.upper(),  # type: ignore[arg-type]
        workers_min=workers_min,
        workers_max=workers_max,
        idle_timeout=idle_timeout,
        scaling=scaling.upper() if scaling else None,  # type: ignore[arg-type]
        flashboot=flashboot.upper(),  # type: ignore[arg-type]
        env=_parse_env(env),
    )
    with open_fleet(options, seed_pods=False) as fleet:
        endpoint = fleet.endpoints.create(spec)
    if options.json:
        _output.print_json(_output.endpoint_json(endpoint))
    else:
        _say(options, f"created endpoint {endpoint.id} ({endpoint.name})")
        _output.console().print(_output.endpoints_table([endpoint]))


@endpoints_app.command("rm", cls=Command)
def endpoints_remove(
    ctx: typer.Context,
    endpoints: Annotated[list[str], typer.Argument(metavar="ENDPOINT...", help="Endpoint ids.", show_default=False)],
) -> None:
    """Delete endpoints. An id that matches no endpoint is an error (exit 4); the others are
    still deleted."""
    from ..errors import NotFoundError
    from . import EXIT_NOT_FOUND, _output
    from ._session import PartialFailure

    options = _options(ctx)
    results: list[dict[str, Any]] = []
    missing: list[str] = []
    with open_fleet(options, seed_pods=False) as fleet:
        for endpoint in endpoints:
            try:
                fleet.endpoints.get(endpoint)
            except NotFoundError:
                missing.append(f"no endpoint {endpoint!r}")
                results.append({"id": endpoint, "deleted": False, "error": missing[-1]})
                continue
            fleet.endpoints.delete(endpoint)
            _say(options, f"deleted endpoint {endpoint}")
            results.append({"id": endpoint, "deleted": True})
    if options.json:
        _output.print_json(results)
    if missing:
        raise PartialFailure("; ".join(missing), EXIT_NOT_FOUND)


# -- mock clouds -----------------------------------------------------------------------------


@mock_app.command("serve", cls=Command)
def mock_serve(
    ctx: typer.Context,
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            metavar="PORT",
            help="First port; providers take consecutive ones (0: free ports).",
        ),
    ] = None,
    api_key: Annotated[
        list[str] | None,
        typer.Option(
            "--api-key", metavar="KEY", help="Accept only this key (repeatable); other keys get the provider's 401."
        ),
    ] = None,
    lifecycle_scale: Annotated[
        float,
        typer.Option(
            "--lifecycle-scale", metavar="FACTOR", help="Multiply lifecycle phases (0.05: pods up in seconds)."
        ),
    ] = 1.0,
    seed: Annotated[int, typer.Option("--seed", metavar="N", help="Seed of the catalogs and ids.")] = 0,
) -> None:
    """Run the mock clouds on 127.0.0.1 until Ctrl-C; prints the variables that point gpupods at them."""
    from ..mock.__main__ import main as serve

    options = _options(ctx)
    servers = len(options.providers or PROVIDER_NAMES)
    if port is not None and not (port == 0 or 1 <= port <= 65536 - servers):
        raise typer.BadParameter(
            f"give 0 (free ports) or a first port from 1 to {65536 - servers}", param_hint="--port"
        )
    argv = [f"--provider={p}" for p in options.providers or ()]
    argv += [f"--api-key={key}" for key in api_key or ()]
    argv += [f"--lifecycle-scale={lifecycle_scale}", f"--seed={seed}"] + (
        [f"--port={port}"] if port is not None else []
    )
    code = serve(argv)
    if code:
        raise typer.Exit(code)


# -- drift canary (its own module) -------------------------------------------------------------

from ._doctor import register as _register_doctor  # noqa: E402

_register_doctor(app)

from . import _guard  # noqa: E402,F401  (registers reap, cost and extend)

# The SSH commands (ssh, cp, ssh-config, keys) live in their own module; importing it registers them.
from . import _ssh as _ssh  # noqa: E402
