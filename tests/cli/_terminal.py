"""The installed ``gpupods`` in a pseudo-terminal of a given size, read as a person sees it."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
KEY_VARS = ("RUNPOD_API_KEY", "PRIME_API_KEY", "NOVITA_API_KEY")
URL_VARS = ("GPUPODS_RUNPOD_URL", "GPUPODS_PRIMEINTELLECT_URL", "GPUPODS_NOVITA_URL")


def script() -> str:
    import shutil

    found = shutil.which("gpupods", path=os.path.dirname(sys.executable)) or shutil.which("gpupods")
    assert found, "the gpupods console script is installed with the package"
    return found


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without provider settings or a forced width (the terminal's size counts)."""
    drop = set(KEY_VARS + URL_VARS) | {"COLUMNS", "LINES"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(extra)
    return env


#: Runs a command with Ctrl-C (SIGINT) at its default, as in a person's terminal: a test run
#: started in the background of a shell without job control inherits SIGINT ignored, and a
#: program started that way (Python included) never sees Ctrl-C.
_DEFAULT_SIGINT = (
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
)


def as_at_a_terminal(argv: list[str]) -> list[str]:
    """``argv``, started with SIGINT at its default (see ``_DEFAULT_SIGINT``)."""
    return [sys.executable, "-c", _DEFAULT_SIGINT, *argv]


class Terminal:
    """``gpupods ARGS`` with stdin, stdout and stderr on one pseudo-terminal of ``columns``."""

    def __init__(self, args: list[str], columns: int, env: dict[str, str], rows: int = 60) -> None:
        self.primary, secondary = pty.openpty()
        fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.proc = subprocess.Popen(
            as_at_a_terminal([script(), *args]), stdin=secondary, stdout=secondary, stderr=secondary, env=env
        )
        os.close(secondary)
        self._data = bytearray()
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.primary, 65536)
            except OSError:  # EIO once the child side is closed
                chunk = b""
            with self._changed:
                self._data += chunk
                self._changed.notify_all()
            if not chunk:
                return

    @property
    def raw(self) -> str:
        return bytes(self._data).decode(errors="replace")

    @property
    def text(self) -> str:
        """What was shown, colours removed, one entry per line."""
        return ANSI.sub("", self.raw).replace("\r\n", "\n")

    def lines(self) -> list[str]:
        return [line.split("\r")[-1] for line in self.text.split("\n")]

    def wait_for(self, needle: str, timeout: float = 120.0) -> None:
        """Until ``needle`` has been shown (bounded: generous, for a busy machine)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while needle not in ANSI.sub("", bytes(self._data).decode(errors="replace")):
                left = deadline - time.monotonic()
                if left <= 0 or (self.proc.poll() is not None and not self._reader.is_alive()):
                    raise AssertionError(f"{needle!r} never shown; the terminal showed:\n{self.text}")
                self._changed.wait(min(left, 1.0))

    def type(self, keys: str) -> None:
        os.write(self.primary, keys.encode())

    def interrupt(self) -> None:
        self.proc.send_signal(signal.SIGINT)

    def finish(self, timeout: float = 120.0) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(timeout)
        os.close(self.primary)
        return code
