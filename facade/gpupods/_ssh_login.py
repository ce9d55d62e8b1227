"""The SSH steps gpupods runs itself (asyncssh, in-process): does a pod's sshd accept the
user's key, and installing keys over a root-password login (Novita has no key API).

Both connect to the address the provider gives for the pod. The login check sends nothing
secret, so it does not verify the host key. The password login does: the pod's host key is
looked up in gpupods' known_hosts under the pod's run name (``gpupods.ssh.host_key_alias``)
and must match; the first login records it (trust on first use), and the system ``ssh`` then
checks that same entry. The password never leaves this module: not in logs, nor in errors.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import SshError
from .keys import PublicKey
from .models import Pod
from .ssh import host_key_alias, known_host_keys, record_host_key

log = logging.getLogger("gpupods")

#: Real seconds one SSH step may take (connection, key exchange and login), whatever the clock.
TIMEOUT = 30.0
AUTHORIZED_KEYS = "~/.ssh/authorized_keys"
_APPEND = "mkdir -p ~/.ssh && chmod 700 ~/.ssh && cat >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys"


def _common(timeout: float) -> dict[str, Any]:
    return {
        "config": [],  # the user's ~/.ssh/config does not redirect gpupods' own steps
        "connect_timeout": timeout,
        "login_timeout": timeout,
        "keepalive_interval": 0,
    }


async def login_works(pod: Pod, identity: Path | None, *, timeout: float = TIMEOUT) -> bool:
    """Whether the pod's sshd lets the user in with their key (``identity``, else ssh-agent)."""
    import asyncssh

    ssh = pod.require_ssh()
    try:
        async with asyncssh.connect(
            ssh.host,
            ssh.port,
            username=ssh.user,
            known_hosts=None,
            client_keys=[str(identity)] if identity is not None else (),
            ignore_encrypted=True,
            password=None,
            preferred_auth="publickey",
            **_common(timeout),
        ):
            return True
    except (OSError, TimeoutError, asyncssh.Error) as exc:
        log.info("SSH login to %s pod %s with the key failed: %s", pod.provider, pod.id, type(exc).__name__)
        return False


async def install_keys(pod: Pod, keys: Sequence[PublicKey], known_hosts: Path, *, timeout: float = TIMEOUT) -> int:
    """Log in with the pod's root password and add the ``keys`` its ``authorized_keys`` lacks
    (matched by key, not comment). Returns how many were added. Raises ``SshError``."""
    import asyncssh

    ssh = pod.require_ssh()
    if not ssh.password:
        raise _error(pod, "the provider gives no password for it, so gpupods cannot install a key")
    alias = host_key_alias(pod)
    pinned = known_host_keys(known_hosts, alias)
    trusted = asyncssh.import_known_hosts("".join(f"{alias} {key}\n" for key in pinned)) if pinned else None
    try:
        async with asyncssh.connect(
            ssh.host,
            ssh.port,
            username=ssh.user,
            password=ssh.password,
            client_keys=None,
            agent_path=None,
            known_hosts=trusted,
            host_key_alias=alias,
            preferred_auth="password,keyboard-interactive",
            **_common(timeout),
        ) as connection:
            if not pinned:
                host_key = connection.get_server_host_key()
                if host_key is not None:
                    record_host_key(known_hosts, alias, host_key.export_public_key("openssh").decode())
            present = await connection.run(f"cat {AUTHORIZED_KEYS} 2>/dev/null", check=False)
            text = str(present.stdout or "") if present.exit_status == 0 else ""
            missing = [key for key in keys if key not in _keys_in(text)]
            if not missing:
                return 0
            lines = ("\n" if text and not text.endswith("\n") else "") + "".join(k.line + "\n" for k in missing)
            added = await connection.run(_APPEND, input=lines, check=False)
            if added.exit_status != 0:
                raise _error(pod, f"adding the key to {AUTHORIZED_KEYS} failed (exit status {added.exit_status})")
            return len(missing)
    except asyncssh.HostKeyNotVerifiable:
        raise _error(
            pod,
            f"its host key is not the one recorded for it in {known_hosts} ({alias}); gpupods did not send the "
            "password (if the pod was rebuilt, remove that line)",
        ) from None
    except asyncssh.PermissionDenied:
        raise _error(pod, "the pod refused its root password") from None
    except (OSError, TimeoutError, asyncssh.Error) as exc:
        raise _error(pod, f"the SSH login failed ({type(exc).__name__}: {_reason(exc)})") from None


def _keys_in(text: str) -> set[PublicKey]:
    found = set()
    for line in text.splitlines():
        tokens = line.split()
        for index, token in enumerate(tokens[:-1]):  # options may come first
            try:
                found.add(PublicKey.parse(f"{token} {tokens[index + 1]}"))
                break
            except ValueError:
                continue
    return found


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "reason", "") or exc)[:200]


def _error(pod: Pod, what: str) -> SshError:
    return SshError(
        f"installing the SSH key on {pod.provider} pod {pod.id}: {what}",
        pod_id=pod.id,
        provider=pod.provider,
        status=pod.provider_status,
    )
