from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--full-matrix",
        action="store_true",
        default=False,
        help="reliability: every seed, sync and async, loopback and in-process (nox -s reliability)",
    )
