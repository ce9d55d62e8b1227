"""Mock pods are real SSH servers: the real OpenSSH client against every registered provider's mock.

Pods are created, stopped, started and terminated through the facade (``Fleet`` on the
in-process transport, the mock's VirtualClock), as users do: the key in ``PodSpec.ssh_keys``
reaches the pod the way its provider takes keys (Novita has no key API: ``Fleet.wait`` adds it
over the root-password login). They are reached as ``Pod.ssh`` says (address, port, user) with
``ssh``/``scp``/``sftp`` and strict, hermetic options (``tests/openssh.py``): the pod's key is
accepted, others refused; ``nvidia-smi`` shows the GPUs the API sold; the environment given at
create is in the shell (or refused before any pod exists); copies round-trip byte for byte; stop
and terminate close the server, start opens it again, where the provider can stop a pod.

The built-in shell, SFTP and host key are one sshd on every provider: those tests run on
``SshdStandIns`` directly. Novita's root password installing a key is its own quirk test.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

import pytest
from gpupods import Fleet, Pod, PodStatus, gpus
from gpupods._tokens import with_token
from gpupods.errors import InvalidPodSpec
from gpupods.mock import Lifecycle, MockClouds, VirtualClock
from gpupods.mock._sshd import PodIdentity, SshdStandIns

from tests.openssh import Key, OpenSsh, require_openssh
from tests.providers import PROVIDERS, demo_spec, providers_where

LC = Lifecycle(provisioning=8, pulling=6, starting=4, sshd_delay=3, stopping=3, terminating=2)
WAIT = 3600  # virtual seconds: far past every phase of LC
REFUSED = re.compile(rb"Connection refused|Connection closed|Connection reset")
#: What the sshd-only tests' pod presents (as a RunPod H100 pod with two GPUs would).
SHELL_GPU, SHELL_GPUS = "NVIDIA H100 80GB HBM3", 2


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


@pytest.fixture
def fleet(clouds: MockClouds) -> Iterator[Fleet]:
    with Fleet.from_env(**clouds.fleet_options()) as fleet:
        yield fleet


def _reachable(client: OpenSsh, pod: Pod) -> tuple[int, str]:
    """The pod's SSH port (its host key pinned for ``client``) and login user."""
    ssh = pod.require_ssh()
    assert ssh.host == "127.0.0.1", ssh
    if ssh.port not in client.pinned:
        client.pin(ssh.port)
    return ssh.port, ssh.user


def _several_gpus(fleet: Fleet, provider: str) -> int:
    """A GPU count above one that the provider sells its demo GPU in: two where offers take any
    count, else its largest machine."""
    gpu = demo_spec(provider).gpu
    if fleet.offers(gpu, count=2, provider=provider):
        return 2
    count = max(offer.count for offer in fleet.offers(gpu, provider=provider))
    assert count > 1, f"{provider} sells no {gpu} machine with several GPUs"
    return count


def _running(client: OpenSsh, fleet: Fleet, provider: str, name: str, key: Key, **changes: object) -> Pod:
    """A pod of the provider's demo spec created with ``key``, running with its sshd up."""
    spec = demo_spec(provider, name, ssh_keys=(key.public,), **changes)
    pod = fleet.wait(fleet.create(spec, provider=provider), WAIT)
    _reachable(client, pod)
    return pod


def _hostname(pod: Pod) -> str:
    """The name the facade created the pod with (the user's name and the client token): the
    pod's hostname."""
    assert pod.client_token, pod
    return with_token(pod.name, pod.client_token, pod.lease)


@pytest.fixture
def sshd_pod(client: OpenSsh, key_a: Key) -> Iterator[Callable[[str], int]]:
    """Start a pod's sshd alone (no cloud): ``start(hostname)`` -> its port, accepting ``key_a``."""
    sshd = SshdStandIns()

    def start(hostname: str) -> int:
        identity = PodIdentity(hostname, {"STAGE": "test"}, SHELL_GPU, SHELL_GPUS, (key_a.public,))
        port = sshd.reserve(hostname, identity)
        sshd.open(hostname)
        client.pin(port)
        return port

    try:
        yield start
    finally:
        sshd.shutdown()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_pods_key_is_accepted_another_refused_gpus_shown_status_carried(
    client, clouds, fleet, key_a, key_b, provider
):
    count = _several_gpus(fleet, provider)
    pod = _running(client, fleet, provider, "train", key_a, gpu_count=count)
    port, user = _reachable(client, pod)
    cloud = clouds.cloud(provider)
    machine = cloud.sshd.identity(pod.id).hostname
    accepted = client.ssh(port, "hostname", key=key_a, user=user)
    assert (accepted.returncode, accepted.stdout) == (0, f"{machine}\n".encode()), accepted.stderr
    assert (machine == _hostname(pod)) is cloud.hostname_is_name  # the create's name, where the provider says so
    refused = client.ssh(port, "hostname", key=key_b, user=user)
    assert refused.returncode == 255 and b"Permission denied" in refused.stderr and not refused.stdout
    without_key = client.ssh(port, "hostname", key=None, user=user)
    assert without_key.returncode == 255 and b"Permission denied" in without_key.stderr
    smi = client.ssh(port, "nvidia-smi", key=key_a, user=user)
    assert smi.returncode == 0 and b"NVIDIA-SMI" in smi.stdout and b"Driver Version" in smi.stdout
    gpu_rows = re.findall(rb"^\|\s+(\d+)\s+(.+?)\s+On\s+\|", smi.stdout, re.MULTILINE)
    assert [int(i) for i, _ in gpu_rows] == list(range(count)) and pod.gpu_count == count
    (shown,) = {name.decode() for _, name in gpu_rows}  # one model on every row: the one the API sold
    model = gpus.by_name(pod.gpu or "")
    assert model is not None and shown.startswith("NVIDIA ") and gpus.squash(model.family) in gpus.squash(shown)
    assert f"MiB / {model.memory_gb * 1024}MiB".encode() in smi.stdout  # each GPU's memory, of that model
    assert client.ssh(port, "exit 3", key=key_a, user=user).returncode == 3


@pytest.mark.parametrize("provider", PROVIDERS)
def test_env_given_at_create_is_in_the_shell_or_refused_before_any_pod(client, clouds, fleet, key_a, provider):
    spec = demo_spec(provider, "envs", ssh_keys=(key_a.public,), env={"STAGE": "test"})
    try:
        created = fleet.create(spec, provider=provider)
    except InvalidPodSpec as refused:  # a provider without environment variables says so, typed
        assert refused.field == "env" and clouds.cloud(provider).live_pods() == []
        return
    pod = fleet.wait(created, WAIT)
    port, user = _reachable(client, pod)
    env = client.ssh(port, "env", key=key_a, user=user)
    machine = clouds.cloud(provider).sshd.identity(pod.id).hostname
    assert b"STAGE=test\n" in env.stdout and f"HOSTNAME={machine}\n".encode() in env.stdout, env.stderr


def test_exec_requests_carry_env_statuses_stdin_and_stderr(client, sshd_pod, key_a) -> None:
    port = sshd_pod("gpu-box")
    listed = client.ssh(port, "nvidia-smi -L", key=key_a).stdout.decode().splitlines()
    assert [line.split(" (UUID")[0] for line in listed] == [f"GPU {i}: {SHELL_GPU}" for i in range(SHELL_GPUS)]
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
def test_scp_round_trip_is_byte_identical(client, fleet, key_a, tmp_path, provider) -> None:
    port, user = _reachable(client, _running(client, fleet, provider, "copy", key_a))
    payload = random.Random(f"copy-{provider}").randbytes(300_000) + bytes(range(256))
    (tmp_path / "payload.bin").write_bytes(payload)
    assert client.ssh(port, "mkdir -p data", key=key_a, user=user).returncode == 0
    up = client.scp(port, str(tmp_path / "payload.bin"), "pod:data/payload.bin", key=key_a, user=user)
    assert up.returncode == 0, up.stderr
    home = client.ssh(port, "echo ~", key=key_a, user=user).stdout.decode().strip()
    down = client.scp(port, f"pod:{home}/data/payload.bin", str(tmp_path / "back.bin"), key=key_a, user=user)
    assert down.returncode == 0, down.stderr
    assert (tmp_path / "back.bin").read_bytes() == payload


def test_sftp_scp_and_the_shell_share_the_pods_files(client, sshd_pod, key_a, tmp_path) -> None:
    port = sshd_pod("files")
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


def _install_key(client: OpenSsh, port: int, password: str, key: Key) -> None:
    """Novita's way in: the root password, then the key appended to authorized_keys."""
    done = client.ssh_password(
        port,
        password,
        "mkdir -p ~/.ssh && chmod 700 ~/.ssh && cat >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys",
        stdin=key.public + "\n",
    )
    assert done.returncode == 0, done.stderr


def test_novita_password_installs_a_key_then_the_key_works(client, fleet, key_a, key_b) -> None:
    """Novita's quirk: no key API, a root password in the API's answer; a pod created without
    keys is reached with the password, which installs a key."""
    pod = fleet.wait(fleet.create(demo_spec("novita", "nv", ssh_keys=()), provider="novita"), WAIT)
    port, _ = _reachable(client, pod)
    password = pod.require_ssh().password
    assert password and len(password) >= 12
    before = client.ssh(port, "hostname", key=key_a)
    assert before.returncode == 255 and b"Permission denied" in before.stderr  # no key yet
    wrong = client.ssh_password(port, password + "x", "hostname")
    assert wrong.returncode == 255 and b"Permission denied" in wrong.stderr
    _install_key(client, port, password, key_a)
    after = client.ssh(port, "hostname", key=key_a)
    assert (after.returncode, after.stdout) == (0, f"{_hostname(pod)}\n".encode()), after.stderr
    assert client.ssh(port, "hostname", key=key_b).returncode == 255
    assert client.ssh(port, "rm ~/.ssh/authorized_keys", key=key_a).returncode == 0
    assert client.ssh(port, "hostname", key=key_a).returncode == 255  # the file is what counts


@pytest.mark.parametrize("provider", providers_where(lambda can: can.start_stop))
def test_stop_closes_the_server_and_start_opens_it_with_the_files_kept(client, fleet, key_a, provider) -> None:
    pod = _running(client, fleet, provider, "cycle", key_a)
    port, user = _reachable(client, pod)
    assert client.ssh(port, "echo kept > /workspace/state", key=key_a, user=user).returncode == 0
    fleet.stop(pod)
    stopped = client.ssh(port, "hostname", key=key_a, user=user)
    assert stopped.returncode == 255 and REFUSED.search(stopped.stderr), stopped.stderr
    fleet.wait(pod, WAIT, status=PodStatus.STOPPED, reachable=False)  # some providers start only a stopped pod
    fleet.start(pod)
    port, user = _reachable(client, fleet.wait(pod, WAIT))
    again = client.ssh(port, "cat /workspace/state", key=key_a, user=user)
    assert (again.returncode, again.stdout) == (0, b"kept\n"), again.stderr
    fleet.terminate(pod)
    gone = client.ssh(port, "hostname", key=key_a, user=user)
    assert gone.returncode == 255 and REFUSED.search(gone.stderr), gone.stderr


def test_interactive_session_shows_a_prompt_and_carries_the_exit_status(client, sshd_pod, key_a) -> None:
    port = sshd_pod("inter")
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


def test_host_key_is_pinned_a_different_one_is_rejected(sshd_pod, key_a, tmp_path) -> None:
    port = sshd_pod("pinned")
    other = OpenSsh(tmp_path)
    impostor = other.keygen("impostor")
    other.pin(port, f"[127.0.0.1]:{port} {impostor.public.rsplit(' ', 1)[0]}")
    mismatch = other.ssh(port, "true", key=key_a)
    assert mismatch.returncode == 255 and b"HOST IDENTIFICATION HAS CHANGED" in mismatch.stderr
    trusted = OpenSsh(tmp_path / "trusted")
    trusted.pin(port)
    assert trusted.ssh(port, "true", key=key_a).returncode == 0
    assert SshdStandIns.host_public_key().startswith("ssh-ed25519 ")


def test_closing_the_clouds_stops_every_pod_server(client, key_a) -> None:
    clouds = MockClouds(clock=VirtualClock(), lifecycle=LC)
    try:
        with Fleet.from_env(**clouds.fleet_options()) as fleet:
            logins = [_reachable(client, _running(client, fleet, p, f"p{p}", key_a)) for p in PROVIDERS]
        assert all(client.ssh(port, "true", key=key_a, user=user).returncode == 0 for port, user in logins)
    finally:
        clouds.close()
    for port, user in logins:
        gone = client.ssh(port, "true", key=key_a, user=user)
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
def test_terminate_closes_the_server_and_leaves_nothing_in_its_sshd(client, clouds, fleet, key_a, provider) -> None:
    """Terminate closes the pod's server at once and forgets its files and keys (a stopped pod
    keeps them)."""
    pod = _running(client, fleet, provider, "gone", key_a)
    port, user = _reachable(client, pod)
    sshd = clouds.cloud(provider).sshd
    assert client.ssh(port, "true", key=key_a, user=user).returncode == 0
    assert sshd.is_open(pod.id) and sshd.files(pod.id).read("/etc/hostname")
    fleet.terminate(pod)
    gone = client.ssh(port, "true", key=key_a, user=user)
    assert gone.returncode == 255 and REFUSED.search(gone.stderr), gone.stderr
    clouds.clock.advance(600)
    assert sshd.port(pod.id) is None and not sshd.is_open(pod.id)
    with pytest.raises(KeyError):
        sshd.files(pod.id)
