"""Cost guardrails on the command line: ``reap`` (with ``--loop``), ``cost`` and ``extend``,
and the lease and cost figures ``ls``, ``create`` and ``stop`` show.

    gpupods create --name train --gpu H100 --ttl 8h --idle-limit 30m
    gpupods reap --dry-run                     # what a pass would do
    gpupods reap --loop 5m                     # a long-running reaper (SIGTERM/SIGINT: clean stop)
    gpupods cost --since 24h                   # estimates beside the providers' billing
    gpupods extend train --by 2h
"""

from __future__ import annotations

import re
import signal
import sys
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._app import PodArg, _command, _options, _say, _show_pod
from ._output import duration_text, lease_cells
from ._session import find_pod, open_fleet

if TYPE_CHECKING:
    from ..fleet import CostReport
    from ..models import Pod
    from ..reaper import ReapItem, ReapReport

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhdw])")


def parse_duration(text: str, option: str) -> float:
    """``90s``, ``30m``, ``2h``, ``1d``, ``1h30m`` or a number of seconds, as seconds."""
    value = text.strip().lower()
    try:
        seconds = float(value)
    except ValueError:
        parts = _DURATION.findall(value)
        if not parts or "".join(n + u for n, u in parts) != value:
            raise typer.BadParameter(
                f"{text!r} is not a duration such as 90s, 30m, 2h, 1d or 1h30m", param_hint=option
            ) from None
        seconds = sum(float(number) * _UNITS[unit] for number, unit in parts)
    if not seconds > 0 or seconds != seconds or seconds == float("inf"):
        raise typer.BadParameter(f"{text!r}: give a positive duration", param_hint=option)
    return seconds


# -- reap ---------------------------------------------------------------------------------------


def _result(item: ReapItem, dry_run: bool) -> str:
    if item.done is None:
        return ""
    if dry_run:
        return "would"
    return "done" if item.done else "FAILED"


def _print_report(report: ReapReport, as_json: bool, loop: bool) -> None:
    import json

    from . import _output

    if as_json:
        if loop:  # one line per pass: a stream of JSON documents
            sys.stdout.write(json.dumps(report.to_json(), separators=(",", ":")) + "\n")
            sys.stdout.flush()
        else:
            _output.print_json(report.to_json())
        return
    stamp = report.at.strftime("%Y-%m-%d %H:%M:%SZ")
    for provider, error in report.failed.items():
        print(f"{stamp} {provider}: pods could not be listed ({error}); nothing done there", file=sys.stderr)
    rows = [
        (
            item.kind,
            _result(item, report.dry_run),
            item.provider,
            item.pod_id,
            item.name,
            item.reason + (f" ({item.error})" if item.error else ""),
        )
        for item in report.items
    ]
    if rows:
        columns = ("ACTION", "RESULT", "PROVIDER", "ID", "NAME", "WHY")
        title = f"reaper pass at {stamp}" + (" (dry run: nothing done)" if report.dry_run else "")
        _output.console().print(_output.table(columns, rows, title))
    else:
        print(f"{stamp} reaper: nothing to do")
    sys.stdout.flush()


def _percent(value: float) -> float:
    if not 0 <= value <= 100:
        raise typer.BadParameter(f"{value:g} is not a percentage from 0 to 100")
    return value


@_command()
def reap(
    ctx: typer.Context,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Decide and report; change nothing.")] = False,
    loop: Annotated[
        str | None,
        typer.Option("--loop", metavar="INTERVAL", help="Run a pass every INTERVAL (e.g. 5m) until stopped."),
    ] = None,
    idle_threshold: Annotated[
        float,
        typer.Option(
            "--idle-threshold",
            metavar="PERCENT",
            help="GPU utilisation that counts as idle (0 to 100).",
            callback=_percent,
        ),
    ] = 5.0,
    leftover_grace: Annotated[
        str,
        typer.Option(
            "--leftover-grace", metavar="DURATION", help="Leftovers of interrupted creates are removed after this."
        ),
    ] = "15m",
) -> None:
    """Enforce leases: terminate expired pods, stop idle ones, report stopped pods' storage bill
    and leftovers of interrupted creates. With --loop it runs until SIGTERM or Ctrl-C, finishing
    the pass under way. Exit code 1 when an action failed (it is tried again next pass)."""
    options = _options(ctx)
    interval = parse_duration(loop, "--loop") if loop is not None else None
    grace = parse_duration(leftover_grace, "--leftover-grace")
    with open_fleet(options, seed_pods=False) as fleet:

        def one_pass() -> ReapReport:
            report = fleet.reap(
                dry_run, provider=options.providers, idle_threshold=idle_threshold, leftover_grace=grace
            )
            _print_report(report, options.json, interval is not None)
            return report

        if interval is None:
            report = one_pass()
            if report.errors or report.failed:
                raise typer.Exit(1)
            return
        stop = threading.Event()

        def on_signal(signum: int, frame: Any) -> None:
            if stop.is_set():
                raise KeyboardInterrupt  # a second signal: stop now
            stop.set()
            print(f"reaper: {signal.Signals(signum).name}: stopping after this pass", file=sys.stderr, flush=True)

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            # on stderr even with --json: stdout carries one JSON document per pass
            print(f"reaper: a pass every {duration_text(interval)}; SIGTERM or Ctrl-C stops it", file=sys.stderr)
            while not stop.is_set():
                from ..errors import GpupodsError

                try:
                    one_pass()
                except GpupodsError as exc:  # e.g. a configuration problem of one pass: say it, go on
                    print(f"reaper: the pass failed: {exc}", file=sys.stderr)
                stop.wait(interval)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    if interval is not None:
        print("reaper: stopped", file=sys.stderr, flush=True)


# -- cost ---------------------------------------------------------------------------------------


def _cost_json(report: CostReport) -> dict[str, Any]:
    from . import _output

    def billed(pod: Pod) -> float | None:
        entry = report.providers.get(pod.provider)
        if entry is None or entry.billing is None:
            return None
        return entry.billing.by_pod.get(pod.id)

    providers = []
    for name, entry in report.providers.items():
        billing, account = entry.billing, entry.account
        providers.append(
            {
                "provider": name,
                "billed": billing.total if billing else None,
                "billed_by_pod": dict(billing.by_pod) if billing else {},
                "balance": account.balance if account else None,
                "spend_per_hour": account.spend_per_hour if account else None,
                "spend_limit": account.spend_limit if account else None,
                "notes": list(billing.notes) if billing else [],
                "errors": dict(entry.errors),
            }
        )
    return {
        "since": report.since.isoformat() if report.since else None,
        "until": report.until.isoformat(),
        "spend_per_hour": report.spend_per_hour,
        "pods": [{**_output.pod_json(p), "billed": billed(p)} for p in report.pods],
        "providers": providers,
    }


def _money(value: float | None, unit: str = "") -> str:
    return f"${value:,.2f}{unit}" if value is not None else "-"


@_command()
def cost(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option("--since", metavar="WHEN", help="A duration back from now (24h, 7d) or an ISO date/time (UTC)."),
    ] = None,
) -> None:
    """What your pods cost: each pod's estimate beside the providers' billing, with balances
    and spend limits where the APIs give them."""
    from . import _output

    options = _options(ctx)
    start: Any = None
    if since is not None:
        try:
            start = datetime.fromisoformat(since)
            start = start if start.tzinfo is not None else start.replace(tzinfo=UTC)
        except ValueError:
            start = parse_duration(since, "--since")
    with open_fleet(options) as fleet:
        report = fleet.costs(start, provider=options.providers)
    if options.json:
        _output.print_json(_cost_json(report))
        return
    document = _cost_json(report)
    rows = [
        (
            p["provider"],
            p["id"],
            p["name"],
            p["status"],
            _money(p["price_per_hour"], "/h"),
            _money(p["cost_so_far"]),
            _money(p["billed"]),
            lease_cells(pod)[0],
        )
        for p, pod in zip(document["pods"], report.pods, strict=True)
    ]
    window = f"since {report.since:%Y-%m-%d %H:%M}Z" if report.since else "in the provider's default window"
    if rows:
        columns = ("PROVIDER", "ID", "NAME", "STATUS", "$/H", "ESTIMATE", "BILLED", "EXPIRES")
        _output.console().print(_output.table(columns, rows, f"pods (billed {window})"))
    summary = []
    for entry in document["providers"]:
        reasons = "; ".join(entry["notes"] + [f"{k}: {v}" for k, v in entry["errors"].items()])
        money = [_money(entry[key]) for key in ("billed", "balance")]
        limits = [_money(entry["spend_per_hour"], "/h"), _money(entry["spend_limit"])]
        summary.append((entry["provider"], *money, *limits, reasons))
    heads = ("PROVIDER", "BILLED", "BALANCE", "SPEND/H", "LIMIT", "NOTES")
    _output.console().print(_output.table(heads, summary, f"providers (billed {window})"))
    print(f"your pods cost {_money(report.spend_per_hour, '/h')} now (by their prices)")


# -- extend -------------------------------------------------------------------------------------


@_command()
def extend(
    ctx: typer.Context,
    pod: PodArg,
    by: Annotated[
        str, typer.Option("--by", metavar="DURATION", help="How much longer, e.g. 2h or 30m.", show_default=False)
    ],
) -> None:
    """Push a pod's lease end back (the lease lives in the pod's name: providers that cannot
    rename a pod cannot extend it; see `gpupods providers`)."""
    options = _options(ctx)
    seconds = parse_duration(by, "--by")
    with open_fleet(options) as fleet:
        found = find_pod(fleet, options, pod)
        extended = fleet.extend(found, seconds)
    expires = extended.expires_at.strftime("%Y-%m-%d %H:%M:%SZ") if extended.expires_at else "-"
    _say(options, f"extended {extended.provider} pod {extended.id} ({extended.name}): its lease ends at {expires}")
    _show_pod(options, extended)
