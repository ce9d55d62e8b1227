"""The mock pods' shell, files and SFTP layer, checked against real oracles without SSH.

The shell's lists, quoting and exit statuses are compared with the host's ``/bin/sh`` on
generated command lines; the in-memory files with the host's filesystem (a temporary
directory) on generated operation sequences; the shell is fuzzed for internal errors; and the
SFTP server must override every asyncssh operation that would touch the host.
"""

from __future__ import annotations

import asyncio
import errno
import inspect
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import asyncssh
import pytest
from gpupods.mock._ssh.files import PodFiles
from gpupods.mock._ssh.identity import PodIdentity
from gpupods.mock._ssh.sftp import PodSftpServer
from gpupods.mock._ssh.shell import Shell, ShellExit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

POD = PodIdentity("box", env={"GREETING": "hello world"}, gpu_model="H100_80GB", gpu_count=1)
BASH = shutil.which("bash")  # the oracle: its echo, like the mock's, leaves backslashes alone


def run(shell: Shell, line: str, stdin: bytes = b"") -> tuple[int, bytes, bytes]:
    """(status, stdout, stderr) of one command line; ``exit`` gives its status."""
    out, err = bytearray(), bytearray()

    async def read() -> bytes:
        return stdin

    async def go() -> int:
        try:
            return await shell.run(line, stdin=read, out=out.extend, err=err.extend)
        except ShellExit as exit_:
            return exit_.status

    return asyncio.run(go()), bytes(out), bytes(err)


# --- the shell against /bin/sh --------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=30)
WORD = TEXT.filter(lambda text: not text.startswith("-"))  # echo's options are checked on their own


@st.composite
def simple_commands(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["echo", "echo-n", "true", "false", "exit", "status", "pipe", "null", "var"]))
    if kind == "echo":
        return "echo " + " ".join(shlex.quote(w) for w in draw(st.lists(WORD, max_size=3)))
    if kind == "echo-n":
        return "echo -n " + shlex.quote(draw(TEXT))
    if kind == "exit":
        return f"sh -c 'exit {draw(st.integers(0, 255))}'"
    if kind == "status":
        return 'echo "status=$?"'
    if kind == "pipe":
        return f"echo {shlex.quote(draw(WORD))} | cat"
    if kind == "null":
        return f"echo {shlex.quote(draw(WORD))} > /dev/null"
    if kind == "var":
        return 'echo "$GREETING" ${GREETING}x'
    return kind


@st.composite
def command_lines(draw: st.DrawFn) -> str:
    parts = [draw(simple_commands())]
    for _ in range(draw(st.integers(0, 4))):
        parts += [draw(st.sampled_from([";", "&&", "||", "\n"])), draw(simple_commands())]
    line = " ".join(parts)
    if draw(st.booleans()):
        line += f"; exit {draw(st.integers(0, 255))}"
    return line


@pytest.mark.skipif(BASH is None, reason="no bash to compare with")
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(command_lines())
def test_lists_quoting_pipes_and_statuses_match_the_real_sh(line: str) -> None:
    assert BASH is not None
    env = {"GREETING": "hello world", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    real = subprocess.run([BASH, "-c", line], capture_output=True, timeout=60, env=env)
    status, out, _ = run(Shell(POD, PodFiles()), line)
    assert (status, out) == (real.returncode, real.stdout), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab $?{}'\"\\|&;<>()~#=\n\t-12")), max_size=40))
def test_any_input_gives_a_status_never_an_internal_error(line: str) -> None:
    status, _, err = run(Shell(POD, PodFiles()), line)
    assert 0 <= status <= 255
    if status == 2 and err.startswith(b"sh: "):
        assert err.endswith(b"\n")


def test_builtins_on_the_pods_files() -> None:
    files = PodFiles()
    shell = Shell(POD, files)
    assert run(shell, "hostname") == (0, b"box\n", b"")
    assert run(shell, "mkdir -p a/b && echo x > a/b/f && echo y >> a/b/f && cat a/b/f")[1] == b"x\ny\n"
    assert files.read("/root/a/b/f") == b"x\ny\n"
    assert run(shell, "cd a; pwd; ls; ls -a b")[1] == b"/root/a\nb\n.\n..\nf\n"
    assert run(shell, "cd; rm a")[0] == 1 and run(shell, "rm -r a")[0] == 0 and not files.exists("/root/a")
    assert run(shell, "cat - < /dev/null; cat", stdin=b"in") == (0, b"in", b"")
    assert run(shell, "cat missing 2>&1 >/dev/null") == (1, b"cat: missing: No such file or directory\n", b"")
    assert run(shell, "A=1; echo $A; B=2 env | cat")[1].startswith(b"1\n")
    assert run(shell, "echo $(hostname)")[0:2] == (2, b"")
    assert (
        run(shell, "nvidia-smi --query-gpu=name,memory.total --format=csv,noheader")[1]
        == b"NVIDIA H100 80GB, 81920 MiB\n"
    )
    assert run(Shell(PodIdentity("cpu"), files), "nvidia-smi") == (6, b"No devices were found\n", b"")
    assert run(shell, "chmod 600 ~/x")[0] == 1 and run(shell, "touch ~/x && chmod 600 ~/x")[0] == 0
    assert files.stat("/root/x").mode == 0o600
    assert run(shell, "exit") == (0, b"", b"") and run(shell, "false; exit") == (1, b"", b"")
    assert run(shell, 'echo $0 $1 "$#" -$@-')[1] == b"sh 0 --\n"  # no positional parameters
    assert run(shell, "echo -nE 'a\\tb'; echo -e ' a\\tb'")[1] == b"a\\tb a\tb\n"
    assert run(shell, "sh", stdin=b"echo from stdin\nexit 5\n") == (5, b"from stdin\n", b"")


# --- the files against the host's filesystem --------------------------------------------------------

NAMES = st.sampled_from(["a", "b", "c"])
PATHS = st.lists(NAMES, min_size=1, max_size=3).map("/".join)
OPS = st.one_of(
    st.tuples(st.just("mkdir"), PATHS, st.booleans()),
    st.tuples(st.just("write"), PATHS, st.binary(max_size=8), st.booleans()),
    st.tuples(st.just("read"), PATHS),
    st.tuples(st.just("remove"), PATHS, st.booleans()),
    st.tuples(st.just("rmdir"), PATHS),
    st.tuples(st.just("rename"), PATHS, PATHS),
    st.tuples(st.just("listdir"), PATHS),
)


def _on_host(root: Path, op: tuple) -> object:
    kind, path = op[0], root / op[1]
    if kind == "mkdir":
        return os.makedirs(path, exist_ok=True) if op[2] else os.mkdir(path)
    if kind == "write":
        with open(path, "ab" if op[3] else "wb") as out:
            out.write(op[2])
        return None
    if kind == "read":
        return path.read_bytes()
    if kind == "remove":
        return shutil.rmtree(path) if op[2] and path.is_dir() and not path.is_symlink() else os.unlink(path)
    if kind == "rmdir":
        return os.rmdir(path)
    if kind == "rename":
        return os.replace(path, root / op[2])
    return sorted(os.listdir(path))


def _in_pod(files: PodFiles, op: tuple) -> object:
    kind, path = op[0], "/workspace/" + op[1]
    if kind == "mkdir":
        return files.mkdir(path, parents=op[2])
    if kind == "write":
        return files.write(path, op[2], append=op[3])
    if kind == "read":
        return files.read(path)
    if kind == "remove":
        return files.remove(path, recursive=op[2])
    if kind == "rmdir":
        return files.rmdir(path)
    if kind == "rename":
        return files.rename(path, "/workspace/" + op[2])
    return files.listdir(path)


def _outcome(action) -> tuple[str, object]:
    try:
        return "ok", action()
    except OSError as exc:
        return "error", errno.errorcode.get(exc.errno or 0, exc.errno)


def _tree_on_host(root: Path) -> dict[str, bytes | None]:
    found: dict[str, bytes | None] = {}
    for here, dirs, names in os.walk(root):
        for d in dirs:
            found[os.path.relpath(os.path.join(here, d), root)] = None
        for n in names:
            found[os.path.relpath(os.path.join(here, n), root)] = Path(here, n).read_bytes()
    return found


def _tree_in_pod(files: PodFiles, at: str = "/workspace", prefix: str = "") -> dict[str, bytes | None]:
    found: dict[str, bytes | None] = {}
    for name in files.listdir(at):
        path, rel = f"{at}/{name}", f"{prefix}{name}"
        if files.is_dir(path):
            found[rel] = None
            found.update(_tree_in_pod(files, path, rel + "/"))
        else:
            found[rel] = files.read(path)
    return found


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(OPS, max_size=12))
def test_files_behave_like_the_host_filesystem(tmp_path_factory: pytest.TempPathFactory, ops: list[tuple]) -> None:
    root = tmp_path_factory.mktemp("oracle")
    files = PodFiles()
    for op in ops:
        expected = _outcome(lambda op=op: _on_host(root, op))
        assert _outcome(lambda op=op: _in_pod(files, op)) == expected, (op, ops)
    assert _tree_in_pod(files) == _tree_on_host(root)


def test_files_quota_and_paths_stay_inside_the_tree() -> None:
    files = PodFiles(quota=10)
    files.write("/tmp/f", b"12345")
    with pytest.raises(OSError) as full:
        files.write("/tmp/g", b"123456")
    assert full.value.errno == errno.ENOSPC
    assert PodFiles.resolve("../../../etc/passwd", "/root") == "/etc/passwd"  # inside the pod's own tree
    assert not files.exists("/etc/passwd")


# --- SFTP: nothing reaches the host's files ---------------------------------------------------------------

# asyncssh.SFTPServer members that never touch the filesystem (everything else must be overridden).
HARMLESS = {
    "channel",
    "connection",
    "env",
    "logger",
    "convert_attrs",
    "format_longname",
    "map_path",
    "reverse_map_path",
}


def test_every_filesystem_operation_of_the_sftp_server_is_overridden() -> None:
    members = {name for name, _ in inspect.getmembers(asyncssh.SFTPServer) if not name.startswith("_")}
    must = members - HARMLESS
    assert {"open", "read", "write", "stat", "scandir", "remove", "rename", "statvfs"} <= must
    inherited = sorted(name for name in must if name not in vars(PodSftpServer))
    assert inherited == [], f"these SFTPServer operations would reach the host's filesystem: {inherited}"
