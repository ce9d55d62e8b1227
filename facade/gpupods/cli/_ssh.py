"""``gpupods ssh``, ``cp``, ``ssh-config`` and ``keys``: pods through the system OpenSSH client.

Every ssh/scp run gets the pod's address, user and port, the user's key (``-i``, from
``GPUPODS_SSH_PUBLIC_KEY`` or ``~/.ssh/id_*.pub``) and gpupods' host-key policy: pods' host keys
are kept in ``~/.ssh/gpupods_known_hosts`` under one name per pod and run (``HostKeyAlias``),
recorded the first time (``StrictHostKeyChecking=accept-new``) and required to match after
(``gpupods.ssh`` explains why). On Novita, which has no key API, the key is first added over the
pod's root-password login.
"""

from __future__ import annotations

import shlex
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._app import PodArg, _command, _options, _say, app
from ._help import Command, Group
from ._session import Options, find_pod, open_fleet

if TYPE_CHECKING:
    from ..fleet import Fleet
    from ..models import Pod

keys_app = typer.Typer(
    help="SSH keys registered on provider accounts: ls, add, rm.",
    no_args_is_help=True,
    cls=Group,
    rich_markup_mode=None,
)
app.add_typer(keys_app, name="keys")

IdentityOption = Annotated[
    Path | None,
    typer.Option(
        "--identity", "-i", metavar="FILE", help="Private key to log in with (default: the one next to your .pub)."
    ),
]


def _ready(fleet: Fleet, options: Options, ref: str) -> Pod:
    """The pod ``ref`` names, with an SSH address, taking the user's key (Novita: added over
    the password login first)."""
    from ..errors import PodError

    pod = find_pod(fleet, options, ref)
    if pod.ssh is None:
        raise PodError(
            f"{pod.provider} pod {pod.id} has no SSH address yet (status {pod.status.value}); "
            f"run: gpupods wait {pod.id} -p {pod.provider}",
            pod_id=pod.id,
            provider=pod.provider,
            status=pod.provider_status,
        )
    fleet.install_ssh_keys(pod)
    return pod


def run_attached(argv: list[str]) -> int:
    """Run ``argv`` on this terminal and return its exit status. While it runs, Ctrl-C is the
    child's alone (ssh passes it on or stops); gpupods waits for its status."""
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        child = subprocess.Popen(argv)
    except FileNotFoundError:
        from ..errors import ConfigurationError

        raise ConfigurationError(
            f"{argv[0]} is not installed: gpupods runs the system OpenSSH client "
            "(Debian/Ubuntu: apt install openssh-client; macOS and Windows 10+ have it)"
        ) from None
    if threading.current_thread() is not threading.main_thread():
        return child.wait()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return child.wait()
    finally:
        signal.signal(signal.SIGINT, previous)


@_command()
def ssh(
    ctx: typer.Context,
    pod: PodArg,
    command: Annotated[
        list[str] | None,
        typer.Argument(metavar="[-- COMMAND...]", help="Run this instead of a shell; exits with its status."),
    ] = None,
    print_only: Annotated[bool, typer.Option("--print", help="Print the ssh command instead of running it.")] = False,
    password: Annotated[
        bool,
        typer.Option("--password", help="Print the pod's root password (Novita) instead; it is never shown unasked."),
    ] = False,
    identity: IdentityOption = None,
) -> None:
    """Open a shell on a pod with the system ssh, or run a command there: gpupods ssh POD -- CMD exits
    with CMD's status (255: ssh itself failed). As with ssh, the pod's shell runs CMD's words joined by
    spaces: quote what is for that shell (gpupods ssh train -- 'nvidia-smi | head -5').
    Host keys: recorded the first time, checked after, per pod (see `gpupods ssh-config --help`)."""
    from ..ssh import ssh_command
    from . import _output

    options = _options(ctx)
    with open_fleet(options, sshd=True) as fleet:
        if password:  # a pod read by itself (a list answer may leave the password out)
            _print_password(fleet.get(find_pod(fleet, options, pod)))
            return
        found = _ready(fleet, options, pod)
        argv = ssh_command(found, fleet.ssh_settings, *(command or ()), identity=identity)
        if print_only or (options.json and not command):
            if options.json:
                ssh_info = _output.ssh_json(found.ssh) or {}
                _output.print_json({"provider": found.provider, "id": found.id, **ssh_info, "argv": argv})
            else:
                print(shlex.join(argv))
            return
        code = run_attached(argv)
    raise typer.Exit(code)


def _print_password(pod: Pod) -> None:
    from ..errors import PodError

    if pod.ssh is None or not pod.ssh.password:
        raise PodError(
            f"{pod.provider} gives no root password for pod {pod.id} (its SSH takes keys)",
            pod_id=pod.id,
            provider=pod.provider,
            status=pod.provider_status,
        )
    print(pod.ssh.password)


def _split(ref: str) -> tuple[str, str] | None:
    """(pod, path) of ``POD:PATH``; None for a local path (no colon, or a slash before it)."""
    head, colon, tail = ref.partition(":")
    if not colon or not head or "/" in head or "\\" in head:
        return None
    return head, tail


@_command()
def cp(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="SRC", help="A local path, or POD:PATH.", show_default=False)],
    target: Annotated[str, typer.Argument(metavar="DST", help="A local path, or POD:PATH.", show_default=False)],
    recursive: Annotated[bool, typer.Option("--recursive", "-r", help="Copy folders.")] = False,
    identity: IdentityOption = None,
) -> None:
    """Copy files to or from a pod with scp: gpupods cp ./data train:/workspace/ (exits with scp's status)."""
    from ..ssh import remote_path, scp_command

    remote_source, remote_target = _split(source), _split(target)
    if remote_source and remote_target:
        raise typer.BadParameter("copy between two pods through here: first POD:PATH to a local path", param_hint="SRC")
    remote = remote_source or remote_target
    if remote is None:
        raise typer.BadParameter("one side is POD:PATH (e.g. train:/workspace/out.txt)", param_hint="DST")
    ref, path = remote
    options = _options(ctx)
    with open_fleet(options, sshd=True) as fleet:
        found = _ready(fleet, options, ref)
        there = remote_path(found, path)
        argv = scp_command(
            found,
            fleet.ssh_settings,
            there if remote_source else source,
            there if remote_target else target,
            recursive=recursive,
            identity=identity,
        )
        code = run_attached(argv)
    raise typer.Exit(code)


@_command("ssh-config")
def ssh_config(
    ctx: typer.Context,
    config: Annotated[
        Path | None, typer.Option("--config", metavar="FILE", help="The ssh config to keep.  [default: ~/.ssh/config]")
    ] = None,
    remove: Annotated[bool, typer.Option("--remove", help="Remove gpupods' block instead.")] = False,
) -> None:
    """Keep a block in ~/.ssh/config with a Host per pod name, so `ssh train`, scp, rsync and editors'
    remote plugins reach pods. Run it again after creating or removing pods: gone pods leave the block.
    Host keys are recorded on first connection and checked after, per pod and run, in
    ~/.ssh/gpupods_known_hosts (a reused address never warns; a changed key for the same pod is refused)."""
    from .. import ssh_config as blocks
    from ..keys import home_of
    from . import _output

    options = _options(ctx)
    path = config or home_of(None) / ".ssh" / "config"
    if remove:
        blocks.write(path, None)
        _say(options, f"removed gpupods' hosts from {path}")
        if options.json:
            _output.print_json({"config": str(path), "hosts": []})
        return
    if options.mock:
        raise typer.BadParameter(
            "--mock pods vanish when the command ends; run `gpupods mock serve` and point gpupods at it",
            param_hint="--mock",
        )
    with open_fleet(options) as fleet:
        found = fleet.list(options.providers)
        live = [p for p in found if p.status.value not in ("terminated", "terminating")]
        for pod in live:
            if pod.ssh is not None:
                fleet.install_ssh_keys(pod)
        entries, left_out = blocks.entries_for(live, fleet.ssh_settings)
        answered = [name for name in fleet.backends if name not in found.failed]
        if options.providers:
            answered = [name for name in answered if name in options.providers]
    kept = blocks.merged(blocks.read(path), entries, answered)
    blocks.write(path, kept)
    if options.json:
        rows = [{"host": e.host, "provider": e.provider, "id": e.pod_id} for e in kept]
        _output.print_json({"config": str(path), "hosts": rows})
        return
    hosts = ", ".join(f"{e.host} ({e.provider})" for e in kept) or "none"
    _say(options, f"{path}: {len(kept)} host(s): {hosts}")
    for pod in left_out:
        _say(options, f"left out {pod.name} ({pod.provider} {pod.id}): no SSH address while {pod.status.value}")
    if found.failed:
        _say(options, f"kept the entries of {', '.join(found.failed)}, which did not answer")


# -- keys on accounts ----------------------------------------------------------------------------


def _key_text(value: str | None) -> str:
    """A public key given as its text, as a file, or (nothing given) the user's key."""
    from ..keys import KEY_TYPES, find_user_key, read_key_file

    try:
        if value is None:
            found = find_user_key()
            if found is None:
                from ..errors import NoSshKey
                from ..keys import KEYGEN_COMMAND

                raise NoSshKey("no SSH public key found to add", f"create one with: {KEYGEN_COMMAND}")
            return found.public.line
        if value.split(None, 1)[0] in KEY_TYPES:
            return value
        return read_key_file(Path(value).expanduser(), value).public.line
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="KEY") from None


def _key_json(key: Any) -> dict[str, Any]:
    return {
        "provider": key.provider,
        "id": key.id,
        "name": key.name,
        "fingerprint": key.fingerprint,
        "public_key": key.public_key,
    }


def _one_provider(options: Options, fleet: Fleet) -> str:
    if options.provider is not None:
        return options.provider
    if len(fleet.backends) == 1:
        return next(iter(fleet.backends))
    raise typer.BadParameter(f"name the account: -p {' or -p '.join(fleet.backends)}", param_hint="--provider")


@keys_app.command("ls", cls=Command)
def keys_list(ctx: typer.Context) -> None:
    """The SSH keys on each account (providers without a key API are noted)."""
    from ..errors import UnsupportedOperation
    from . import _output

    options = _options(ctx)
    rows: list[dict[str, Any]] = []
    with open_fleet(options, seed_pods=False) as fleet:
        for name in options.providers or list(fleet.backends):
            try:
                rows += [_key_json(k) for k in fleet.ssh_keys(name).list()]
            except UnsupportedOperation as exc:
                _say(options, f"{name}: {exc}")
    if options.json:
        _output.print_json(rows)
    elif rows:
        table = [(r["provider"], r["name"], r["fingerprint"], r["id"]) for r in rows]
        _output.console().print(_output.table(("PROVIDER", "NAME", "FINGERPRINT", "ID"), table))
    else:
        _say(options, "no keys")


@keys_app.command("add", cls=Command)
def keys_add(
    ctx: typer.Context,
    key: Annotated[
        str | None, typer.Argument(metavar="[KEY]", help="A public key or a .pub file (default: yours).")
    ] = None,
    name: Annotated[str | None, typer.Option("--name", metavar="NAME", help="Name on the account.")] = None,
) -> None:
    """Register a public key on an account (-p PROVIDER); a key already there is left as it is."""
    from . import _output

    options = _options(ctx)
    text = _key_text(key)
    with open_fleet(options, seed_pods=False) as fleet:
        added = fleet.ssh_keys(_one_provider(options, fleet)).add(text, name)
    if options.json:
        _output.print_json(_key_json(added))
    else:
        _say(options, f"{added.provider}: key {added.fingerprint} registered as {added.name!r} (id {added.id})")


@keys_app.command("rm", cls=Command)
def keys_remove(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="KEY", help="Id, fingerprint, public key or .pub file.")],
) -> None:
    """Remove a key from an account (-p PROVIDER)."""
    from ..keys import KEY_TYPES
    from . import _output

    options = _options(ctx)
    ref = key
    if not key.startswith("SHA256:") and key.split(None, 1)[0] not in KEY_TYPES and Path(key).expanduser().is_file():
        ref = _key_text(key)  # a .pub file: the key in it
    with open_fleet(options, seed_pods=False) as fleet:
        removed = fleet.ssh_keys(_one_provider(options, fleet)).remove(ref)
    if options.json:
        _output.print_json(_key_json(removed))
    else:
        _say(options, f"{removed.provider}: removed key {removed.fingerprint} ({removed.name!r})")
