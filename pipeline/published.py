"""A provider's published OpenAPI document: where to fetch it, fetching it, checking it, and
telling which API a file describes.

Every failure is one line in a ``DownloadError`` (or ``UsageError`` for arguments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import apis, snapshot
from .errors import SpecError
from .specload import load_document, parse_text


class DownloadError(Exception):
    """A document that could not be fetched or is not usable; the message is one line."""


class UsageError(Exception):
    """Arguments that cannot be acted on; the message is one line."""


def resolve_url(api: apis.Api, overrides: dict[str, str]) -> str | None:
    """The URL to fetch for ``api``: an override (a full URL, or a base URL that keeps the
    published path), else the ``Update URL`` of SOURCE.md; None when there is neither."""
    published = api.update_url()
    override = overrides.get(api.name) or overrides.get("*")
    if not override:
        return published
    parts = urlsplit(override)
    if parts.path not in ("", "/"):
        return override
    if not published:
        raise DownloadError(
            f"{override} is a base URL, but {api.name} has no published path to append; "
            "give the full URL of the document"
        )
    path = urlsplit(published)
    return urlunsplit((parts.scheme, parts.netloc, path.path, path.query, ""))


def fetch(url: str, *, timeout: float = 30.0) -> bytes:
    """GET ``url`` and return the body; every failure is one line in a DownloadError."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.TimeoutException:
        raise DownloadError(f"no answer from {url} within {timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise DownloadError(f"cannot connect to {url} ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise DownloadError(f"download of {url} failed: {type(exc).__name__}: {_one_line(exc)}") from None
    _refuse_html(url, response.headers.get("content-type", ""), response.content, response.status_code)
    if response.status_code >= 400:
        raise DownloadError(f"{url} answered {response.status_code} {response.reason_phrase}")
    return response.content


def _refuse_html(url: str, content_type: str, body: bytes, status: int) -> None:
    start = body[:512].lstrip().lower()
    if "html" in content_type.lower() or start.startswith((b"<!doctype html", b"<html")):
        title = re.search(rb"<title[^>]*>(.*?)</title>", body[:8192], re.IGNORECASE | re.DOTALL)
        shown = f", page title {title.group(1).decode('utf-8', 'replace').strip()[:60]!r}" if title else ""
        raise DownloadError(
            f"{url} answered {status} with an HTML page (a login or error page?{shown}), not an OpenAPI document"
        )


def _one_line(exc: BaseException | str) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def check_openapi(text: str, name: str) -> tuple[dict[str, Any], str]:
    """Parse ``text`` as an OpenAPI 3.0/3.1 document; return it and the file extension to keep it under."""
    looks_json = text.lstrip().startswith(("{", "["))
    suffix = ".json" if looks_json else ".yaml"
    try:
        document = parse_text(text, name + suffix)
    except SpecError as exc:
        kind = "JSON" if looks_json else "JSON or YAML"
        problem = exc.problem.removeprefix("not valid JSON: ").removeprefix("not valid YAML: ")
        raise DownloadError(f"{name} is not valid {kind} ({exc.where + ': ' if exc.where else ''}{problem})") from None
    if not isinstance(document, dict):
        raise DownloadError(f"{name} is not an OpenAPI document (its top level is a {type(document).__name__})")
    if "swagger" in document:
        raise DownloadError(
            f"{name} is a Swagger {document['swagger']} document; the pipeline needs OpenAPI 3.0 or 3.1"
        )
    version = document.get("openapi")
    if version is None:
        raise DownloadError(f"{name} is not an OpenAPI document (it has no 'openapi' field)")
    if not re.fullmatch(r"3\.[01]\.\d+", str(version)):
        raise DownloadError(f"{name} is OpenAPI {version}; the pipeline reads OpenAPI 3.0 and 3.1")
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise DownloadError(f"{name} declares no paths")
    return document, suffix


@dataclass(frozen=True)
class Source:
    """Where one published file comes from: a local file or a URL."""

    file: Path | None = None
    url: str | None = None

    @property
    def label(self) -> str:
        return str(self.file) if self.file else str(self.url)

    def read(self, timeout: float) -> tuple[bytes, dict[str, Any], str]:
        if self.file is not None:
            try:
                data = self.file.read_bytes()
            except OSError as exc:
                raise DownloadError(f"cannot read {self.file}: {_one_line(exc.strerror or exc)}") from None
            name = self.file.name
        else:
            assert self.url is not None
            data = fetch(self.url, timeout=timeout)
            name = f"the document at {self.url}"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise DownloadError(f"{name} is not UTF-8 text") from None
        document, suffix = check_openapi(text, name)
        return data, document, suffix

    @property
    def recorded_as(self) -> str:
        """How a snapshot names it: the URL, or the file name (never a local folder)."""
        return self.file.name if self.file else str(self.url)


def kept_folder(api: apis.Api) -> Path:
    return apis.BUILD / "upstream" / api.name


def keep(api: apis.Api, name: str, data: bytes) -> Path:
    folder = kept_folder(api)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("openapi.*"):
        old.unlink()
    target = folder / name
    target.write_bytes(data)
    return target


# --- which API a file describes -----------------------------------------------------------


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path).rstrip("/")


@dataclass
class _Known:
    """What the project knows of an API's documents: operations, titles, server URLs."""

    operations: set[str]
    titles: set[str]
    servers: set[str]


def _known(api: apis.Api) -> _Known:
    known = _Known(set(), set(), set())
    documents: list[dict[str, Any]] = []
    try:
        documents.append(load_document(api.spec_file()))
        snap = snapshot.load(api.folder / snapshot.FILE_NAME)
    except SpecError:
        snap = None
    if snap is not None:
        documents.append(snap.document)
        known.titles |= {p.title for p in snap.parts if p.title}
    for document in documents:
        known.operations |= {_op_key(o) for o in snapshot.operations_of(document)}
        known.titles |= _titles(document)
        known.servers |= _servers(document)
    return known


def _titles(document: dict[str, Any]) -> set[str]:
    info = document.get("info")
    return {str(info["title"])} if isinstance(info, dict) and info.get("title") else set()


def _servers(document: dict[str, Any]) -> set[str]:
    found = document.get("servers")
    servers: list[Any] = found if isinstance(found, list) else []
    return {str(s["url"]).rstrip("/") for s in servers if isinstance(s, dict) and isinstance(s.get("url"), str)}


def infer_api(document: dict[str, Any], name: str) -> apis.Api:
    """The API a document describes, from what the project knows of each (spec and snapshot).

    The paths decide: at least half of the document's operations belong to one API, and to no
    other as much. Failing that (a reshaped API), its title and its server URL must both be
    those of exactly one API. Otherwise UsageError, one line.
    """
    ops = {_op_key(o) for o in snapshot.operations_of(document)}
    known = [(api, _known(api)) for api in _openapi_candidates()]
    scores = sorted(((len(ops & k.operations), api) for api, k in known), key=lambda s: -s[0])
    best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0, None)
    if ops and best[0] * 2 >= len(ops) and best[0] > runner_up[0]:
        return best[1]
    titles, servers = _titles(document), _servers(document)
    named = [api for api, k in known if titles & k.titles and servers & k.servers]
    if len(named) == 1:
        return named[0]
    title = next(iter(titles), "")
    shown = f"best match {best[1].name} with {best[0]} of {len(ops)} operations" if best[0] else "no known operation"
    raise UsageError(
        f"cannot tell which API {name} describes (title {title!r}, {len(ops)} operations; {shown}); "
        "name it: --from API=FILE"
    )


def _openapi_candidates() -> list[apis.Api]:
    """The registered OpenAPI APIs and any other API folder under specs/ with an OpenAPI file."""
    found = list(apis.OPENAPI_APIS)
    known = {a.name for a in apis.ALL_APIS}
    folders = sorted(p for p in apis.SPECS.iterdir() if p.is_dir()) if apis.SPECS.is_dir() else []
    for folder in folders:
        if folder.name not in known:
            try:
                found.append(apis.by_name(folder.name))
            except SpecError:
                continue
    return found


def _op_key(operation: str) -> str:
    method, path = operation.split(" ", 1)
    return f"{method} {_template(path)}"
