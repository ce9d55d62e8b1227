"""The APIs the pipeline knows, and where their inputs and outputs live."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from .errors import SpecError

# GPUPODS_PIPELINE_ROOT points the pipeline at another checkout (tests run ``--accept`` on a copy).
ROOT = Path(os.environ.get("GPUPODS_PIPELINE_ROOT") or Path(__file__).resolve().parents[1]).resolve()
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated" / "gpupods_clients"
COVERAGE = ROOT / "generated" / "coverage"
BUILD = ROOT / "build"

SPEC_NAMES = ("openapi.yaml", "openapi.yml", "openapi.json")


@dataclass(frozen=True)
class Api:
    name: str
    kind: str  # "openapi" or "graphql"
    title: str

    @property
    def folder(self) -> Path:
        return SPECS / self.name

    @property
    def overlay_file(self) -> Path:
        return self.folder / "overlay.yaml"

    def spec_file(self) -> Path:
        """The one OpenAPI file in the API's folder (a dropped-in .json works as well as .yaml)."""
        found = [self.folder / n for n in SPEC_NAMES if (self.folder / n).exists()]
        if len(found) != 1:
            what = "no" if not found else "more than one"
            raise SpecError(self.folder, None, f"{what} OpenAPI file; expected exactly one of {', '.join(SPEC_NAMES)}")
        return found[0]

    @property
    def source_file(self) -> Path:
        return self.folder / "SOURCE.md"

    def update_url(self) -> str | None:
        """The URL of the provider's published document, from the ``Update URL`` line of SOURCE.md.

        None when the provider publishes no document (the line says ``none``) or SOURCE.md has no such line.
        """
        try:
            text = self.source_file.read_text(encoding="utf-8")
        except OSError:
            return None
        line = _UPDATE_URL.search(text)
        url = re.search(r"`(https?://[^`\s]+)`", line.group(1)) if line else None
        return url.group(1) if url else None


_UPDATE_URL = re.compile(r"^- \*\*Update URL:\*\*(.*)$", re.MULTILINE)


def _registry() -> ModuleType:
    """``gpupods.registry``, read from its file: the pipeline runs without gpupods installed."""
    name = "gpupods_registry_for_pipeline"
    if name not in sys.modules:
        source = Path(__file__).resolve().parents[1] / "facade" / "gpupods" / "registry.py"  # this checkout's
        spec = importlib.util.spec_from_file_location(name, source)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


#: Every API of every provider in the registry, in its order.
_REGISTERED = tuple(Api(a.name, a.kind, a.title) for a in _registry().generated_apis())
OPENAPI_APIS = tuple(api for api in _REGISTERED if api.kind == "openapi")
GRAPHQL_API = next(api for api in _REGISTERED if api.kind == "graphql")
ALL_APIS = (*OPENAPI_APIS, GRAPHQL_API)
#: Every generated package under gpupods_clients (a GraphQL API has a sync and an async one).
GENERATED_PACKAGES = tuple(package for api in _registry().generated_apis() for package in api.packages)


def by_name(name: str) -> Api:
    for api in ALL_APIS:
        if api.name == name:
            return api
    extra = Api(name, "openapi", name)
    if re.fullmatch(r"[a-z][a-z0-9_]*", name) and any((extra.folder / n).exists() for n in SPEC_NAMES):
        return extra  # an API folder someone added under specs/ (the update-specs tests use one)
    raise SpecError(SPECS, None, f"unknown API {name!r}; known: {', '.join(a.name for a in ALL_APIS)}")


def display_path(path: Path) -> str:
    """A path relative to the repository when it is inside it (reports must not embed /home/...)."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name
