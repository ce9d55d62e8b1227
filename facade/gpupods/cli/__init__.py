"""The ``gpupods`` command line.

Exit codes (stable; scripts may rely on them):

    0    success
    1    the provider failed or could not be reached (HTTP error, timeout, bad answer)
    2    usage: unknown command or option, bad value, unknown GPU name
    3    configuration: a missing API key, an unknown provider
    4    not found: no such pod or endpoint
    5    unsupported: the provider's API cannot do this (see ``gpupods providers``)
    6    invalid spec: a pod or endpoint spec refused before any request
    7    create failed: no candidate offer produced a pod (every attempt is listed)
    8    pod not ready: wait timed out, the pod failed, or it has no SSH address yet
    9    drift: ``gpupods doctor`` found answers that differ from the vendored specs
    10   in use: a volume that pods still mount was not deleted (``volumes rm --force``)
    11   refused by the spend cap (--max-spend-per-hour): nothing was created
    130  interrupted (Ctrl-C), or "no" at ``rm``'s question

Errors are one or two lines on stderr (a JSON document on stderr with ``--json``, usage errors
included). A provider that did not answer ``ls`` or ``offers`` is a warning, not an error,
while another one answered.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_NOT_FOUND = 4
EXIT_UNSUPPORTED = 5
EXIT_INVALID_SPEC = 6
EXIT_CREATE_FAILED = 7
EXIT_NOT_READY = 8
EXIT_IN_USE = 10
EXIT_BUDGET = 11
EXIT_INTERRUPTED = 130

#: Options that belong to the whole invocation, accepted anywhere on the line
#: (``gpupods ls --json`` as well as ``gpupods --json ls``): name -> takes a value.
GLOBAL_OPTIONS = {"--json": False, "--mock": False, "--provider": True, "-p": True}

#: Where a ``PodSpec``/``EndpointSpec`` field is set on the command line.
SPEC_FLAGS = {
    "gpu_count": "--count",
    "disk_gb": "--disk",
    "volume_gb": "--volume",
    "max_price": "--max-price",
    "gpu_pools": "--gpu",
    "cpu_flavor": "--cpu",
    "template_id": "--template",
    "type": "--type",
    "workers_min": "--workers-min",
    "workers_max": "--workers-max",
    "idle_timeout": "--idle-timeout",
    "ports": "--port",
    "volumes": "--volume",
    "size_gb": "--size",
}


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """Move global options found after the command to the front, where click expects them.
    Everything after ``--`` is left alone."""
    front: list[str] = []
    rest: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        if item == "--":
            rest += items[i:]
            break
        name = item.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            front.append(item)
            if GLOBAL_OPTIONS[name] and "=" not in item and i + 1 < len(items):
                front.append(items[i + 1])
                i += 1
        else:
            rest.append(item)
        i += 1
    return front + rest


def _hint(exc: BaseException) -> str | None:
    from ..errors import ConfigurationError, CreateFailed, InvalidSpec, UnsupportedOperation

    hint = getattr(exc, "hint", None)
    if isinstance(hint, str):
        return hint
    if isinstance(exc, CreateFailed) and any(isinstance(err, InvalidSpec) for _, err in exc.attempts):
        return "an offer skipped for its image takes another image, e.g. --image ubuntu_22_cuda_12 -p primeintellect"
    if isinstance(exc, ConfigurationError):
        return "or add --mock to try gpupods on in-process mock clouds"
    if isinstance(exc, UnsupportedOperation):
        return "`gpupods providers` shows what each provider can do"
    from ..errors import BudgetExceeded

    if isinstance(exc, BudgetExceeded):
        return "`gpupods cost` shows what your pods cost now; stop or remove some, or raise --max-spend-per-hour"
    if isinstance(exc, InvalidSpec):
        flag = SPEC_FLAGS.get(exc.field, "--" + exc.field.replace("_", "-"))
        return f"fix {flag} and run the command again (nothing was sent)"
    return None


def exit_code_for(exc: BaseException) -> int:
    from ..errors import (
        BudgetExceeded,
        ConfigurationError,
        CreateFailed,
        InvalidSpec,
        NotFoundError,
        PodError,
        UnsupportedOperation,
        VolumeInUse,
    )
    from ._session import AmbiguousPod, EndpointNotFound, Interrupted, PartialFailure, PodNotFound

    if isinstance(exc, PartialFailure):
        return exc.exit_code
    table: list[tuple[type[BaseException] | tuple[type[BaseException], ...], int]] = [
        (Interrupted, EXIT_INTERRUPTED),
        (ConfigurationError, EXIT_CONFIG),
        ((NotFoundError, PodNotFound, EndpointNotFound), EXIT_NOT_FOUND),
        (AmbiguousPod, EXIT_USAGE),
        (UnsupportedOperation, EXIT_UNSUPPORTED),
        (InvalidSpec, EXIT_INVALID_SPEC),
        (CreateFailed, EXIT_CREATE_FAILED),
        (PodError, EXIT_NOT_READY),
        (VolumeInUse, EXIT_IN_USE),
        (BudgetExceeded, EXIT_BUDGET),
    ]
    for kinds, code in table:
        if isinstance(exc, kinds):
            return code
    return EXIT_API


def _report(exc: BaseException, code: int, as_json: bool, message: str | None = None, hint: str | None = None) -> None:
    message, hint = str(exc) if message is None else message, hint or _hint(exc)
    if as_json:
        import json

        document = {"error": {"type": type(exc).__name__, "message": message, "exit_code": code, "hint": hint}}
        print(json.dumps(document), file=sys.stderr)
        return
    print(f"error: {message}", file=sys.stderr)
    if hint:
        print(f"hint: {hint}", file=sys.stderr)


def _command_line_error() -> type[Exception]:
    """The base class of typer's usage errors: its own (typer >= 0.26 carries a copy of click),
    or click's (older typer)."""
    import importlib

    for module, name in (("typer.exceptions", "TyperException"), ("click.exceptions", "ClickException")):
        try:
            found: type[Exception] = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        return found
    raise RuntimeError("typer is installed without a usage-error class gpupods knows")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    import typer
    import typer.main

    CommandLineError = _command_line_error()

    import os

    from ._app import app

    if os.environ.get("_GPUPODS_COMPLETE"):  # the shell asks for completions (`gpupods completion SHELL`)
        from typer._completion_classes import completion_init

        completion_init()
    args = hoist_global_options(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    command = typer.main.get_command(app)
    try:
        result = command.main(args=args, prog_name="gpupods", standalone_mode=False)
    except typer.Exit as done:
        return int(done.exit_code)
    except typer.Abort:
        _report(KeyboardInterrupt(), EXIT_INTERRUPTED, as_json, "interrupted")
        return EXIT_INTERRUPTED
    except CommandLineError as exc:
        code = int(getattr(exc, "exit_code", EXIT_USAGE))
        if as_json:
            format_message = getattr(exc, "format_message", None)
            context = getattr(exc, "ctx", None)
            path = context.command_path if context is not None else "gpupods"
            _report(
                exc, code, True, format_message() if format_message else str(exc), f"`{path} --help` shows the usage"
            )
            return code
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            print(f"error: {exc}", file=sys.stderr)
        return code
    except KeyboardInterrupt as exc:
        _report(exc, EXIT_INTERRUPTED, as_json, "interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        from ..errors import GpupodsError
        from ._session import AmbiguousPod, EndpointNotFound, Interrupted, PartialFailure, PodNotFound

        if not isinstance(
            exc, (GpupodsError, PodNotFound, AmbiguousPod, EndpointNotFound, Interrupted, PartialFailure)
        ):
            raise
        code = exit_code_for(exc)
        _report(exc, code, as_json)
        return code
    return result if isinstance(result, int) else EXIT_OK
