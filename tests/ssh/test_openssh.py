"""SSH end to end with the real OpenSSH client, on every provider of the registry.

Pods are created through gpupods (the library, sync and async, and the CLI in-process) against
the mock clouds on loopback; the user's key is the one ``GPUPODS_SSH_PUBLIC_KEY`` names. Checked
with ``ssh``/``scp`` themselves: the user's key logs in and another key is refused; ``gpupods ssh
POD -- CMD`` prints the command's output and exits with its status; ``gpupods cp`` round-trips
files; ``gpupods ssh-config`` makes ``ssh NAME`` work; a pod that comes with a root password
(Novita) gets the key over its first password login; host keys are recorded, then enforced.
"""

from __future__ import annotations

import asyncio
import logging
import random
import subprocess
from pathlib import Path

import pytest
from gpupods import AsyncFleet
from gpupods.cli import EXIT_CONFIG, EXIT_NOT_READY, main
from gpupods.errors import NoSshKey, SshError, WaitTimeout
from gpupods.models import Pod
from gpupods.providers._base import Backend
from gpupods.ssh import SshSettings, host_key_alias, known_host_keys, record_host_key
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.openssh import TIMEOUT, Key

from .conftest import PROVIDERS, Session

REFUSED = b"Permission denied"
OTHER_HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"


def ssh_as(session: Session, pod: Pod, key: Key, *command: str) -> subprocess.CompletedProcess[bytes]:
    """OpenSSH with only ``key``, the mock host key pinned strictly for the pod's port."""
    ssh = pod.require_ssh()
    if ssh.port not in session.openssh.pinned:
        session.openssh.pin(ssh.port)
    return session.openssh.ssh(ssh.port, *command, key=key, user=ssh.user)


def cli(capfd: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``gpupods ARGS`` in this process; ssh/scp run by it write to the captured descriptors."""
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


# --- the library, sync and async ---------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_users_key_logs_in_and_another_is_refused(session: Session, provider: str) -> None:
    with session.fleet() as fleet:
        pod = fleet.create(session.spec(provider, "keyed"), provider=provider)
        pod = fleet.wait(pod, timeout=3600, ssh_login=True)
        accepted = ssh_as(session, pod, session.user, "hostname")
        refused = ssh_as(session, pod, session.stranger, "hostname")
        hostname = session.hostname(pod)
        fleet.terminate(pod)
    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout.decode().strip() == hostname
    assert refused.returncode == 255 and REFUSED in refused.stderr


@pytest.mark.parametrize("provider", PROVIDERS)
async def test_the_async_fleet_waits_for_the_key_to_log_in(session: Session, provider: str) -> None:
    async with AsyncFleet.from_env(environ=session.env, clock=session.clouds.clock) as fleet:
        pod = await fleet.create(session.spec(provider, "async-keyed"), provider=provider)
        pod = await fleet.wait(pod, timeout=3600, ssh_login=True)
        assert await fleet.install_ssh_keys(pod) == 0  # the key logs in: nothing to add
        done = await asyncio.to_thread(ssh_as, session, pod, session.user, "nvidia-smi", "-L")
        await fleet.terminate(pod)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("GPU 0: NVIDIA")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wait_for_a_login_times_out_while_the_pod_lacks_the_key(session: Session, provider: str) -> None:
    """``ssh_login`` waits for an SSH authentication, not a banner: a pod made with another key
    answers on its port (the default wait returns) but never lets the user's key in."""
    with session.fleet() as fleet:
        pod = fleet.create(session.spec(provider, "keyless", ssh_keys=(session.stranger.public,)), provider=provider)
        reachable = fleet.wait(pod, timeout=3600)
        with pytest.raises(WaitTimeout, match="accepting the SSH key") as caught:
            fleet.wait(reachable, timeout=40, ssh_login=True)
        refused = ssh_as(session, reachable, session.user, "true")
        fleet.terminate(pod)
    assert caught.value.pod_id == pod.id
    assert refused.returncode == 255 and REFUSED in refused.stderr


def test_no_key_at_all_is_one_clear_error_before_any_request(session: Session) -> None:
    empty = SshSettings.with_key(None, session.home / "unused_known_hosts")
    with session.fleet(ssh=empty) as fleet:
        before = {name: cloud.requests for name, cloud in session.clouds.clouds.items()}
        for provider in PROVIDERS:
            with pytest.raises(NoSshKey) as caught:
                fleet.create(session.spec(provider, "nokey"), provider=provider)
            assert "ssh-keygen -t ed25519" in caught.value.hint
        assert {name: cloud.requests for name, cloud in session.clouds.clouds.items()} == before


def test_the_cli_says_how_to_make_a_key(
    cli_env: Session, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_home = cli_env.home / "no-keys-here"
    empty_home.mkdir(exist_ok=True)
    monkeypatch.delenv("GPUPODS_SSH_PUBLIC_KEY")
    monkeypatch.setenv("HOME", str(empty_home))
    code, out, err = cli(capfd, "create", "--name", "nokey", "--gpu", "H100", "-p", PROVIDERS[0])
    assert code == EXIT_CONFIG and out == ""
    assert "no SSH public key" in err and "hint: create a key with: ssh-keygen -t ed25519" in err


# --- gpupods ssh and cp -------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_ssh_runs_the_command_and_exits_with_its_status(
    cli_env: Session, capfd: pytest.CaptureFixture[str], provider: str
) -> None:
    with cli_env.fleet() as fleet:
        pod = cli_env.running(fleet, provider, f"run-{provider}")
    code, out, _ = cli(capfd, "ssh", pod.id, "-p", provider, "--", "hostname")
    assert code == 0 and out.strip() == cli_env.hostname(pod)
    code, out, _ = cli(capfd, "ssh", pod.name, "--", "nvidia-smi", "-L")  # by name, on any provider
    assert code == 0 and out.startswith("GPU 0: NVIDIA") and "H100" in out
    code, out, err = cli(capfd, "ssh", pod.id, "-p", provider, "--", "nosuchcommand")
    assert code == 127 and "not found" in err
    code, out, _ = cli(capfd, "ssh", pod.id, "-p", provider, "--print")
    printed = subprocess.run(
        f"{out.strip()} -- echo printed", shell=True, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
    )
    assert code == 0 and printed.returncode == 0 and printed.stdout == b"printed\n", printed.stderr


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(status=st.integers(0, 255))
def test_ssh_passes_any_exit_status_through(cli_env: Session, capfd: pytest.CaptureFixture[str], status: int) -> None:
    name = "status-pod"
    with cli_env.fleet() as fleet:
        if not any(p.name == name for p in fleet.list(PROVIDERS[0])):
            cli_env.running(fleet, PROVIDERS[0], name)
    code, _, _ = cli(capfd, "ssh", name, "-p", PROVIDERS[0], "--", "sh", "-c", f"'exit {status}'")
    assert code == status
    code, out, _ = cli(capfd, "ssh", name, "-p", PROVIDERS[0], "--", f"echo {status} | cat && exit {status}")
    assert code == status and out == f"{status}\n"  # one line for the pod's shell, as ssh passes it


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cp_round_trips_files_and_folders(
    cli_env: Session, capfd: pytest.CaptureFixture[str], provider: str, tmp_path: Path
) -> None:
    data = random.Random(provider).randbytes(48 * 1024)  # every byte value, a seeded mix
    local = tmp_path / "data.bin"
    local.write_bytes(data)
    with cli_env.fleet() as fleet:
        pod = cli_env.running(fleet, provider, f"cp-{provider}")
    code, _, err = cli(capfd, "cp", str(local), f"{pod.name}:/root/data.bin")
    assert code == 0, err
    assert cli_env.files(pod).read("/root/data.bin") == data
    back = tmp_path / "back.bin"
    code, _, err = cli(capfd, "-p", provider, "cp", f"{pod.id}:/root/data.bin", str(back))
    assert code == 0 and back.read_bytes() == data, err
    folder = tmp_path / "folder"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "a.txt").write_text("a\n")
    code, _, err = cli(capfd, "-p", provider, "cp", "-r", str(folder), f"{pod.id}:/root/")
    assert code == 0 and cli_env.files(pod).read("/root/folder/inner/a.txt") == b"a\n", err
    code, _, err = cli(capfd, "-p", provider, "cp", f"{pod.id}:/root/missing.bin", str(back))
    assert code == 1 and back.read_bytes() == data  # scp's own status; the local file is untouched


def test_cp_needs_exactly_one_pod_side(cli_env: Session, capfd: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capfd, "cp", "a.txt", "b.txt")
    assert code == 2 and "POD:PATH" in err
    code, _, err = cli(capfd, "cp", "x:a.txt", "y:b.txt")
    assert code == 2 and "two pods" in err


# --- ssh-config ----------------------------------------------------------------------------------


def test_ssh_config_makes_plain_ssh_reach_every_pod_by_name(
    cli_env: Session, capfd: pytest.CaptureFixture[str]
) -> None:
    config = cli_env.home / "config"
    config.write_text("# the user's own\nHost elsewhere\n    HostName 192.0.2.1\n")
    with cli_env.fleet() as fleet:
        pods = [cli_env.running(fleet, provider, f"named-{provider}") for provider in PROVIDERS]
    code, _, err = cli(capfd, "ssh-config", "--config", str(config))
    assert code == 0, err
    for pod in pods:  # plain ssh: everything it needs comes from the config
        done = subprocess.run(
            ["ssh", "-F", str(config), "-o", "BatchMode=yes", pod.name, "--", "hostname"],
            capture_output=True,
            timeout=TIMEOUT,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 0 and done.stdout.decode().strip() == cli_env.hostname(pod), done.stderr
    with cli_env.fleet() as fleet:
        fleet.terminate(pods[0])
    code, _, err = cli(capfd, "ssh-config", "--config", str(config))
    text = config.read_text()
    assert code == 0 and f"Host {pods[0].name}\n" not in text and f"Host {pods[1].name}\n" in text
    assert text.endswith("# the user's own\nHost elsewhere\n    HostName 192.0.2.1\n")
    code, _, _ = cli(capfd, "ssh-config", "--config", str(config), "--remove")
    assert code == 0 and config.read_text() == "# the user's own\nHost elsewhere\n    HostName 192.0.2.1\n"


# --- a pod that comes with a root password (Novita) ------------------------------------------------


def _password_providers(session: Session) -> list[str]:
    """The providers whose pods come with a root password instead of taking keys at create."""
    with session.fleet() as fleet:
        return [p for p in PROVIDERS if type(fleet.backend(p)).ssh_keys_to_install is not Backend.ssh_keys_to_install]


def test_a_password_pod_gets_the_key_over_its_first_password_login(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    providers = _password_providers(session)
    assert providers, "the registry has a provider without a key API (Novita)"
    for provider in providers:
        with session.fleet() as fleet:
            pod = fleet.create(session.spec(provider, "password"), provider=provider)
            pod = fleet.wait(pod, timeout=3600, reachable=False)
            session.clouds.clock.advance(600)  # its sshd is up; gpupods has not logged in yet
            pod = fleet.get(pod)
            password = pod.require_ssh().password
            assert password
            before = ssh_as(session, pod, session.user, "true")
            by_password = session.openssh.ssh_password(pod.require_ssh().port, password, "hostname")
            with caplog.at_level(logging.DEBUG):
                added = fleet.install_ssh_keys(pod)
            after = ssh_as(session, pod, session.user, "hostname")
            stranger = ssh_as(session, pod, session.stranger, "true")
            again = fleet.install_ssh_keys(pod)
            hostname = session.hostname(pod)
            authorized = session.files(pod).read("/root/.ssh/authorized_keys").decode()
            fleet.terminate(pod)
        assert before.returncode == 255 and REFUSED in before.stderr  # no key until gpupods adds it
        assert by_password.returncode == 0 and by_password.stdout.decode().strip() == hostname
        assert added == 1 and again == 0
        assert after.returncode == 0 and after.stdout.decode().strip() == hostname
        assert stranger.returncode == 255
        assert authorized.count(session.user.public.split()[1]) == 1
        assert known_host_keys(session.home / "known_hosts", host_key_alias(pod))  # the first login recorded it
        assert all(password not in record.getMessage() for record in caplog.records)


def test_the_password_is_not_sent_to_a_pod_whose_host_key_changed(session: Session) -> None:
    for provider in _password_providers(session):
        with session.fleet() as fleet:
            pod = fleet.create(session.spec(provider, "impostor"), provider=provider)
            pod = fleet.wait(pod, timeout=3600, reachable=False)
            session.clouds.clock.advance(600)
            pod = fleet.get(pod)
            record_host_key(session.home / "known_hosts", host_key_alias(pod), OTHER_HOST_KEY)
            with pytest.raises(SshError, match="host key is not the one recorded") as caught:
                fleet.install_ssh_keys(pod)
            still_refused = ssh_as(session, pod, session.user, "true")
            fleet.terminate(pod)
        assert pod.require_ssh().password not in str(caught.value)
        assert still_refused.returncode == 255


def test_the_cli_shows_a_password_only_when_asked(cli_env: Session, capfd: pytest.CaptureFixture[str]) -> None:
    for provider in _password_providers(cli_env):
        with cli_env.fleet() as fleet:
            pod = cli_env.running(fleet, provider, f"secret-{provider}")
            password = fleet.get(pod).require_ssh().password
        assert password
        for args in (["show", pod.name], ["show", pod.name, "--json"], ["ls", "--json"], ["ssh", pod.name, "--print"]):
            code, out, err = cli(capfd, *args)
            assert code == 0 and password not in out + err, args
        code, out, _ = cli(capfd, "ssh", pod.name, "--password")
        assert code == 0 and out == password + "\n"
    code, _, err = cli(capfd, "ssh", "no-such-pod", "--password")
    assert code == 4


# --- host keys -----------------------------------------------------------------------------------


def test_a_pods_host_key_is_recorded_then_enforced(cli_env: Session, capfd: pytest.CaptureFixture[str]) -> None:
    provider = PROVIDERS[0]
    known = cli_env.home / "known_hosts"
    with cli_env.fleet() as fleet:
        pod = cli_env.running(fleet, provider, "pinned")
        other = cli_env.running(fleet, provider, "impostor-target")
    alias = host_key_alias(pod)
    assert known_host_keys(known, alias) == []
    code, _, _ = cli(capfd, "ssh", pod.id, "-p", provider, "--", "true")
    assert code == 0 and len(known_host_keys(known, alias)) == 1  # recorded on first use
    code, _, _ = cli(capfd, "ssh", pod.id, "-p", provider, "--", "true")
    assert code == 0 and len(known_host_keys(known, alias)) == 1  # and matched after
    record_host_key(known, host_key_alias(other), OTHER_HOST_KEY)  # as if another machine had answered before
    code, _, err = cli(capfd, "ssh", other.id, "-p", provider, "--", "true")
    assert code == 255 and "REMOTE HOST IDENTIFICATION HAS CHANGED" in err


def test_ssh_to_a_pod_without_an_address_says_to_wait(session: Session, capfd: pytest.CaptureFixture[str]) -> None:
    with session.fleet() as fleet:
        pod = fleet.create(session.spec(PROVIDERS[0], "early"), provider=PROVIDERS[0])
    with pytest.MonkeyPatch.context() as patch:
        for name, value in session.env.items():
            patch.setenv(name, value)
        code, _, err = cli(capfd, "ssh", pod.id, "-p", PROVIDERS[0], "--", "true")
    assert code == EXIT_NOT_READY and f"gpupods wait {pod.id}" in err
