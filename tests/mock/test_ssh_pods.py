"""Mock pods are real SSH servers: the real OpenSSH client against every provider's mock.

Pods are created through each provider's API (in-process transport), brought to running on
the mock's VirtualClock, and reached with ``ssh``/``scp``/``sftp`` on 127.0.0.1 with strict,
hermetic options (``tests/openssh.py``): keys the pod was created with are accepted, others
refused; the built-in shell answers ``hostname``, ``nvidia-smi`` and exit statuses; copies
round-trip byte for byte; Novita's root password installs a key; stop and terminate close the
server, start opens it again.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from gpupods.mock import Lifecycle, MockClouds, VirtualClock
from gpupods.mock._sshd import PodIdentity, SshdStandIns

from tests.openssh import Key, OpenSsh, require_openssh

LC = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)
AUTH = {"Authorization": "Bearer k"}
PROVIDERS = ("runpod", "primeintellect", "novita")
PRIME = "https://api.primeintellect.ai/api/v1"
REFUSED = re.compile(rb"Connection refused|Connection closed|Connection reset")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> OpenSsh:
    require_openssh()
    return OpenSsh(tmp_path_factory.mktemp("openssh"))


@pytest.fixture(scope="module")
def key_a(client: OpenSsh) -> Key:
    return client.keygen("key-a")


@pytest.fixture(scope="module")
def key_b(client: OpenSsh) -> Key:
    return client.keygen("key-b")


@pytest.fixture
def clouds() -> Iterator[MockClouds]:
    with MockClouds(clock=VirtualClock(), lifecycle=LC) as mocks:
        yield mocks


class Pod:
    """A pod on one provider's mock, driven through that provider's API."""

    def __init__(self, clouds: MockClouds, provider: str, name: str, key: Key | None) -> None:
        self.clouds, self.provider, self.name = clouds, provider, name
        self.http = httpx.Client(transport=clouds.transport(), headers=AUTH)
        self.password: str | None = None
        if provider == "runpod":
            body = {
                "name": name,
                "image": "runpod/pytorch",
                "ports": ["22/tcp"],
                "gpu": {"id": "NVIDIA H100 80GB HBM3", "count": 2},
                "env": {"PUBLIC_KEY": key.public if key else "", "STAGE": "test"},
            }
            self.id = self._ok(self.http.post("https://api.runpod.io/v2/pods", json=body))["id"]
        elif provider == "primeintellect":
            pod = {
                "name": name,
                "cloudId": "hyperstack-h100-sxm-1",
                "gpuType": "H100_80GB",
                "socket": "SXM5",
                "gpuCount": 1,
                "envVars": [{"key": "STAGE", "value": "test"}],
            }
            if key is not None:  # uploaded to the account once, then named by each pod
                keys = self._ok(self.http.get(f"{PRIME}/ssh_keys/"))["data"]
                known = next((k["id"] for k in keys if k["publicKey"] == key.public.strip()), None)
                upload = {"name": name, "publicKey": key.public}
                pod["sshKeyId"] = known or self._ok(self.http.post(f"{PRIME}/ssh_keys/", json=upload))["id"]
            body = {"pod": pod, "provider": {"type": "hyperstack"}}
            self.id = self._ok(self.http.post("https://api.primeintellect.ai/api/v1/pods/", json=body))["id"]
        else:
            body = {
                "productId": "2",
                "gpuNum": 2,
                "rootfsSize": 20,
                "imageUrl": "img",
                "kind": "gpu",
                "name": name,
                "envs": [{"key": "STAGE", "value": "test"}],
            }
            self.id = self._ok(self.http.post(f"{NOVITA}/gpu/instance/create", json=body))["id"]

    @staticmethod
    def _ok(response: httpx.Response) -> Any:
        assert response.status_code < 300, response.text
        return response.json() if response.content else None

    def _ssh_target(self) -> int | None:
        """The SSH port the provider's API shows now (None while it shows none)."""
        if self.provider == "runpod":
            direct = self._ok(self.http.get(f"https://api.runpod.io/v2/pods/{self.id}"))["ssh"]["direct"]
            return direct["port"] if direct else None
        if self.provider == "primeintellect":
            text = self._ok(self.http.get(f"https://api.primeintellect.ai/api/v1/pods/{self.id}"))["sshConnection"]
            return int(text.rsplit(" ", 1)[1]) if text else None
        block = self._ok(self.http.get(f"{NOVITA}/gpu/instance", params={"instanceId": self.id}))["connectComponentSSH"]
        self.password = block["password"]
        return int(block["sshCommand"].rsplit(" ", 1)[1]) if block["sshCommand"] else None

    def up(self, client: OpenSsh) -> int:
        """Advance the clock until the API shows SSH and the pod's sshd is up; the pinned port."""
        sshd = self.clouds.clouds[self.provider].sshd
        for _ in range(200):  # bounded: 200 virtual seconds, far past every phase of LC
            port = self._ssh_target()
            if port is not None and sshd.is_open(self.id):
                if port not in client.pinned:
                    client.pin(port)
                return port
            self.clouds.clock.advance(1)
        raise AssertionError(f"{self.provider} pod {self.id} never reached a running sshd")

    def stop(self) -> None:
        if self.provider == "runpod":
            self._ok(self.http.post(f"https://api.runpod.io/v2/pods/{self.id}/action", json={"action": "stop"}))
        else:
            self._ok(self.http.post(f"{NOVITA}/gpu/instance/stop", json={"instanceId": self.id}))

    def start(self) -> None:
        if self.provider == "runpod":
            self._ok(self.http.post(f"https://api.runpod.io/v2/pods/{self.id}/action", json={"action": "start"}))
        else:
            self.clouds.clock.advance(LC.stopping * 2)  # Novita starts only an exited instance
            self._ok(self.http.post(f"{NOVITA}/gpu/instance/start", json={"instanceId": self.id}))

    def terminate(self) -> None:
        if self.provider == "runpod":
            self._ok(self.http.delete(f"https://api.runpod.io/v2/pods/{self.id}"))
        elif self.provider == "primeintellect":
            self._ok(self.http.delete(f"https://api.primeintellect.ai/api/v1/pods/{self.id}"))
        else:
            self._ok(self.http.post(f"{NOVITA}/gpu/instance/delete", json={"instanceId": self.id}))


NOVITA = "https://api.novita.ai/gpu-instance/openapi/v1"
GPUS = {
    "runpod": ("NVIDIA H100 80GB HBM3", 2),
    "primeintellect": ("NVIDIA H100 80GB", 1),
    "novita": ("NVIDIA H100 SXM 80GB", 2),
}


def _install_key(client: OpenSsh, pod: Pod, port: int, key: Key) -> None:
    """Novita's way in: the root password, then the key appended to authorized_keys."""
    assert pod.password
    done = client.ssh_password(
        port,
        pod.password,
        "mkdir -p ~/.ssh && chmod 700 ~/.ssh && cat >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys",
        stdin=key.public + "\n",
    )
    assert done.returncode == 0, done.stderr


def _ready(client: OpenSsh, clouds: MockClouds, provider: str, name: str, key: Key) -> tuple[Pod, int]:
    """A running pod that accepts ``key`` (on Novita, installed over the password login)."""
    pod = Pod(clouds, provider, name, None if provider == "novita" else key)
    port = pod.up(client)
    if provider == "novita":
        _install_key(client, pod, port, key)
    return pod, port


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_pods_key_is_accepted_another_refused_gpus_shown_status_carried(client, clouds, key_a, key_b, provider):
    _, port = _ready(client, clouds, provider, f"train-{provider}", key_a)
    accepted = client.ssh(port, "hostname", key=key_a)
    assert (accepted.returncode, accepted.stdout) == (0, f"train-{provider}\n".encode()), accepted.stderr
    refused = client.ssh(port, "hostname", key=key_b)
    assert refused.returncode == 255 and b"Permission denied" in refused.stderr and not refused.stdout
    without_key = client.ssh(port, "hostname", key=None)
    assert without_key.returncode == 255 and b"Permission denied" in without_key.stderr
    smi = client.ssh(port, "nvidia-smi", key=key_a)
    model, count = GPUS[provider]
    assert smi.returncode == 0 and b"NVIDIA-SMI" in smi.stdout and b"Driver Version" in smi.stdout
    gpu_rows = re.findall(rb"^\|\s+(\d+)\s+(.+?)\s+On\s+\|", smi.stdout, re.MULTILINE)
    assert [(int(i), m.decode()) for i, m in gpu_rows] == [(i, model) for i in range(count)]
    assert client.ssh(port, "exit 3", key=key_a).returncode == 3


def test_exec_requests_carry_env_statuses_stdin_and_stderr(client, clouds, key_a) -> None:
    _, port = _ready(client, clouds, "runpod", "gpu-box", key_a)
    listed = client.ssh(port, "nvidia-smi -L", key=key_a).stdout.decode().splitlines()
    assert [line.split(" (UUID")[0] for line in listed] == [f"GPU {i}: NVIDIA H100 80GB HBM3" for i in range(2)]
    env = client.ssh(port, "env", key=key_a)
    assert b"STAGE=test\n" in env.stdout and b"HOSTNAME=gpu-box\n" in env.stdout
    for status in (0, 255, random.Random("statuses").randrange(1, 255)):
        assert client.ssh(port, f"exit {status}", key=key_a).returncode == status
    child = client.ssh(port, "sh -c 'exit 4'; echo $?", key=key_a)  # sh -c runs a child shell
    assert (child.returncode, child.stdout) == (0, b"4\n")
    forward = client.ssh(port, key=key_a, extra=("-W", f"127.0.0.1:{port}"))  # the pod is no proxy to the host
    assert forward.returncode == 255 and b"open failed" in forward.stderr
    missing = client.ssh(port, "no-such-tool", "--help", key=key_a)
    assert missing.returncode == 127 and b"no-such-tool: command not found" in missing.stderr
    chained = client.ssh(port, "false || echo recovered; cat - /nope", key=key_a, stdin=b"piped\n")
    assert (chained.returncode, chained.stdout) == (1, b"recovered\npiped\n")
    assert chained.stderr == b"cat: /nope: No such file or directory\n"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_scp_round_trip_is_byte_identical(client, clouds, key_a, tmp_path, provider) -> None:
    _, port = _ready(client, clouds, provider, "copy", key_a)
    payload = random.Random(f"copy-{provider}").randbytes(300_000) + bytes(range(256))
    (tmp_path / "payload.bin").write_bytes(payload)
    assert client.ssh(port, "mkdir -p data", key=key_a).returncode == 0
    up = client.scp(port, str(tmp_path / "payload.bin"), "pod:data/payload.bin", key=key_a)
    assert up.returncode == 0, up.stderr
    down = client.scp(port, "pod:/root/data/payload.bin", str(tmp_path / "back.bin"), key=key_a)
    assert down.returncode == 0, down.stderr
    assert (tmp_path / "back.bin").read_bytes() == payload


def test_sftp_scp_and_the_shell_share_the_pods_files(client, clouds, key_a, tmp_path) -> None:
    _, port = _ready(client, clouds, "runpod", "files", key_a)
    payload = random.Random("files").randbytes(70_000)
    (tmp_path / "payload.bin").write_bytes(payload)
    up = client.scp(port, str(tmp_path / "payload.bin"), "pod:data/payload.bin", key=key_a)
    assert up.returncode != 0  # the directory does not exist: scp must fail, not invent it
    written = client.ssh(port, "mkdir data && cat > data/notes.txt && ls -l data", key=key_a, stdin=b"from the shell\n")
    assert written.returncode == 0 and b" 15 " in written.stdout, written.stderr
    legacy = client.scp(port, str(tmp_path / "payload.bin"), "pod:data/payload.bin", key=key_a, legacy=True)
    assert legacy.returncode == 0, legacy.stderr  # scp -O: the old protocol, over the same files
    assert client.ssh(port, "cat ~/data/payload.bin", key=key_a).stdout == payload
    batch = f"get data/notes.txt {tmp_path}/notes.txt\nrename data/payload.bin data/renamed.bin\nls data\n"
    sftp = client.sftp(port, batch, key=key_a)
    assert sftp.returncode == 0, sftp.stderr
    assert (tmp_path / "notes.txt").read_bytes() == b"from the shell\n" and b"data/renamed.bin" in sftp.stdout
    assert client.ssh(port, "ls data", key=key_a).stdout == b"notes.txt\nrenamed.bin\n"


def test_novita_password_installs_a_key_then_the_key_works(client, clouds, key_a, key_b) -> None:
    pod = Pod(clouds, "novita", "nv", None)
    port = pod.up(client)
    assert pod.password and len(pod.password) >= 12
    before = client.ssh(port, "hostname", key=key_a)
    assert before.returncode == 255 and b"Permission denied" in before.stderr  # no key yet
    wrong = client.ssh_password(port, pod.password + "x", "hostname")
    assert wrong.returncode == 255 and b"Permission denied" in wrong.stderr
    _install_key(client, pod, port, key_a)
    after = client.ssh(port, "hostname", key=key_a)
    assert (after.returncode, after.stdout) == (0, b"nv\n"), after.stderr
    assert client.ssh(port, "hostname", key=key_b).returncode == 255
    assert client.ssh(port, "rm ~/.ssh/authorized_keys", key=key_a).returncode == 0
    assert client.ssh(port, "hostname", key=key_a).returncode == 255  # the file is what counts


@pytest.mark.parametrize("provider", ["runpod", "novita"])
def test_stop_closes_the_server_and_start_opens_it_with_the_files_kept(client, clouds, key_a, provider) -> None:
    pod, port = _ready(client, clouds, provider, "cycle", key_a)
    assert client.ssh(port, "echo kept > /workspace/state", key=key_a).returncode == 0
    pod.stop()
    stopped = client.ssh(port, "hostname", key=key_a)
    assert stopped.returncode == 255 and REFUSED.search(stopped.stderr), stopped.stderr
    pod.start()
    port = pod.up(client)
    again = client.ssh(port, "cat /workspace/state", key=key_a)
    assert (again.returncode, again.stdout) == (0, b"kept\n"), again.stderr
    pod.terminate()
    gone = client.ssh(port, "hostname", key=key_a)
    assert gone.returncode == 255 and REFUSED.search(gone.stderr), gone.stderr


def test_prime_intellect_terminate_closes_the_server(client, clouds, key_a) -> None:
    pod, port = _ready(client, clouds, "primeintellect", "pi", key_a)
    assert client.ssh(port, "true", key=key_a).returncode == 0
    pod.terminate()
    gone = client.ssh(port, "true", key=key_a)
    assert gone.returncode == 255 and REFUSED.search(gone.stderr), gone.stderr


def test_interactive_session_shows_a_prompt_and_carries_the_exit_status(client, clouds, key_a) -> None:
    _, port = _ready(client, clouds, "runpod", "inter", key_a)
    typed = ["echo hello", "cd /tmp", "pwd", "exit 7"]
    session = client.ssh(port, key=key_a, extra=("-tt",), stdin="".join(line + "\n" for line in typed))
    assert session.returncode == 7, session.stderr
    text = session.stdout.decode().replace("\r\n", "\n")
    assert re.findall(r"root@inter:(\S*)# ", text) == ["~", "~", "/tmp", "/tmp"]  # one prompt per line read
    # the terminal also echoes the typed lines, whenever they arrive: leave them out
    shown = [line for line in re.sub(r"root@inter:\S*# ", "\n", text).split("\n") if line and line not in typed]
    assert shown == ["hello", "/tmp"]
    piped = client.ssh(port, key=key_a, extra=("-T",), stdin="hostname\nfalse\n")
    assert (piped.returncode, piped.stdout) == (1, b"inter\n")  # no terminal: no prompt, as sh does


def test_host_key_is_pinned_a_different_one_is_rejected(client, clouds, key_a, tmp_path) -> None:
    pod = Pod(clouds, "runpod", "pinned", key_a)
    pod.up(client)
    sshd = clouds.runpod.sshd
    port = sshd.port(pod.id)
    other = OpenSsh(tmp_path)
    impostor = other.keygen("impostor")
    other.pin(port, f"[127.0.0.1]:{port} {impostor.public.rsplit(' ', 1)[0]}")
    mismatch = other.ssh(port, "true", key=key_a)
    assert mismatch.returncode == 255 and b"HOST IDENTIFICATION HAS CHANGED" in mismatch.stderr
    trusted = OpenSsh(tmp_path / "trusted")
    trusted.pin(port)
    assert trusted.ssh(port, "true", key=key_a).returncode == 0
    assert sshd.host_public_key().startswith("ssh-ed25519 ")


def test_closing_the_clouds_stops_every_pod_server(client, key_a) -> None:
    clouds = MockClouds(clock=VirtualClock(), lifecycle=LC, providers=("runpod",))
    try:
        ports = [Pod(clouds, "runpod", f"p{i}", key_a).up(client) for i in range(2)]
        assert all(client.ssh(port, "true", key=key_a).returncode == 0 for port in ports)
    finally:
        clouds.close()
    for port in ports:
        gone = client.ssh(port, "true", key=key_a)
        assert gone.returncode == 255 and REFUSED.search(gone.stderr), gone.stderr


def test_a_later_identity_replaces_the_pods_and_adds_its_keys(key_a, key_b) -> None:
    sshd = SshdStandIns()
    try:
        first = sshd.reserve("pod-1", PodIdentity("one", authorized_keys=(key_a.public,)))
        assert sshd.reserve("pod-1") == first  # no identity: the pod keeps its own
        assert sshd.identity("pod-1").hostname == "one"
        sshd.reserve(
            "pod-1", PodIdentity("renamed", gpu_model="L40S_48GB", gpu_count=1, authorized_keys=(key_b.public,))
        )
        assert sshd.identity("pod-1").hostname == "renamed"
        keys = sshd.files("pod-1").read("/root/.ssh/authorized_keys").decode().splitlines()
        assert keys == [key_a.public, key_b.public]
        assert "hunter2" not in repr(PodIdentity("x", password="hunter2-secret"))  # never in a repr or log
    finally:
        sshd.shutdown()
    assert sshd.port("pod-1") is None


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_terminated_pod_leaves_nothing_in_its_sshd(clouds: MockClouds, provider: str) -> None:
    """Terminate forgets the pod's server, files and keys (a stopped pod keeps them)."""
    from gpupods import Fleet, PodSpec
    from gpupods.registry import REGISTRY

    demo = REGISTRY[provider].demo
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        pod = fleet.wait(fleet.create(PodSpec(name="gone", image=demo.image, gpu=demo.gpu), provider=provider), 3600)
        sshd = clouds.cloud(provider).sshd
        assert sshd.is_open(pod.id) and sshd.files(pod.id).read("/etc/hostname")
        fleet.terminate(pod)
        clouds.clock.advance(600)
    assert sshd.port(pod.id) is None and not sshd.is_open(pod.id)
    with pytest.raises(KeyError):
        sshd.files(pod.id)
