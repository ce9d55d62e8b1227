"""The mock shell's language: a small, strict subset of POSIX sh.

Supported: words with ``'single'``, ``"double"`` and ``\\`` quoting; ``$NAME``, ``${NAME}``
and ``$?`` (expanded when the command runs, not inside single quotes; no word splitting);
``~`` at the start of a word (``$0`` is ``sh``; there are no positional parameters); ``NAME=value`` assignments; pipelines ``a | b``; lists with
``;``, newlines, ``&&`` and ``||``; redirections ``> f``, ``>> f``, ``< f``, ``2> f``,
``2>> f``, ``2>&1`` and ``>&2``; ``#`` comments. Anything else (``&``, subshells, command
substitution, globs are taken literally) is a syntax error with a message, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_OPERATORS = ("&&", "||", ">>", "|", ";", ">", "<", "&", "(", ")")
_SPECIAL = "?0123456789#@*$!-"  # special parameters: $? is the last status, $0 "sh", the rest empty
_UNSUPPORTED = {"&": "background jobs (&)", "(": "subshells", ")": "subshells"}


class ShellSyntaxError(Exception):
    """A command line the mock shell cannot parse (the shell's exit status 2)."""


@dataclass(frozen=True)
class Part:
    """A piece of a word: literal text, a variable, or ``~`` (the home directory)."""

    kind: str  # "text", "var", "home"
    value: str
    quoted: bool = False


@dataclass
class Word:
    parts: list[Part] = field(default_factory=list)

    @property
    def only_unquoted_vars(self) -> bool:
        return bool(self.parts) and all(p.kind == "var" and not p.quoted for p in self.parts)

    def literal(self) -> str | None:
        """The word's text when it has no expansions."""
        if any(p.kind != "text" for p in self.parts):
            return None
        return "".join(p.value for p in self.parts)


@dataclass
class Redirect:
    fd: int  # 0, 1 or 2
    op: str  # "<", ">", ">>", "dup" (fd to the fd in ``to_fd``)
    target: Word | None = None
    to_fd: int | None = None


@dataclass
class Command:
    words: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


Pipeline = list[Command]
#: (connector, pipeline): the connector is ";", "&&" or "||" (";" for the first).
Script = list[tuple[str, Pipeline]]


@dataclass
class _Token:
    kind: str  # "word", "op", "io" (an fd redirection such as "2>", "2>&1")
    text: str = ""
    word: Word | None = None


def _lex(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(source)
    word: Word | None = None

    def text(value: str, quoted: bool) -> None:
        assert word is not None
        if word.parts and word.parts[-1].kind == "text" and word.parts[-1].quoted == quoted:
            word.parts[-1] = Part("text", word.parts[-1].value + value, quoted)
        else:
            word.parts.append(Part("text", value, quoted))

    def variable(at: int, quoted: bool) -> int:
        """Read the expansion that starts at ``source[at] == "$"``; return where it ends."""
        assert word is not None
        nxt = source[at + 1 : at + 2]
        if nxt and nxt in _SPECIAL:
            word.parts.append(Part("var", nxt, quoted))
            return at + 2
        if nxt == "{":
            close = source.find("}", at + 2)
            name = source[at + 2 : close] if close >= 0 else ""
            if close < 0 or not (_NAME.fullmatch(name) or name == "?"):
                raise ShellSyntaxError(f"bad substitution: {source[at : (close + 1) if close >= 0 else n]}")
            word.parts.append(Part("var", name, quoted))
            return close + 1
        if nxt == "(":
            raise ShellSyntaxError("command substitution $(...) is not supported by this shell")
        found = _NAME.match(source, at + 1)
        if found is None:
            text("$", quoted)
            return at + 1
        word.parts.append(Part("var", found.group(), quoted))
        return found.end()

    def finish() -> None:
        nonlocal word
        if word is not None:
            tokens.append(_Token("word", word=word))
            word = None

    while i < n:
        ch = source[i]
        if ch in " \t\r":
            finish()
            i += 1
        elif ch == "\n":
            finish()
            tokens.append(_Token("op", "\n"))
            i += 1
        elif ch == "#" and word is None:
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif ch.isdigit() and word is None and re.match(r"\d+(>>|>&|>|<)", source[i:]):
            found = re.match(r"(\d+)(>>|>&\d|>|<)", source[i:])
            if found is None:
                raise ShellSyntaxError(f"syntax error near {source[i : i + 4]!r}")
            tokens.append(_Token("io", found.group(0)))
            i += found.end()
        elif source.startswith(">&", i) and word is None:
            found = re.match(r">&(\d)", source[i:])
            if found is None:
                raise ShellSyntaxError("syntax error near '>&'")
            tokens.append(_Token("io", "1" + found.group(0)))
            i += found.end()
        elif any(source.startswith(op, i) for op in _OPERATORS):
            finish()
            op = next(op for op in _OPERATORS if source.startswith(op, i))
            if op in _UNSUPPORTED:
                raise ShellSyntaxError(f"{_UNSUPPORTED[op]} are not supported by this shell")
            tokens.append(_Token("op", op))
            i += len(op)
        elif ch == "`":
            raise ShellSyntaxError("command substitution `...` is not supported by this shell")
        else:
            if word is None:
                word = Word()
                if ch == "~" and source[i + 1 : i + 2] in ("", "/", " ", "\t", "\n", ";", "|", "&", ">", "<"):
                    word.parts.append(Part("home", "~"))
                    i += 1
                    continue
            if ch == "\\":
                if i + 1 < n and source[i + 1] != "\n":
                    text(source[i + 1], True)
                i += 2
            elif ch == "'":
                close = source.find("'", i + 1)
                if close < 0:
                    raise ShellSyntaxError("unexpected end of line while looking for the matching '")
                text(source[i + 1 : close], True)
                i = close + 1
            elif ch == '"':
                i += 1
                text("", True)
                while True:
                    if i >= n:
                        raise ShellSyntaxError('unexpected end of line while looking for the matching "')
                    c = source[i]
                    if c == '"':
                        i += 1
                        break
                    if c == "\\" and source[i + 1 : i + 2] in ('"', "\\", "$", "`", "\n"):
                        if source[i + 1] != "\n":
                            text(source[i + 1], True)
                        i += 2
                    elif c == "$":
                        i = variable(i, True)
                    elif c == "`":
                        raise ShellSyntaxError("command substitution `...` is not supported by this shell")
                    else:
                        text(c, True)
                        i += 1
            elif ch == "$":
                i = variable(i, False)
            else:
                text(ch, False)
                i += 1
    finish()
    return tokens


def parse(source: str) -> Script:
    """The command line as a list of pipelines; raises ShellSyntaxError."""
    tokens: list[_Token] = []
    for lexed in _lex(source):  # a newline after | && || continues the line
        if lexed.text == "\n" and (not tokens or tokens[-1].text in ("|", "&&", "||", ";", "\n")):
            continue
        tokens.append(lexed)
    script: Script = []
    connector, pipeline, command = ";", Pipeline(), Command()
    pos = 0
    while True:
        token = tokens[pos] if pos < len(tokens) else None
        if token is not None and token.kind == "word":
            assert token.word is not None
            command.words.append(token.word)
            pos += 1
            continue
        if token is not None and (token.kind == "io" or token.text in (">", ">>", "<")):
            pos += _redirect(tokens, pos, command)
            continue
        has_command = bool(command.words or command.redirects)
        if has_command:
            pipeline.append(command)
            command = Command()
        if token is not None and token.text == "|":
            if not has_command:
                raise _near(token)
            pos += 1
            continue
        if not has_command and (pipeline or connector in ("&&", "||") or (token and token.text in ("&&", "||"))):
            raise _near(token)
        if pipeline:
            script.append((connector, pipeline))
            pipeline = []
        if token is None:
            return script
        connector = ";" if token.text == "\n" else token.text
        pos += 1


def _near(token: _Token | None) -> ShellSyntaxError:
    shown = "newline" if token is None or token.text == "\n" else token.text
    return ShellSyntaxError(f"syntax error near unexpected token '{shown}'")


def _redirect(tokens: list[_Token], pos: int, command: Command) -> int:
    """Add the redirection at ``tokens[pos]`` to the command; return how many tokens it used."""
    token = tokens[pos]
    text = token.text if token.kind == "io" else ("0" if token.text == "<" else "1") + token.text
    found = re.fullmatch(r"(\d+)(>>|>|<|>&)(\d?)", text)
    if found is None:
        raise _near(token)
    fd, op, dup = int(found.group(1)), found.group(2), found.group(3)
    if fd > 2 or (dup and int(dup) > 2):
        raise ShellSyntaxError(f"file descriptor {max(fd, int(dup or 0))} is not supported by this shell")
    if op == ">&":
        command.redirects.append(Redirect(fd, "dup", to_fd=int(dup)))
        return 1
    target = tokens[pos + 1] if pos + 1 < len(tokens) else None
    if target is None or target.kind != "word":
        raise _near(target)
    command.redirects.append(Redirect(fd, op, target.word))
    return 2
