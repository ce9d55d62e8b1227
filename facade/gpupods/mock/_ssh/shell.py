"""The mock pod's shell: built-in commands over the pod's in-memory files, never the host's.

Commands: ``cat``, ``cd``, ``chmod`` (octal modes), ``echo`` (``-n``, ``-e``), ``env``,
``exit [N]``, ``export``, ``false``, ``hostname``, ``ls`` (``-a``, ``-l``, ``-1``), ``mkdir``
(``-p``), ``nvidia-smi``, ``pwd``, ``rm`` (``-r``, ``-f``), ``sh``/``bash`` (``-c SCRIPT``,
or the script on standard input), ``touch``, ``true``/``:``, ``whoami``. Any other command
prints ``sh: NAME: command not found`` and has status 127. The language is in ``syntax``.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from .files import HOME, FileStat, PodFiles
from .identity import PodIdentity
from .nvsmi import nvidia_smi
from .syntax import Command, Pipeline, Redirect, Script, ShellSyntaxError, Word, parse

_SPECIAL_VALUES = {"0": "sh", "#": "0", "$": "1"}  # $? is the last status; other special parameters are empty
NOT_FOUND = 127
SYNTAX_ERROR = 2
DEV_NULL = "/dev/null"

Writer = Callable[[bytes], None]
Reader = Callable[[], Awaitable[bytes]]


class ShellExit(Exception):
    """``exit N``: ends the script (and, at the top, the session) with status N."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


async def _no_input() -> bytes:
    return b""


@dataclass
class Call:
    """One command's arguments and streams."""

    args: list[str]
    env: dict[str, str]
    read_stdin: Reader
    out: Writer
    err: Writer

    def say(self, text: str) -> None:
        self.out(text.encode("utf-8", "surrogateescape"))

    def complain(self, text: str) -> None:
        self.err(text.encode("utf-8", "surrogateescape"))


class Shell:
    """One session's shell state (working directory, variables, last status) on a pod."""

    def __init__(self, pod: PodIdentity, files: PodFiles, *, env: Mapping[str, str] | None = None) -> None:
        self.pod = pod
        self.files = files
        self.cwd = HOME
        self.status = 0
        self.env: dict[str, str] = {
            "HOME": HOME,
            "USER": pod.user,
            "LOGNAME": pod.user,
            "SHELL": "/bin/sh",
            "HOSTNAME": pod.hostname,
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        }
        self.env.update(pod.env)
        self.env.update(env or {})

    @property
    def prompt(self) -> str:
        where = "~" + self.cwd[len(HOME) :] if (self.cwd + "/").startswith(HOME + "/") else self.cwd
        return f"{self.pod.user}@{self.pod.hostname}:{where}# "

    async def run(self, source: str, *, stdin: Reader = _no_input, out: Writer, err: Writer) -> int:
        """Run a command line; returns its status. ``exit`` raises ShellExit."""
        try:
            script = parse(source)
        except ShellSyntaxError as exc:
            err(f"sh: {exc}\n".encode())
            self.status = SYNTAX_ERROR
            return self.status
        return await self._run_script(script, stdin, out, err)

    async def _run_script(self, script: Script, stdin: Reader, out: Writer, err: Writer) -> int:
        for connector, pipeline in script:
            if (connector == "&&" and self.status != 0) or (connector == "||" and self.status == 0):
                continue
            self.status = await self._run_pipeline(pipeline, stdin, out, err)
        return self.status

    async def _run_pipeline(self, pipeline: Pipeline, stdin: Reader, out: Writer, err: Writer) -> int:
        status = 0
        source = stdin
        for index, command in enumerate(pipeline):
            last = index == len(pipeline) - 1
            buffer = bytearray()
            status = await self._run_command(command, source, out if last else buffer.extend, err)
            if not last:
                source = _reader(bytes(buffer))
        return status

    # --- one command ----------------------------------------------------------------------------

    def _expand(self, word: Word) -> str:
        pieces = []
        for part in word.parts:
            if part.kind == "home":
                pieces.append(self.env.get("HOME", HOME))
            elif part.kind == "var":
                pieces.append(self._parameter(part.value))
            else:
                pieces.append(part.value)
        return "".join(pieces)

    def _parameter(self, name: str) -> str:
        if name == "?":
            return str(self.status)
        if not name.isidentifier():  # a special parameter ($0, $#, $1...)
            return _SPECIAL_VALUES.get(name, "")
        return self.env.get(name, "")

    def _words(self, words: list[Word]) -> list[str]:
        return [text for w in words if (text := self._expand(w)) or not w.only_unquoted_vars]

    async def _run_command(self, command: Command, stdin: Reader, out: Writer, err: Writer) -> int:
        count = 0
        assignments: dict[str, str] = {}
        for word in command.words:
            if not _is_assignment(word):
                break
            name, _, value = self._expand(word).partition("=")
            assignments[name] = value
            count += 1
        args = self._words(command.words[count:])
        streams = _Streams(stdin, out, err)
        for redirect in command.redirects:
            try:
                self._apply(redirect, streams)
            except OSError as exc:
                err(f"sh: {self._expand(redirect.target or Word())}: {_reason(exc)}\n".encode())
                return 1
        if not args:
            self.env.update(assignments)
            return 0
        call = Call(args, {**self.env, **assignments}, streams.stdin, streams.out, streams.err)
        builtin = _BUILTINS.get(args[0])
        if builtin is None:
            call.complain(f"sh: {args[0]}: command not found\n")
            return NOT_FOUND
        return await builtin(self, call)

    def _apply(self, redirect: Redirect, streams: _Streams) -> None:
        if redirect.op == "dup":
            if redirect.fd == 0 or redirect.to_fd == 0:
                raise OSError(9, "Bad file descriptor", "")
            streams.set(redirect.fd, streams.out if redirect.to_fd == 1 else streams.err)
            return
        assert redirect.target is not None
        path = self._expand(redirect.target)
        if redirect.op == "<":
            streams.stdin = _reader(b"" if path == DEV_NULL else self.files.read(path, self.cwd))
        elif path == DEV_NULL:
            streams.set(redirect.fd, _discard)
        else:
            node = self.files.open(path, create=True, truncate=redirect.op == ">", cwd=self.cwd)
            streams.set(redirect.fd, lambda data: self.files.write_at(node, len(node.data), data))

    def path(self, name: str) -> str:
        return self.files.resolve(name, self.cwd)


@dataclass
class _Streams:
    stdin: Reader
    out: Writer
    err: Writer

    def set(self, fd: int, writer: Writer) -> None:
        if fd == 1:
            self.out = writer
        else:
            self.err = writer


def _is_assignment(word: Word) -> bool:
    """``NAME=value`` with the name unquoted, as the shell recognizes assignments."""
    first = word.parts[0] if word.parts else None
    if first is None or first.kind != "text" or first.quoted or "=" not in first.value:
        return False
    return first.value.partition("=")[0].isidentifier()


def _reader(data: bytes) -> Reader:
    async def read() -> bytes:
        return data

    return read


def _discard(data: bytes) -> None:
    return None


def _reason(exc: OSError) -> str:
    return exc.strerror or os.strerror(exc.errno or 0)


def _flags(args: list[str], allowed: str) -> tuple[set[str], list[str], str | None]:
    """(flags, operands, first bad flag) for short options such as ``-rf``; ``--`` ends them."""
    flags: set[str] = set()
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] != "-":
        arg = rest.pop(0)
        if arg == "--":
            break
        for letter in arg[1:]:
            if letter not in allowed:
                return flags, rest, letter
            flags.add(letter)
    return flags, rest, None


# --- built-in commands --------------------------------------------------------------------------

Builtin = Callable[[Shell, Call], Awaitable[int]]
_BUILTINS: dict[str, Builtin] = {}


def builtin(*names: str) -> Callable[[Builtin], Builtin]:
    def register(function: Builtin) -> Builtin:
        for name in names:
            _BUILTINS[name] = function
        return function

    return register


@builtin("true", ":")
async def _true(shell: Shell, call: Call) -> int:
    return 0


@builtin("false")
async def _false(shell: Shell, call: Call) -> int:
    return 1


@builtin("exit")
async def _exit(shell: Shell, call: Call) -> int:
    if len(call.args) > 2:
        call.complain("sh: exit: too many arguments\n")
        return 1
    if len(call.args) == 1:
        raise ShellExit(shell.status)
    try:
        raise ShellExit(int(call.args[1]) & 0xFF)
    except ValueError:
        call.complain(f"sh: exit: {call.args[1]}: numeric argument required\n")
        raise ShellExit(SYNTAX_ERROR) from None


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "a": "\a", "b": "\b", "0": "\0"}


@builtin("echo")
async def _echo(shell: Shell, call: Call) -> int:
    words = call.args[1:]
    newline, escapes = True, False
    while words and re.fullmatch(r"-[neE]+", words[0]):
        for flag in words.pop(0)[1:]:
            newline = newline and flag != "n"
            escapes = flag == "e" if flag in "eE" else escapes
    text = " ".join(words)
    if escapes:
        text = re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)
    call.say(text + ("\n" if newline else ""))
    return 0


@builtin("hostname")
async def _hostname(shell: Shell, call: Call) -> int:
    call.say(shell.pod.hostname + "\n")
    return 0


@builtin("whoami")
async def _whoami(shell: Shell, call: Call) -> int:
    call.say(shell.pod.user + "\n")
    return 0


@builtin("pwd")
async def _pwd(shell: Shell, call: Call) -> int:
    call.say(shell.cwd + "\n")
    return 0


@builtin("cd")
async def _cd(shell: Shell, call: Call) -> int:
    target = call.args[1] if len(call.args) > 1 else call.env.get("HOME", HOME)
    path = shell.path(target)
    if not shell.files.is_dir(path):
        reason = "Not a directory" if shell.files.exists(path) else "No such file or directory"
        call.complain(f"sh: cd: {target}: {reason}\n")
        return 1
    shell.cwd = path
    return 0


@builtin("env")
async def _env(shell: Shell, call: Call) -> int:
    if len(call.args) > 1:
        call.complain("env (gpupods mock): only 'env' without arguments is supported\n")
        return 125
    call.say("".join(f"{k}={v}\n" for k, v in call.env.items()))
    return 0


@builtin("export")
async def _export(shell: Shell, call: Call) -> int:
    for arg in call.args[1:]:
        name, equals, value = arg.partition("=")
        if not name.isidentifier():
            call.complain(f"sh: export: '{arg}': not a valid identifier\n")
            return 1
        if equals:
            shell.env[name] = value
    return 0


@builtin("nvidia-smi")
async def _nvidia_smi(shell: Shell, call: Call) -> int:
    status, out, err = nvidia_smi(shell.pod, call.args[1:])
    call.say(out)
    call.complain(err)
    return status


@builtin("cat")
async def _cat(shell: Shell, call: Call) -> int:
    status = 0
    for name in call.args[1:] or ["-"]:
        if name == "-":
            call.out(await call.read_stdin())
            continue
        try:
            call.out(shell.files.read(name, shell.cwd))
        except OSError as exc:
            call.complain(f"cat: {name}: {_reason(exc)}\n")
            status = 1
    return status


@builtin("ls")
async def _ls(shell: Shell, call: Call) -> int:
    flags, names, bad = _flags(call.args[1:], "al1AF")
    if bad:
        call.complain(f"ls: invalid option -- '{bad}'\n")
        return 2
    status = 0
    files: list[tuple[str, FileStat]] = []
    dirs: list[tuple[str, FileStat]] = []
    for name in names or ["."]:
        try:
            (dirs if shell.files.is_dir(name, shell.cwd) else files).append((name, shell.files.stat(name, shell.cwd)))
        except OSError as exc:
            call.complain(f"ls: cannot access '{name}': {_reason(exc)}\n")
            status = 2
    long = "l" in flags
    lines = [_ls_line(name, st, long) for name, st in files]
    for index, (name, _) in enumerate(dirs):
        if len(names) > 1:
            lines.append(("\n" if lines or index else "") + f"{name}:")
        entries = shell.files.listdir(name, shell.cwd)
        if "a" in flags:
            entries = [".", "..", *entries]
        elif "A" not in flags:
            entries = [e for e in entries if not e.startswith(".")]
        if long:
            lines.append("total 0")
        for entry in entries:
            st = shell.files.stat(posixpath.join(shell.path(name), entry))
            lines.append(_ls_line(entry, st, long))
    call.say("".join(line + "\n" for line in lines))
    return status


def _ls_line(name: str, st: FileStat, long: bool) -> str:
    if not long:
        return name
    when = time.strftime("%b %e %H:%M", time.localtime(st.mtime))
    return f"{stat.filemode(st.st_mode)} {2 if st.is_dir else 1} root root {st.size:>8} {when} {name}"


@builtin("mkdir")
async def _mkdir(shell: Shell, call: Call) -> int:
    flags, names, bad = _flags(call.args[1:], "pv")
    if bad or not names:
        call.complain(f"mkdir: invalid option -- '{bad}'\n" if bad else "mkdir: missing operand\n")
        return 1
    status = 0
    for name in names:
        try:
            shell.files.mkdir(name, parents="p" in flags, cwd=shell.cwd)
        except OSError as exc:
            call.complain(f"mkdir: cannot create directory '{name}': {_reason(exc)}\n")
            status = 1
    return status


@builtin("rm")
async def _rm(shell: Shell, call: Call) -> int:
    flags, names, bad = _flags(call.args[1:], "rRfv")
    if bad or (not names and "f" not in flags):
        call.complain(f"rm: invalid option -- '{bad}'\n" if bad else "rm: missing operand\n")
        return 1
    status = 0
    for name in names:
        if shell.path(name) == "/" and flags & {"r", "R"}:
            call.complain("rm: it is dangerous to operate recursively on '/'\n")
            status = 1
            continue
        try:
            shell.files.remove(name, recursive=bool(flags & {"r", "R"}), cwd=shell.cwd)
        except OSError as exc:
            if "f" in flags and isinstance(exc, FileNotFoundError):
                continue
            call.complain(f"rm: cannot remove '{name}': {_reason(exc)}\n")
            status = 1
    return status


@builtin("touch")
async def _touch(shell: Shell, call: Call) -> int:
    status = 0
    for name in call.args[1:]:
        try:
            shell.files.open(name, create=True, cwd=shell.cwd)
            now = time.time()
            shell.files.set_times(name, now, now, cwd=shell.cwd)
        except OSError as exc:
            call.complain(f"touch: cannot touch '{name}': {_reason(exc)}\n")
            status = 1
    return status


@builtin("chmod")
async def _chmod(shell: Shell, call: Call) -> int:
    if len(call.args) < 3:
        call.complain("chmod: missing operand\n")
        return 1
    try:
        mode = int(call.args[1], 8)
    except ValueError:
        call.complain(f"chmod: invalid mode: '{call.args[1]}' (this shell takes octal modes)\n")
        return 1
    status = 0
    for name in call.args[2:]:
        try:
            shell.files.chmod(name, mode, cwd=shell.cwd)
        except OSError as exc:
            call.complain(f"chmod: cannot access '{name}': {_reason(exc)}\n")
            status = 1
    return status


@builtin("sh", "bash")
async def _sh(shell: Shell, call: Call) -> int:
    """``sh -c SCRIPT`` runs SCRIPT in a child shell; ``sh`` alone runs standard input."""
    args = call.args[1:]
    flags, rest, bad = _flags(args, "cle")
    if bad or ("c" in flags and not rest):
        call.complain(
            f"{call.args[0]}: -{bad or 'c'}: " + ("invalid option\n" if bad else "option requires an argument\n")
        )
        return SYNTAX_ERROR
    if "c" in flags:
        source = rest[0]
    elif rest:
        call.complain(f"{call.args[0]} (gpupods mock): script files are not supported; use -c or standard input\n")
        return SYNTAX_ERROR
    else:
        source = (await call.read_stdin()).decode("utf-8", "surrogateescape")
    child = Shell(shell.pod, shell.files, env=call.env)
    child.cwd = shell.cwd
    try:
        return await child.run(source, stdin=call.read_stdin if "c" in flags else _no_input, out=call.out, err=call.err)
    except ShellExit as exit_:
        return exit_.status
