"""Public keys and the user's key: parsed as OpenSSH does, fingerprinted as ssh-keygen does,
found where the README says; PodSpec's SSH rules (ports add to SSH, keys checked)."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest
from gpupods import PodSpec
from gpupods.errors import InvalidPodSpec, NoSshKey
from gpupods.keys import DEFAULT_KEY_FILES, KEY_ENV, NotAPublicKey, PublicKey, find_user_key
from gpupods.ssh import SshSettings
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.openssh import TIMEOUT, require_openssh

KEY_KINDS = [
    ("ed25519", []),
    ("ecdsa", ["-b", "256"]),
    ("ecdsa", ["-b", "384"]),
    ("ecdsa", ["-b", "521"]),
    ("rsa", ["-b", "1024"]),
]


@pytest.fixture(scope="module")
def made_keys(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Public key files ssh-keygen made, one per key type it offers."""
    require_openssh()
    folder = tmp_path_factory.mktemp("keys")
    paths = []
    for index, (kind, extra) in enumerate(KEY_KINDS):
        path = folder / f"key{index}"
        subprocess.run(
            ["ssh-keygen", "-q", "-t", kind, *extra, "-N", "", "-C", f"me{index}@host", "-f", str(path)],
            check=True,
            timeout=TIMEOUT,
        )
        paths.append(Path(f"{path}.pub"))
    return paths


def test_fingerprints_are_ssh_keygens(made_keys: list[Path]) -> None:
    for path in made_keys:
        key = PublicKey.parse(path.read_text())
        listed = subprocess.run(
            ["ssh-keygen", "-l", "-E", "sha256", "-f", str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=TIMEOUT,
        ).stdout.split()
        assert key.fingerprint == listed[1]
        assert key.line == path.read_text().strip() and key.comment == listed[2]
        assert PublicKey.parse(f"{key.type} {key.data} another comment") == key  # comments do not count


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_key_or_a_value_error(text: str) -> None:
    try:
        key = PublicKey.parse(text)
    except NotAPublicKey:  # a ValueError saying what is wrong; nothing else escapes
        return
    assert PublicKey.parse(key.line) == key


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_damaged_key_is_refused(made_keys: list[Path], data: st.DataObject) -> None:
    key = PublicKey.parse(data.draw(st.sampled_from(made_keys)).read_text())
    blob = bytearray(key.blob)
    kind = data.draw(st.sampled_from(["truncate-type", "swap-type", "bad-base64"]))
    if kind == "truncate-type":
        damaged = f"{key.type} {base64.b64encode(bytes(blob[: data.draw(st.integers(0, 10))])).decode()}"
    elif kind == "swap-type":
        other = "ssh-rsa" if key.type != "ssh-rsa" else "ssh-ed25519"
        damaged = f"{other} {key.data}"
    else:
        damaged = f"{key.type} {key.data[:-2]}!{key.data[-1]}"
    with pytest.raises(NotAPublicKey):
        PublicKey.parse(damaged)


def test_a_private_key_is_named_as_such(made_keys: list[Path]) -> None:
    private = made_keys[0].with_suffix("").read_text()
    with pytest.raises(NotAPublicKey, match="private key"):
        PublicKey.parse(private)


# --- the user's key ---------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(present=st.lists(st.sampled_from(DEFAULT_KEY_FILES), unique=True))
def test_the_first_default_key_file_in_order_is_the_users_key(
    made_keys: list[Path], tmp_path_factory: pytest.TempPathFactory, present: list[str]
) -> None:
    home = tmp_path_factory.mktemp("home")
    (home / ".ssh").mkdir()
    for index, name in enumerate(present):
        (home / ".ssh" / name).write_text(made_keys[index].read_text())
        (home / ".ssh" / name.removesuffix(".pub")).write_text("private")
    found = find_user_key({"HOME": str(home)})
    expected = next((name for name in DEFAULT_KEY_FILES if name in present), None)
    if expected is None:
        assert found is None
        with pytest.raises(NoSshKey, match=r"none of ~/\.ssh/id_ed25519\.pub") as caught:
            SshSettings.from_env({"HOME": str(home)}).default_keys()
        assert "ssh-keygen -t ed25519" in caught.value.hint
        return
    assert found is not None and found.source == str(home / ".ssh" / expected)
    assert found.public == PublicKey.parse(made_keys[present.index(expected)].read_text())
    assert found.identity == home / ".ssh" / expected.removesuffix(".pub")


def test_the_variable_names_a_key_or_a_file(made_keys: list[Path], tmp_path: Path) -> None:
    home = tmp_path
    (home / ".ssh").mkdir()
    line = made_keys[1].read_text().strip()
    (home / ".ssh" / "work.pub").write_text(line + "\n")
    (home / ".ssh" / "work").write_text(made_keys[1].with_suffix("").read_text())
    by_line = find_user_key({"HOME": str(home), KEY_ENV: line})
    by_path = find_user_key({"HOME": str(home), KEY_ENV: "~/.ssh/work.pub"})
    assert by_line is not None and by_path is not None
    assert by_line.public == by_path.public == PublicKey.parse(line)
    assert by_line.identity == by_path.identity == home / ".ssh" / "work"  # found by the key, not the name
    with pytest.raises(NotAPublicKey, match="this is a private key"):
        find_user_key({"HOME": str(home), KEY_ENV: str(home / ".ssh" / "work")})  # the private one by mistake
    with pytest.raises(NoSshKey, match="not usable"):
        SshSettings.from_env({"HOME": str(home), KEY_ENV: str(home / "missing.pub")}).default_keys()


# --- PodSpec ---------------------------------------------------------------------------------------

PORTS = st.lists(
    st.builds(lambda n, p: f"{n}/{p}", st.integers(1, 65535), st.sampled_from(["tcp", "http", "udp"])),
    max_size=6,
    unique=True,
)


@settings(max_examples=200, deadline=None)
@given(ports=PORTS, ssh=st.booleans())
def test_ports_add_to_ssh_and_dropping_it_is_explicit(ports: list[str], ssh: bool) -> None:
    if not ssh and "22/tcp" in ports:
        with pytest.raises(InvalidPodSpec, match="ssh=False"):
            PodSpec(name="p", image="i", gpu="H100", ports=tuple(ports), ssh=False)
        return
    spec = PodSpec(name="p", image="i", gpu="H100", ports=tuple(ports), ssh=ssh)
    assert [p for p in spec.ports if p != "22/tcp"] == [p for p in ports if p != "22/tcp"]  # order kept
    assert spec.ports.count("22/tcp") == (1 if ssh else 0)
    assert spec.ssh_keys == (None if ssh else ())


def test_spec_keys_are_checked_and_kept_once(made_keys: list[Path]) -> None:
    lines = [path.read_text().strip() for path in made_keys]
    spec = PodSpec(name="p", image="i", gpu="H100", ssh_keys=(lines[0], lines[1], lines[0]))
    assert spec.ssh_keys == (lines[0], lines[1])
    with pytest.raises(InvalidPodSpec, match=r"ssh_keys\[1\]"):
        PodSpec(name="p", image="i", gpu="H100", ssh_keys=(lines[0], "ssh-ed25519 notbase64!"))
    with pytest.raises(InvalidPodSpec, match="sequence"):
        PodSpec(name="p", image="i", gpu="H100", ssh_keys=lines[0])
    with pytest.raises(InvalidPodSpec, match="no keys"):
        PodSpec(name="p", image="i", gpu="H100", ssh=False, ssh_keys=(lines[0],))
