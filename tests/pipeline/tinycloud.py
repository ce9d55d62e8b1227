"""Tinycloud: the fixture API of the update-specs tests, and checkouts that hold it.

tests/pipeline/fixtures/update/old.yaml and new.yaml are two versions of a small API in which
every kind of change in the table of ``pipeline.apidiff`` happens at least once. A checkout
holds old.yaml as the upstream snapshot, and as the project's spec old.yaml with one upstream
change already carried over by hand (``POST /v1/volumes``) and one deliberate difference (a
404 body on ``GET /v1/regions``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline import apis, snapshot
from pipeline.specload import load_document

FIXTURES = Path(__file__).parent / "fixtures" / "update"
API = "tinycloud"


def project_spec() -> dict:
    """old.yaml as the project keeps it: POST /v1/volumes carried over, a 404 body documented."""
    spec = load_document(FIXTURES / "old.yaml")
    spec["paths"]["/v1/volumes"] = load_document(FIXTURES / "new.yaml")["paths"]["/v1/volumes"]
    spec["paths"]["/v1/regions"]["get"]["responses"]["404"] = {"$ref": "#/components/responses/Error"}
    return spec


def snapshot_of(path: Path, recorded: str = "2026-01-01") -> str:
    data = path.read_bytes()
    document = load_document(path)
    return snapshot.Snapshot(
        snapshot.facts_only(document), recorded, [snapshot.Part.of(data, document, path.name)]
    ).to_json()


def make_checkout(
    root: Path, *, overlay: bool = True, with_snapshot: bool = True, name: str = API, keep: bool = False
) -> Path:
    """A checkout with an API folder: the project's spec, the snapshot of old.yaml, the overlay.

    ``keep`` adds the folder to an existing checkout.
    """
    folder = root / "specs" / name
    folder.mkdir(parents=True, exist_ok=keep)
    (folder / "openapi.yaml").write_text(yaml.safe_dump(project_spec(), sort_keys=False))
    shutil.copyfile(FIXTURES / "SOURCE.md", folder / "SOURCE.md")
    if overlay:
        shutil.copyfile(FIXTURES / "overlay.yaml", folder / "overlay.yaml")
    if with_snapshot:
        (folder / snapshot.FILE_NAME).write_text(snapshot_of(FIXTURES / "old.yaml"))
    return root


def point_pipeline_at(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    monkeypatch.setattr(apis, "ROOT", root)
    monkeypatch.setattr(apis, "SPECS", root / "specs")
    monkeypatch.setattr(apis, "BUILD", root / "build")
    monkeypatch.setattr(apis, "GENERATED", root / "generated" / "gpupods_clients")
    monkeypatch.setattr(apis, "COVERAGE", root / "generated" / "coverage")
