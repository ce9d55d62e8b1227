"""A user with an SSH key, the mock clouds on loopback, and the real OpenSSH client.

The mock clouds run on a VirtualClock (a pod is running as soon as the test says time passed)
and serve HTTP on 127.0.0.1; their pods are real SSH servers. ``env`` is what a user's shell
would hold: the API keys, the URLs ``gpupods mock serve`` prints, ``GPUPODS_SSH_PUBLIC_KEY``
naming the user's key (made by ``ssh-keygen``) and ``GPUPODS_KNOWN_HOSTS`` in the test's folder.
Every provider of the registry is covered; nothing here names one.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from gpupods import Fleet, PodSpec
from gpupods.keys import KEY_ENV
from gpupods.mock import MOCK_API_KEY, Lifecycle, MockClouds, VirtualClock
from gpupods.models import Pod
from gpupods.registry import REGISTRY
from gpupods.ssh import KNOWN_HOSTS_ENV

from tests.openssh import Key, OpenSsh, require_openssh

PROVIDERS = list(REGISTRY)
FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)


@dataclass
class Session:
    """What one user's machine looks like to gpupods, against mock clouds on loopback."""

    clouds: MockClouds
    env: dict[str, str]
    home: Path
    openssh: OpenSsh
    user: Key
    stranger: Key

    def fleet(self, **kwargs: Any) -> Fleet:
        return Fleet.from_env(environ=self.env, clock=self.clouds.clock, **kwargs)

    def spec(self, provider: str, name: str, **kwargs: Any) -> PodSpec:
        demo = REGISTRY[provider].demo
        return PodSpec(name=name, image=demo.image, gpu=demo.gpu, **kwargs)

    def running(self, fleet: Fleet, provider: str, name: str, **kwargs: Any) -> Pod:
        """A new pod, running with its sshd up (and the user's key working on it)."""
        pod = fleet.create(self.spec(provider, name, **kwargs), provider=provider)
        return fleet.wait(pod, timeout=3600)

    def files(self, pod: Pod) -> Any:
        sshd = self.clouds.cloud(pod.provider).sshd
        return sshd.files(pod.id)

    def hostname(self, pod: Pod) -> str:
        sshd = self.clouds.cloud(pod.provider).sshd
        return str(sshd.identity(pod.id).hostname)


@pytest.fixture(scope="package")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    require_openssh()
    home = tmp_path_factory.mktemp("home")
    openssh = OpenSsh(home / "openssh")
    user, stranger = openssh.keygen("user"), openssh.keygen("stranger")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with MockClouds(clock=VirtualClock(), lifecycle=FAST) as clouds, clouds.serve() as urls:
            env = {"HOME": str(home), KEY_ENV: f"{user.private}.pub", KNOWN_HOSTS_ENV: str(home / "known_hosts")}
            for name, entry in REGISTRY.items():
                env[entry.key_env] = MOCK_API_KEY
                env[entry.url_env] = urls[name]
            yield Session(clouds, env, home, openssh, user, stranger)


@pytest.fixture
def cli_env(session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    """The session's variables in this process's environment (for the CLI run in-process)."""
    for name, value in session.env.items():
        monkeypatch.setenv(name, value)
    return session
