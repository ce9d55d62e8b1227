"""Every CLI test runs as a user who has an SSH key (``gpupods create`` puts it on the pod) and
whose pods' host keys go to a file of the test run: the developer's ``~/.ssh`` is never read."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from gpupods.keys import KEY_ENV
from gpupods.mock._userkey import MockUserSsh
from gpupods.ssh import KNOWN_HOSTS_ENV


@pytest.fixture(scope="session", autouse=True)
def _user_ssh_key() -> Iterator[Path]:
    """A throwaway key pair named by ``GPUPODS_SSH_PUBLIC_KEY`` for the whole CLI session."""
    user = MockUserSsh()
    key = user.user_key()
    saved = {name: os.environ.get(name) for name in (KEY_ENV, KNOWN_HOSTS_ENV)}
    os.environ[KEY_ENV] = f"{key.identity}.pub"
    os.environ[KNOWN_HOSTS_ENV] = str(user.folder / "known_hosts")
    try:
        yield user.folder
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        user.close()
