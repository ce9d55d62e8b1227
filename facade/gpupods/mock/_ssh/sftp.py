"""SFTP over a pod's in-memory files (what ``scp`` and ``sftp`` use).

Every operation of asyncssh's ``SFTPServer`` that would touch the host's filesystem is
overridden here; links are refused (a pod's tree has none). Relative paths start in the home
directory, as with OpenSSH's sftp-server.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import AsyncIterator
from typing import Any

import asyncssh
from asyncssh import SFTPAttrs, SFTPName, SFTPOpUnsupported, SFTPVFSAttrs

from .files import HOME, DirNode, FileNode, PodFiles

_FXF_READ, _FXF_WRITE, _FXF_APPEND, _FXF_CREAT, _FXF_TRUNC, _FXF_EXCL = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20


class _OpenFile:
    def __init__(self, node: FileNode, append: bool) -> None:
        self.node = node
        self.append = append


def _path(path: bytes) -> str:
    text = path.decode("utf-8", "surrogateescape")
    if text == "~" or text.startswith("~/"):
        text = HOME + text[1:]
    return PodFiles.resolve(text)


class PodSftpServer(asyncssh.SFTPServer):
    """One SFTP session on a pod."""

    def __init__(self, chan: asyncssh.SSHServerChannel[Any], files: PodFiles) -> None:
        super().__init__(chan)
        self.files = files

    # --- names and attributes ------------------------------------------------------------------------

    def format_user(self, uid: int | None) -> str:
        return "root" if uid == 0 else str(uid or "")

    def format_group(self, gid: int | None) -> str:
        return "root" if gid == 0 else str(gid or "")

    def _attrs(self, node: FileNode | DirNode) -> SFTPAttrs:
        info = PodFiles.stat_of(node)
        return SFTPAttrs(
            type=asyncssh.FILEXFER_TYPE_DIRECTORY if info.is_dir else asyncssh.FILEXFER_TYPE_REGULAR,
            size=info.size,
            uid=0,
            gid=0,
            owner="root",
            group="root",
            permissions=info.st_mode,
            atime=int(info.atime),
            mtime=int(info.mtime),
            nlink=2 if info.is_dir else 1,
        )

    def realpath(self, path: bytes) -> bytes:
        return _path(path).encode("utf-8", "surrogateescape")

    def stat(self, path: bytes) -> SFTPAttrs:
        return self._attrs(self.files.node(_path(path)))

    def lstat(self, path: bytes) -> SFTPAttrs:
        return self.stat(path)

    def fstat(self, file_obj: object) -> SFTPAttrs:
        return self._attrs(self._file(file_obj).node)

    def _apply(self, node: FileNode | DirNode, attrs: SFTPAttrs) -> None:
        if attrs.size is not None:
            if isinstance(node, DirNode):
                raise OSError(errno.EISDIR, os.strerror(errno.EISDIR))
            self.files.truncate(node, attrs.size)
        if attrs.permissions is not None:
            node.mode = stat.S_IMODE(attrs.permissions)
        if attrs.atime is not None and attrs.mtime is not None:
            node.atime, node.mtime = float(attrs.atime), float(attrs.mtime)

    def setstat(self, path: bytes, attrs: SFTPAttrs) -> None:
        self._apply(self.files.node(_path(path)), attrs)

    def lsetstat(self, path: bytes, attrs: SFTPAttrs) -> None:
        self.setstat(path, attrs)

    def fsetstat(self, file_obj: object, attrs: SFTPAttrs) -> None:
        self._apply(self._file(file_obj).node, attrs)

    async def scandir(self, path: bytes) -> AsyncIterator[SFTPName]:
        where = _path(path)
        node = self.files.node(where)
        if not isinstance(node, DirNode):
            raise OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), where)
        parent = self.files.node(os.path.dirname(where) or "/")
        yield SFTPName(b".", attrs=self._attrs(node))
        yield SFTPName(b"..", attrs=self._attrs(parent))
        for name in self.files.listdir(where):
            child = node.children.get(name)
            if child is not None:
                yield SFTPName(name.encode("utf-8", "surrogateescape"), attrs=self._attrs(child))

    # --- files ---------------------------------------------------------------------------------------

    @staticmethod
    def _file(file_obj: object) -> _OpenFile:
        assert isinstance(file_obj, _OpenFile)
        return file_obj

    def open(self, path: bytes, pflags: int, attrs: SFTPAttrs) -> _OpenFile:
        mode = 0o644 if attrs.permissions is None else stat.S_IMODE(attrs.permissions)
        node = self.files.open(
            _path(path),
            create=bool(pflags & _FXF_CREAT),
            truncate=bool(pflags & _FXF_TRUNC),
            exclusive=bool(pflags & _FXF_EXCL),
            mode=mode,
        )
        return _OpenFile(node, append=bool(pflags & _FXF_APPEND))

    def open56(self, path: bytes, desired_access: int, flags: int, attrs: SFTPAttrs) -> _OpenFile:
        raise SFTPOpUnsupported("this server speaks SFTP version 3")

    def close(self, file_obj: object) -> None:
        return None

    def read(self, file_obj: object, offset: int, size: int) -> bytes:
        return self.files.read_at(self._file(file_obj).node, offset, size)

    def write(self, file_obj: object, offset: int, data: bytes) -> int:
        handle = self._file(file_obj)
        self.files.write_at(handle.node, len(handle.node.data) if handle.append else offset, data)
        return len(data)

    def fsync(self, file_obj: object) -> None:
        return None

    def lock(self, file_obj: object, offset: int, length: int, flags: int) -> None:
        raise SFTPOpUnsupported("byte-range locks are not supported")

    def unlock(self, file_obj: object, offset: int, length: int) -> None:
        raise SFTPOpUnsupported("byte-range locks are not supported")

    # --- directories and names ---------------------------------------------------------------------------

    def mkdir(self, path: bytes, attrs: SFTPAttrs) -> None:
        mode = 0o755 if attrs.permissions is None else stat.S_IMODE(attrs.permissions)
        self.files.mkdir(_path(path), mode=mode)

    def rmdir(self, path: bytes) -> None:
        self.files.rmdir(_path(path))

    def remove(self, path: bytes) -> None:
        self.files.remove(_path(path))

    def rename(self, oldpath: bytes, newpath: bytes) -> None:
        self.files.rename(_path(oldpath), _path(newpath), replace=False)

    def posix_rename(self, oldpath: bytes, newpath: bytes) -> None:
        self.files.rename(_path(oldpath), _path(newpath), replace=True)

    def readlink(self, path: bytes) -> bytes:
        self.files.node(_path(path))
        raise OSError(errno.EINVAL, "Not a symbolic link")

    def symlink(self, oldpath: bytes, newpath: bytes) -> None:
        raise SFTPOpUnsupported("links are not supported on mock pods")

    def link(self, oldpath: bytes, newpath: bytes) -> None:
        raise SFTPOpUnsupported("links are not supported on mock pods")

    def statvfs(self, path: bytes) -> SFTPVFSAttrs:
        self.files.node(_path(path))
        block = 4096
        free = max(0, self.files.quota - self.files.used()) // block
        total = self.files.quota // block
        return SFTPVFSAttrs(
            bsize=block,
            frsize=block,
            blocks=total,
            bfree=free,
            bavail=free,
            files=1 << 20,
            ffree=1 << 20,
            favail=1 << 20,
            fsid=0,
            flag=0,
            namemax=255,
        )

    def fstatvfs(self, file_obj: object) -> SFTPVFSAttrs:
        return self.statvfs(b"/")

    def exit(self) -> None:
        """The session ends: report status 0, as OpenSSH's sftp-server does (``scp`` checks it)."""
        if self.channel.get_subsystem() == "sftp":
            self.channel.exit(0)
