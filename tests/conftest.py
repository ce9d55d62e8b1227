from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--full-matrix",
        action="store_true",
        default=False,
        help="reliability: every seed, sync and async, loopback and in-process (nox -s reliability)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Create calls record themselves for the reaper (gpupods._journal): keep the suite's
    records (and those of the CLI processes it starts) out of the user's state directory."""
    import os
    import tempfile

    if "GPUPODS_STATE_DIR" not in os.environ:
        os.environ["GPUPODS_STATE_DIR"] = tempfile.mkdtemp(prefix="gpupods-tests-state-")
