"""Lambda pods are reached as ``ubuntu`` with the launch's SSH key: the facade's ``pod.ssh`` and the
mock pod's real SSH server agree, checked with the real OpenSSH client (``tests/openssh.py``)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from gpupods import Fleet, Pod, PodSpec
from gpupods._flow import run_sync
from gpupods.mock import Lifecycle, MockClouds, VirtualClock

from tests.openssh import Key, OpenSsh, require_openssh

FAST = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> OpenSsh:
    require_openssh()
    return OpenSsh(tmp_path_factory.mktemp("openssh"))


@pytest.fixture
def clouds() -> Iterator[MockClouds]:
    with MockClouds(clock=VirtualClock(), lifecycle=FAST, providers=("lambda",)) as mocks:
        yield mocks


def _ssh(
    client: OpenSsh, pod: Pod, key: Key, *command: str, user: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    assert pod.ssh is not None
    target = f"{user or pod.ssh.user}@{pod.ssh.host}"
    argv = ["ssh", *client.options(key), "-p", str(pod.ssh.port), target, "--", *command]
    return subprocess.run(argv, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


def test_the_launch_key_lets_ubuntu_in_and_nothing_else(clouds: MockClouds, client: OpenSsh) -> None:
    mine, other = client.keygen("lambda-mine"), client.keygen("lambda-other")
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        backend = fleet.backend("lambda")
        run_sync(backend.add_ssh_key("mine", mine.public), backend.session())  # type: ignore[attr-defined]
        spec = PodSpec(name="reach", image="lambda-stack", gpu="H100", extras={"lambda": {"ssh_key_names": ["mine"]}})
        pod = fleet.wait(fleet.create(spec, fleet.offers("H100", count=8)[0]), timeout=600)
        assert pod.ssh is not None and pod.ssh.user == "ubuntu" and pod.ssh.command.startswith("ssh ubuntu@")
        client.pin(pod.ssh.port)
        hostname = _ssh(client, pod, mine, "hostname")
        assert hostname.returncode == 0, hostname.stderr
        assert hostname.stdout.decode().strip() == pod.raw.hostname  # what the API says /etc/hostname is
        smi = _ssh(client, pod, mine, "nvidia-smi", "-L").stdout.decode().splitlines()
        assert len(smi) == 8 and all("H100" in line for line in smi)
        assert _ssh(client, pod, other, "hostname").returncode == 255  # a key the launch did not name
        assert _ssh(client, pod, mine, "hostname", user="root").returncode == 255  # Lambda's user is ubuntu
        fleet.terminate(pod)
        assert _ssh(client, pod, mine, "hostname").returncode == 255  # terminated: the port refuses
