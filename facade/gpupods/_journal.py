"""Creates in progress on this machine: how the reaper tells the leftover of an interrupted
create from a pod that someone has.

Before a create call's first request, ``Fleet.create`` writes ``<state dir>/creates/<token>.json``
(the client token, the process, when it started, the providers tried); when the call ends
with its pod, or surely without one, the file is removed. A file whose process is gone
(killed, crashed, or interrupted before its clean-up could make sure) names a create that
never finished: a pod carrying its token was returned to nobody. ``Fleet.reap`` reports such
pods and terminates them once ``leftover_grace`` has passed since the create started.

Only this machine's creates are known here: a pod made elsewhere is never taken for a
leftover. The state directory is ``$GPUPODS_STATE_DIR``, else ``$XDG_STATE_HOME/gpupods``,
else ``~/.local/state/gpupods``. Writing it is best effort: a create never fails because of it.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger("gpupods")

#: A create call that has run this long is over, whatever its process is doing now (the
#: create protocol's attempts, searches and waits end well before).
MAX_CREATE_SECONDS = 3600.0


def state_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where gpupods keeps what it must remember between processes."""
    environ = os.environ if environ is None else environ
    if environ.get("GPUPODS_STATE_DIR"):
        return Path(environ["GPUPODS_STATE_DIR"])
    base = environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "gpupods"


@dataclass(frozen=True)
class CreateRecord:
    """One create call that has sent (or is about to send) a request."""

    token: str
    pid: int
    host: str
    started_at: float  # the fleet's clock
    providers: tuple[str, ...] = field(default_factory=tuple)

    def abandoned(self, now: float, host: str | None = None) -> bool:
        """Whether the call is over without having removed its record: its process is gone
        (on this host), or it started longer ago than any create lasts."""
        if now - self.started_at >= MAX_CREATE_SECONDS:
            return True
        return self.host == (host or socket.gethostname()) and not _alive(self.pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process has the pid: it exists
    except OSError:
        return False
    return True


class CreateJournal:
    """The records of this machine's create calls, one file each."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)

    @classmethod
    def default(cls) -> CreateJournal:
        return cls(state_dir() / "creates")

    def _path(self, token: str) -> Path:
        return self.directory / f"{token}.json"

    def begin(self, token: str, provider: str, now: float) -> None:
        """Record that the call with ``token`` may create a pod on ``provider``."""
        previous = self.read(token)
        providers = tuple(dict.fromkeys([*(previous.providers if previous else ()), provider]))
        record = CreateRecord(
            token=token,
            pid=os.getpid(),
            host=socket.gethostname(),
            started_at=previous.started_at if previous else now,
            providers=providers,
        )
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temporary = self.directory / f".{token}.{os.getpid()}.tmp"
            temporary.write_text(json.dumps(asdict(record)), "utf-8")
            temporary.replace(self._path(token))
        except OSError as exc:
            log.warning(
                "cannot record the create %s in %s (%s): the reaper will not know it", token, self.directory, exc
            )

    def end(self, token: str) -> None:
        """The call with ``token`` is over: its pod (if any) has an owner."""
        try:
            self._path(token).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove the record of create %s (%s)", token, exc)

    def read(self, token: str) -> CreateRecord | None:
        try:
            data = json.loads(self._path(token).read_text("utf-8"))
            return CreateRecord(
                token=str(data["token"]),
                pid=int(data["pid"]),
                host=str(data["host"]),
                started_at=float(data["started_at"]),
                providers=tuple(str(p) for p in data.get("providers") or ()),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def records(self) -> list[CreateRecord]:
        try:
            paths = sorted(self.directory.glob("*.json"))
        except OSError:
            return []
        found = (self.read(path.stem) for path in paths)
        return [record for record in found if record is not None]

    def abandoned(self, now: float) -> list[CreateRecord]:
        """Records of calls that ended without removing them (see ``CreateRecord.abandoned``)."""
        host = socket.gethostname()
        return [record for record in self.records() if record.abandoned(now, host)]


__all__ = ["MAX_CREATE_SECONDS", "CreateJournal", "CreateRecord", "state_dir"]
