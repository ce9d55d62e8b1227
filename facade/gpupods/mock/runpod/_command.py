"""A container's command as RunPod v2 keeps it: ``args`` (the stored form), ``cmd`` and
``entrypoint`` (exec form), all three answered on every pod and template.

``args`` is a shell string (taken as CMD and split) or a JSON string ``{"entrypoint": [...],
"cmd": [...]}``. A request may send ``cmd``/``entrypoint`` instead, or with an ``args`` that
says the same; ``""`` or ``[]`` clears a part and a part left out stays.

The account keeps a pod's or template's CMD as a shell string (``args``, what REST v1 and
GraphQL call the start command) and its ENTRYPOINT as a list: :meth:`Command.stored` and
:meth:`Command.of` convert between the two forms.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._core import ApiError


@dataclass(frozen=True)
class Command:
    entrypoint: tuple[str, ...] = ()
    cmd: tuple[str, ...] = ()

    @classmethod
    def of(cls, args: str, entrypoint: list[str] | tuple[str, ...] = ()) -> Command:
        """The command of an object the account keeps (CMD as a shell string, ENTRYPOINT)."""
        try:
            cmd = tuple(shlex.split(args))
        except ValueError:  # unbalanced quotes from an API that stores the text as given
            cmd = (args,) if args else ()
        return cls(tuple(entrypoint), cmd)

    def stored(self) -> tuple[str, list[str]]:
        """(CMD as a shell string, ENTRYPOINT) as the account keeps them."""
        return shlex.join(self.cmd), list(self.entrypoint)

    @classmethod
    def parse_args(cls, args: str) -> Command:
        """The command an ``args`` string describes (400 when it cannot be read)."""
        text = args.strip()
        if text.startswith("{"):
            try:
                data = json.loads(text)
                entrypoint, cmd = data.get("entrypoint") or [], data.get("cmd") or []
                if not all(isinstance(x, str) for x in [*entrypoint, *cmd]):
                    raise ValueError("not strings")
            except (ValueError, AttributeError, TypeError):
                raise ApiError(400, 'args is neither a shell string nor {"entrypoint": [...], "cmd": [...]}') from None
            return cls(tuple(entrypoint), tuple(cmd))
        try:
            return cls((), tuple(shlex.split(text)))
        except ValueError as exc:
            raise ApiError(400, f"args cannot be split as a shell command: {exc}") from None

    @property
    def args(self) -> str:
        if not self.entrypoint and not self.cmd:
            return ""
        if not self.entrypoint:
            return shlex.join(self.cmd)
        return json.dumps({"entrypoint": list(self.entrypoint), "cmd": list(self.cmd)}, separators=(",", ":"))

    def fields(self) -> dict[str, Any]:
        """The three fields an answer carries."""
        return {"args": self.args, "cmd": list(self.cmd), "entrypoint": list(self.entrypoint)}

    def updated(self, body: Mapping[str, Any]) -> Command:
        """This command with a request's ``args``/``cmd``/``entrypoint`` applied (400 when the
        request sends ``args`` with a ``cmd``/``entrypoint`` that says something else)."""
        entrypoint, cmd = self.entrypoint, self.cmd
        if "entrypoint" in body:
            entrypoint = tuple(body["entrypoint"] or ())
        if "cmd" in body:
            cmd = tuple(body["cmd"] or ())
        if "args" not in body:
            return Command(entrypoint, cmd)
        from_args = Command.parse_args(body["args"] or "")
        if ("cmd" in body or "entrypoint" in body) and from_args != Command(entrypoint, cmd):
            raise ApiError(400, "args and cmd/entrypoint describe different commands")
        return from_args


__all__ = ["Command"]
