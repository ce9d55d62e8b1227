"""``gpupods doctor``: the drift canary (``gpupods.doctor``) on the command line.

Every provider whose key is set (or those given with ``--provider``) gets read-only calls,
checked against the specs gpupods was generated from; ``--mock`` runs it against fresh mock
clouds (each with one running pod). Exit codes: 0 no drift, 9 drift, 1 a call failed (and
nothing drifted), 3 no provider has a key.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from ._session import Options, open_fleet


def doctor(
    ctx: typer.Context,
    max_latency: Annotated[
        float,
        typer.Option("--max-latency", min=0, metavar="SECONDS", help="A slower answer is reported (a warning)."),
    ] = 5.0,
) -> None:
    """Check that the providers' APIs still answer as the vendored specs say (read-only calls)."""
    from .. import doctor as canary
    from ..errors import ConfigurationError
    from ..registry import REGISTRY

    options = ctx.obj
    assert isinstance(options, Options)
    wanted = list(options.providers or REGISTRY)
    skipped: dict[str, str] = {}
    if not options.mock:
        for name in wanted:
            if not os.environ.get(REGISTRY[name].key_env):
                skipped[name] = f"no key: set {REGISTRY[name].key_env}"
        if len(skipped) == len(wanted):
            keys = ", ".join(REGISTRY[name].key_env for name in wanted)
            raise ConfigurationError(f"no provider to check: set {keys}")
    checked = [name for name in wanted if name not in skipped]
    with open_fleet(Options(json=options.json, mock=options.mock, providers=checked)) as fleet:
        report = canary.check(fleet, max_latency=max_latency)
    report.skipped.update(skipped)
    if options.json:
        import json

        print(json.dumps(report.to_json(), indent=2))
    else:
        print(report.text())
        if report.exit_code:
            print(f"exit code {report.exit_code}", file=sys.stderr)
    raise typer.Exit(report.exit_code)


def register(app: typer.Typer) -> None:
    """Add ``doctor`` to the ``gpupods`` command (its help lists the global options, as every command's does)."""
    from ._help import Command

    app.command("doctor", cls=Command)(doctor)


__all__ = ["doctor", "register"]
