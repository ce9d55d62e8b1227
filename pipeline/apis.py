"""The APIs the pipeline knows, and where their inputs and outputs live."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import SpecError

ROOT = Path(__file__).resolve().parents[1]
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


OPENAPI_APIS = (
    Api("runpod_v2", "openapi", "RunPod REST v2"),
    Api("runpod_v1", "openapi", "RunPod REST v1 (deprecated)"),
    Api("primeintellect", "openapi", "Prime Intellect PI API"),
    Api("novita", "openapi", "Novita GPU instances"),
)
GRAPHQL_API = Api("runpod_graphql", "graphql", "RunPod GraphQL (deprecated)")
ALL_APIS = (*OPENAPI_APIS, GRAPHQL_API)


def by_name(name: str) -> Api:
    for api in ALL_APIS:
        if api.name == name:
            return api
    raise SpecError(SPECS, None, f"unknown API {name!r}; known: {', '.join(a.name for a in ALL_APIS)}")


def display_path(path: Path) -> str:
    """A path relative to the repository when it is inside it (reports must not embed /home/...)."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name
