"""The APIs the pipeline knows, and where their inputs and outputs live."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

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


OPENAPI_APIS = (
    Api("runpod_v2", "openapi", "RunPod REST v2"),
    Api("runpod_v1", "openapi", "RunPod REST v1 (deprecated)"),
    Api("primeintellect", "openapi", "Prime Intellect PI API"),
    Api("novita", "openapi", "Novita GPU instances"),
    Api("lambda_cloud", "openapi", "Lambda Cloud API"),
)
GRAPHQL_API = Api("runpod_graphql", "graphql", "RunPod GraphQL (deprecated)")
ALL_APIS = (*OPENAPI_APIS, GRAPHQL_API)


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
