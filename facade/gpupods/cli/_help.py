"""Help that shows, under every command, the options the whole invocation takes.

Global options (``--provider``, ``--json``, ``--mock``) are accepted anywhere on the line, so a
subcommand's help lists them too, in their own section.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

GLOBAL_HELP = (
    ("-p, --provider NAME", "Only this provider (repeatable, or comma-separated): runpod, primeintellect, novita."),
    ("--json", "Print stable JSON documents instead of tables (errors too, on stderr)."),
    ("--mock", "Use fresh in-process mock clouds (no keys, no network)."),
)

#: Help text is wrapped at the terminal's width, up to this many columns.
HELP_WIDTH = 120


def _plain(pieces: list[str]) -> list[str]:
    """Usage words without typer's braces around required arguments (``POD``, not ``{POD}``)."""
    return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


def _global_section(formatter: Any) -> None:
    with formatter.section("Global options (anywhere on the line)"):
        formatter.write_dl(list(GLOBAL_HELP))


class Command(TyperCommand):
    """A command whose help ends with the global options."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        super().format_options(ctx, formatter)
        _global_section(formatter)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _plain(super().collect_usage_pieces(ctx))


class Group(TyperGroup):
    """A command group (``endpoints``, ``mock``) whose help ends with the global options."""

    def format_options(self, ctx: Any, formatter: Any) -> None:
        super().format_options(ctx, formatter)
        _global_section(formatter)

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _plain(super().collect_usage_pieces(ctx))
