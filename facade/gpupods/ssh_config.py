"""A block of ``~/.ssh/config`` that gpupods keeps: one ``Host`` per pod, so ``ssh train``,
``scp``, ``rsync`` and editors' remote plugins reach pods by name.

The block sits between two marker lines; ``write`` replaces it (or puts it at the top of the
file, where ssh reads first) and leaves every other line as it was. It ends with ``Host *`` so
that lines after it keep applying to every host, as they did. Each entry starts with a comment
naming its provider and pod, so entries of providers that were not asked (or did not answer)
are kept as they are.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .models import Pod
from .ssh import SshSettings, host_key_alias

BEGIN = "# >>> gpupods >>> (written by `gpupods ssh-config`; edits inside this block are replaced)"
END = "# <<< gpupods <<<"
_HOST_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_ENTRY = re.compile(r"^# gpupods-pod (?P<provider>\S+) (?P<id>\S+)$")


@dataclass(frozen=True)
class Entry:
    """One ``Host`` stanza: the pod it is for and its lines (comment and ``Host`` included)."""

    provider: str
    pod_id: str
    host: str
    lines: tuple[str, ...]


def _quote(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) or not value else value


def entries_for(pods: Iterable[Pod], settings: SshSettings) -> tuple[list[Entry], list[Pod]]:
    """An entry for each pod that has an SSH address (under its name, or ``name.id`` when
    several pods share the name, or ``provider-id`` when the name cannot be a host name), and
    the pods left out (no address yet)."""
    with_ssh = [p for p in pods if p.ssh is not None]
    left_out = [p for p in pods if p.ssh is None]
    counts: dict[str, int] = {}
    for pod in with_ssh:
        counts[pod.name] = counts.get(pod.name, 0) + 1
    identity = settings.identity
    entries = []
    for pod in with_ssh:
        ssh = pod.require_ssh()
        if not _HOST_NAME.fullmatch(pod.name or ""):
            host = f"{pod.provider}-{pod.id}"
        elif counts[pod.name] > 1:
            host = f"{pod.name}.{pod.id}"
        else:
            host = pod.name
        lines = [
            f"# gpupods-pod {pod.provider} {pod.id}",
            f"Host {host}",
            f"    HostName {ssh.host}",
            f"    Port {ssh.port}",
            f"    User {ssh.user}",
            f"    HostKeyAlias {host_key_alias(pod)}",
            f"    UserKnownHostsFile {_quote(str(settings.known_hosts))}",
            "    StrictHostKeyChecking accept-new",
            "    HashKnownHosts no",
        ]
        if identity is not None:
            lines += [f"    IdentityFile {_quote(str(identity))}", "    IdentitiesOnly yes"]
        entries.append(Entry(pod.provider, pod.id, host, tuple(lines)))
    return entries, left_out


def read_entries(text: str) -> list[Entry]:
    """The entries of the gpupods block in ``text`` (none when it has no block)."""
    groups: list[list[str]] = []
    for line in _block_lines(text.splitlines()):
        if _ENTRY.match(line):
            groups.append([line])
        elif groups and line.strip() and line.strip() != "Host *":
            groups[-1].append(line)
    entries = []
    for group in groups:
        found = _ENTRY.match(group[0])
        host = next((line.split(None, 1)[1] for line in group if line.startswith("Host ")), "")
        if found is not None and host:
            entries.append(Entry(found["provider"], found["id"], host, tuple(group)))
    return entries


def _block_lines(lines: Sequence[str]) -> list[str]:
    try:
        start = lines.index(BEGIN)
        end = lines.index(END, start)
    except ValueError:
        return []
    return list(lines[start + 1 : end])


def render(entries: Sequence[Entry]) -> str:
    """The block (markers included) for ``entries``."""
    body: list[str] = [BEGIN]
    for entry in entries:
        body += [*entry.lines, ""]
    body += ["Host *", END]
    return "\n".join(body) + "\n"


def merged(old: Sequence[Entry], new: Sequence[Entry], replaced: Iterable[str]) -> list[Entry]:
    """``new`` entries, plus the ``old`` ones of providers not in ``replaced``."""
    covered = set(replaced)
    return [e for e in old if e.provider not in covered] + list(new)


def write(path: Path, entries: Sequence[Entry] | None) -> None:
    """Replace the gpupods block of the config at ``path`` with ``entries`` (``None`` or none:
    remove the block). The file is replaced atomically (a symlink's target, when it is one); a new
    one is made with mode 600."""
    path = path.resolve() if path.is_symlink() else path
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    lines = text.splitlines()
    block = render(entries).splitlines() if entries else []
    try:
        start = lines.index(BEGIN)
        end = lines.index(END, start)
        rest = lines[end + 1 :]
        if not block and start == 0 and rest[:1] == [""]:
            rest = rest[1:]  # the blank line that set a block at the top apart from the file
        lines = lines[:start] + block + rest
    except ValueError:
        lines = block + ([""] if block and lines else []) + lines
    new = "\n".join(lines) + ("\n" if lines else "")
    if new == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o600
    descriptor, temporary = tempfile.mkstemp(prefix=".gpupods-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(new)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read(path: Path) -> list[Entry]:
    try:
        return read_entries(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []


__all__ = ["BEGIN", "END", "Entry", "entries_for", "merged", "read", "read_entries", "render", "write"]
