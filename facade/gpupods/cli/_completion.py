"""Shell completion: the script a shell sources, and (through typer) the answers it asks for.

The script calls ``gpupods`` again with ``_GPUPODS_COMPLETE`` set; typer's command main sees the
variable, prints the candidates for the words typed so far and exits.
"""

from __future__ import annotations

import typer

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_GPUPODS_COMPLETE"


def script(shell: str) -> str:
    """The completion script for ``shell`` (bash, zsh or fish)."""
    if shell not in SHELLS:
        raise typer.BadParameter(
            f"{shell!r} is not a shell gpupods completes; choose from {', '.join(SHELLS)}", param_hint="SHELL"
        )
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script

    completion_init()
    return get_completion_script(prog_name="gpupods", complete_var=COMPLETE_VAR, shell=shell).rstrip("\n")
