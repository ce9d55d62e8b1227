"""Types the generated models and operations share."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the answer did not have (``None`` is a JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __reduce__(self) -> str:
        # Unpickled, it is this module's UNSET again: the models test fields with ``is UNSET``.
        return "UNSET"


UNSET: Unset = Unset()

# What ``httpx.Client(files=)`` accepts for one file.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (file name, content, content type)
    tuple[str | None, FileContent, str | None]
    # (file name, content, content type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart/form-data body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The file as httpx takes it in ``files=``."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """An operation's answer: its status, body, headers and the parsed body (``None`` when
    the status has no documented body)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
