"""A pod's filesystem: an in-memory tree shared by its shell and its SFTP server.

Paths are POSIX strings; relative ones are taken from ``cwd`` (the home directory unless
given). Errors are the ``OSError`` subclasses the operating system would raise (with the
errno and the path), so the SFTP server reports them with the matching status codes. There
are no links: nothing in a pod's tree can point outside it. Thread-safe.
"""

from __future__ import annotations

import errno
import os
import posixpath
import stat
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

HOME = "/root"
DEFAULT_QUOTA = 256 * 1024 * 1024  # bytes of file data per pod


@dataclass
class FileNode:
    data: bytearray = field(default_factory=bytearray)
    mode: int = 0o644
    atime: float = field(default_factory=time.time)
    mtime: float = field(default_factory=time.time)


@dataclass
class DirNode:
    children: dict[str, FileNode | DirNode] = field(default_factory=dict)
    mode: int = 0o755
    atime: float = field(default_factory=time.time)
    mtime: float = field(default_factory=time.time)


Node = FileNode | DirNode


@dataclass(frozen=True)
class FileStat:
    is_dir: bool
    size: int
    mode: int  # permission bits only
    atime: float
    mtime: float

    @property
    def st_mode(self) -> int:
        """The mode with its file-type bits, as ``os.stat`` gives it."""
        return (stat.S_IFDIR if self.is_dir else stat.S_IFREG) | self.mode


def _error(code: int, path: str) -> OSError:
    return OSError(code, os.strerror(code), path)


class PodFiles:
    """The tree, rooted at ``/``, with ``/root`` (the home), ``/tmp`` and ``/workspace``."""

    def __init__(self, *, quota: int = DEFAULT_QUOTA) -> None:
        self.quota = quota
        self._root = DirNode()
        self._lock = threading.RLock()
        for directory in (HOME, "/tmp", "/workspace", "/etc"):
            self.mkdir(directory, parents=True)
        self.chmod("/tmp", 0o1777)
        self.chmod(HOME, 0o700)

    # --- paths ---------------------------------------------------------------------------------

    @staticmethod
    def resolve(path: str, cwd: str = HOME) -> str:
        """The absolute, normalized form of ``path`` (``..`` never climbs above ``/``)."""
        if "\0" in path:
            raise _error(errno.EINVAL, path)
        joined = posixpath.join(cwd, path) if path else cwd
        normal = posixpath.normpath("/" + joined.lstrip("/"))
        return "/" + normal.lstrip("/")

    def _walk(self, path: str) -> tuple[DirNode | None, str, Node]:
        """(parent, name, node) of an absolute path; raises ENOENT / ENOTDIR."""
        parts = [p for p in path.split("/") if p]
        node: Node = self._root
        parent: DirNode | None = None
        name = "/"
        for part in parts:
            if not isinstance(node, DirNode):
                raise _error(errno.ENOTDIR, path)
            child = node.children.get(part)
            if child is None:
                raise _error(errno.ENOENT, path)
            parent, name, node = node, part, child
        return parent, name, node

    def _parent_dir(self, path: str) -> tuple[DirNode, str]:
        """The directory that holds (or would hold) ``path``, and the last name."""
        head, name = posixpath.split(path)
        if not name:
            raise _error(errno.EEXIST, path)  # "/" itself
        _, _, parent = self._walk(head)
        if not isinstance(parent, DirNode):
            raise _error(errno.ENOTDIR, path)
        return parent, name

    def node(self, path: str, cwd: str = HOME) -> Node:
        with self._lock:
            return self._walk(self.resolve(path, cwd))[2]

    # --- queries -------------------------------------------------------------------------------

    @staticmethod
    def stat_of(node: Node) -> FileStat:
        if isinstance(node, DirNode):
            return FileStat(True, 4096, node.mode, node.atime, node.mtime)
        return FileStat(False, len(node.data), node.mode, node.atime, node.mtime)

    def stat(self, path: str, cwd: str = HOME) -> FileStat:
        with self._lock:
            return self.stat_of(self.node(path, cwd))

    def exists(self, path: str, cwd: str = HOME) -> bool:
        try:
            self.node(path, cwd)
        except OSError:
            return False
        return True

    def is_dir(self, path: str, cwd: str = HOME) -> bool:
        try:
            return isinstance(self.node(path, cwd), DirNode)
        except OSError:
            return False

    def listdir(self, path: str, cwd: str = HOME) -> list[str]:
        with self._lock:
            node = self.node(path, cwd)
            if not isinstance(node, DirNode):
                raise _error(errno.ENOTDIR, path)
            node.atime = time.time()
            return sorted(node.children)

    def used(self) -> int:
        """Bytes of file data in the tree."""
        with self._lock:
            return sum(len(n.data) for n in self._nodes(self._root) if isinstance(n, FileNode))

    def _nodes(self, node: Node) -> Iterator[Node]:
        yield node
        if isinstance(node, DirNode):
            for child in node.children.values():
                yield from self._nodes(child)

    # --- files ---------------------------------------------------------------------------------

    def open(
        self,
        path: str,
        *,
        create: bool = False,
        truncate: bool = False,
        exclusive: bool = False,
        mode: int = 0o644,
        cwd: str = HOME,
    ) -> FileNode:
        """The file at ``path`` (created when asked); the node stays valid after a rename."""
        absolute = self.resolve(path, cwd)
        with self._lock:
            parent, name = self._parent_dir(absolute)
            node = parent.children.get(name)
            if node is None:
                if not create:
                    raise _error(errno.ENOENT, path)
                node = parent.children[name] = FileNode(mode=mode & 0o7777)
                parent.mtime = time.time()
            elif exclusive:
                raise _error(errno.EEXIST, path)
            if isinstance(node, DirNode):
                raise _error(errno.EISDIR, path)
            if truncate and node.data:
                node.data.clear()
                node.mtime = time.time()
            return node

    def read(self, path: str, cwd: str = HOME) -> bytes:
        with self._lock:
            node = self.node(path, cwd)
            if isinstance(node, DirNode):
                raise _error(errno.EISDIR, path)
            node.atime = time.time()
            return bytes(node.data)

    def write(self, path: str, data: bytes, *, append: bool = False, mode: int = 0o644, cwd: str = HOME) -> None:
        with self._lock:
            node = self.open(path, create=True, truncate=not append, mode=mode, cwd=cwd)
            self.write_at(node, len(node.data), data)

    def read_at(self, node: FileNode, offset: int, size: int) -> bytes:
        with self._lock:
            node.atime = time.time()
            return bytes(node.data[offset : offset + size])

    def write_at(self, node: FileNode, offset: int, data: bytes) -> None:
        with self._lock:
            end = offset + len(data)
            growth = max(0, end - len(node.data))
            if growth and self.used() + growth > self.quota:
                raise _error(errno.ENOSPC, "")
            if offset > len(node.data):
                node.data.extend(bytes(offset - len(node.data)))
            node.data[offset:end] = data
            node.mtime = time.time()

    def truncate(self, node: FileNode, size: int) -> None:
        with self._lock:
            if size > len(node.data):
                self.write_at(node, len(node.data), bytes(size - len(node.data)))
            else:
                del node.data[size:]
            node.mtime = time.time()

    # --- directories and names -------------------------------------------------------------------

    def mkdir(self, path: str, *, parents: bool = False, mode: int = 0o755, cwd: str = HOME) -> None:
        absolute = self.resolve(path, cwd)
        with self._lock:
            if parents:
                here = "/"
                for part in [p for p in absolute.split("/") if p]:
                    here = posixpath.join(here, part)
                    try:
                        node = self._walk(here)[2]
                    except FileNotFoundError:
                        self.mkdir(here, mode=mode)
                        continue
                    if not isinstance(node, DirNode):
                        raise _error(errno.ENOTDIR if here != absolute else errno.EEXIST, path)
                return
            parent, name = self._parent_dir(absolute)
            if name in parent.children:
                raise _error(errno.EEXIST, path)
            parent.children[name] = DirNode(mode=mode & 0o7777)
            parent.mtime = time.time()

    def remove(self, path: str, *, recursive: bool = False, cwd: str = HOME) -> None:
        """Remove a file (a directory only with ``recursive``)."""
        absolute = self.resolve(path, cwd)
        with self._lock:
            parent, name, node = self._walk(absolute)
            if parent is None:
                raise _error(errno.EBUSY, path)
            if isinstance(node, DirNode) and not recursive:
                raise _error(errno.EISDIR, path)
            del parent.children[name]
            parent.mtime = time.time()

    def rmdir(self, path: str, cwd: str = HOME) -> None:
        absolute = self.resolve(path, cwd)
        with self._lock:
            parent, name, node = self._walk(absolute)
            if not isinstance(node, DirNode):
                raise _error(errno.ENOTDIR, path)
            if parent is None:
                raise _error(errno.EBUSY, path)
            if node.children:
                raise _error(errno.ENOTEMPTY, path)
            del parent.children[name]
            parent.mtime = time.time()

    def rename(self, old: str, new: str, *, replace: bool = True, cwd: str = HOME) -> None:
        source, target = self.resolve(old, cwd), self.resolve(new, cwd)
        with self._lock:
            if source == "/" or target == "/":
                raise _error(errno.EBUSY, old)
            old_parent, old_name = self._parent_dir(source)  # both directories first, as Linux does
            new_parent, new_name = self._parent_dir(target)
            node = old_parent.children.get(old_name)
            if node is None:
                raise _error(errno.ENOENT, old)
            if source == target:
                return
            if isinstance(node, DirNode) and target.startswith(source + "/"):
                raise _error(errno.EINVAL, new)
            existing = new_parent.children.get(new_name)
            if existing is not None:
                if not replace:
                    raise _error(errno.EEXIST, new)
                if isinstance(existing, DirNode) and (not isinstance(node, DirNode) or existing.children):
                    raise _error(errno.EISDIR if not isinstance(node, DirNode) else errno.ENOTEMPTY, new)
                if isinstance(node, DirNode) and not isinstance(existing, DirNode):
                    raise _error(errno.ENOTDIR, new)
            del old_parent.children[old_name]
            new_parent.children[new_name] = node
            old_parent.mtime = new_parent.mtime = time.time()

    def chmod(self, path: str, mode: int, cwd: str = HOME) -> None:
        with self._lock:
            self.node(path, cwd).mode = mode & 0o7777

    def set_times(self, path: str, atime: float, mtime: float, cwd: str = HOME) -> None:
        with self._lock:
            node = self.node(path, cwd)
            node.atime, node.mtime = atime, mtime
