"""The upstream snapshot: facts only, and split documents kept as parts."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import snapshot
from pipeline.errors import SpecError
from pipeline.normalize import normalize_document
from pipeline.specload import load_document

from .tinycloud import FIXTURES

PROSE = {"description", "summary", "example", "examples", "externalDocs", "$comment"}


def _keywords(node: Any, names_below: bool = False) -> set[str]:
    """Keys used as keywords anywhere (keys of properties/paths/... maps are names, not keywords)."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if not names_below:
                found.add(key)
            found |= _keywords(value, key in ("properties", "paths", "schemas", "responses", "headers", "content"))
    elif isinstance(node, list):
        for value in node:
            found |= _keywords(value)
    return found


@pytest.mark.parametrize("name", ["old.yaml", "new.yaml"])
def test_facts_only_drops_the_prose_and_keeps_everything_a_client_depends_on(name: str) -> None:
    document = load_document(FIXTURES / name)
    facts = snapshot.facts_only(document)
    assert not (_keywords(facts) & (PROSE - {"description"}))
    assert facts["info"] == {"title": "Tinycloud", "version": document["info"]["version"]}
    assert all(not k.startswith("x-") for k in _keywords(facts))
    # responses keep an empty description (OpenAPI requires one); nothing else has one
    descriptions = [v for v in _walk_values(facts, "description")]
    assert descriptions and set(descriptions) == {""}
    # the client-visible document is the same: normalizing both gives the same operations and schemas
    a = normalize_document(copy.deepcopy(document), Path(name))
    b = normalize_document(copy.deepcopy(facts), Path(name))
    assert _without_prose(a.spec) == _without_prose(b.spec)


def _walk_values(node: Any, wanted: str) -> list[Any]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == wanted and not isinstance(value, dict):
                found.append(value)
            found += _walk_values(value, wanted)
    elif isinstance(node, list):
        for value in node:
            found += _walk_values(value, wanted)
    return found


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_prose(v) for k, v in node.items() if k not in PROSE and k != "title"}
    if isinstance(node, list):
        return [_without_prose(v) for v in node]
    return node


NAMES = st.sampled_from(["description", "summary", "example", "examples", "title", "name", "x-note"])


@settings(max_examples=50, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=4, unique=True))
def test_properties_named_like_prose_keywords_are_kept(names: list[str]) -> None:
    """A property (or header, or path parameter) called ``description`` is a fact, not prose."""
    schema = {
        "type": "object",
        "description": "prose",
        "title": "Prose",
        "required": names[:1],
        "properties": {n: {"type": "string", "description": "prose", "example": "x"} for n in names},
    }
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    document["components"] = {"schemas": {"Thing": schema}}
    kept = snapshot.facts_only(document)["components"]["schemas"]["Thing"]
    assert kept == {
        "type": "object",
        "required": names[:1],
        "properties": {n: {"type": "string"} for n in names},
    }


# --- split documents ------------------------------------------------------------------------


def _part(title: str, paths: dict[str, Any], extra_schema: str = "") -> snapshot.Published:
    schemas = {"Error": {"type": "object", "properties": {"detail": {"type": "string"}}}}
    if extra_schema:
        schemas[extra_schema] = {"type": "object"}
    document = {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1", "description": f"the {title} part"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return snapshot.Published(title.encode(), document, f"{title.lower()}.yml")


def _op(code: str = "200") -> dict[str, Any]:
    return {"get": {"responses": {code: {"description": "ok"}}}}


COMPUTE = _part("Compute", {"/api/pods": _op(), "/api/disks": _op()}, "Pod")
BILLING = _part("Billing", {"/api/billing/wallet": _op()}, "Wallet")


def _recorded() -> snapshot.Snapshot:
    merged, parts = snapshot.assemble(None, [COMPUTE, BILLING], "snap.json")
    return snapshot.Snapshot(snapshot.facts_only(merged), "2026-01-01", parts)


def test_the_parts_of_a_split_document_make_one_snapshot_that_records_each(tmp_path: Path) -> None:
    recorded = _recorded()
    assert set(recorded.document["paths"]) == {"/api/pods", "/api/disks", "/api/billing/wallet"}
    assert [p.title for p in recorded.parts] == ["Compute", "Billing"]
    assert recorded.parts[1].operations == ["GET /api/billing/wallet"]
    path = tmp_path / snapshot.FILE_NAME
    path.write_text(recorded.to_json())
    again = snapshot.load(path)
    assert again is not None and again.parts == recorded.parts and again.document == recorded.document


def test_one_part_replaces_its_part_and_the_others_come_from_the_snapshot() -> None:
    recorded = _recorded()
    newer = _part("Billing", {"/api/billing/wallet": _op(), "/api/billing/usage": _op()}, "Wallet")
    merged, parts = snapshot.assemble(recorded, [newer], "snap.json")
    assert set(merged["paths"]) == {"/api/pods", "/api/disks", "/api/billing/wallet", "/api/billing/usage"}
    assert parts[0] == recorded.parts[0] and parts[1].operations == [
        "GET /api/billing/wallet",
        "GET /api/billing/usage",
    ]
    # the same part again changes nothing
    same, _ = snapshot.assemble(recorded, [BILLING], "snap.json")
    assert snapshot.facts_only(same) == recorded.document


def test_a_part_that_dropped_an_operation_drops_it_from_the_whole() -> None:
    recorded = _recorded()
    fewer = _part("Compute", {"/api/pods": _op()}, "Pod")
    merged, _ = snapshot.assemble(recorded, [fewer], "snap.json")
    assert set(merged["paths"]) == {"/api/pods", "/api/billing/wallet"}


def test_a_part_is_recognised_by_its_operations_when_its_title_changed() -> None:
    recorded = _recorded()
    renamed = _part("PI Billing", {"/api/billing/wallet": _op("201")}, "Wallet")
    assert snapshot.match_parts(recorded, [renamed]) == [1]


def test_a_whole_document_replaces_every_part_and_cannot_be_mixed_with_parts() -> None:
    recorded = _recorded()
    whole = _part("PI API", {"/api/pods": _op(), "/api/billing/wallet": _op(), "/api/images": _op()})
    assert snapshot.match_parts(recorded, [whole]) == [None]
    merged, parts = snapshot.assemble(recorded, [whole], "snap.json")
    assert merged is whole.document and len(parts) == 1
    with pytest.raises(SpecError, match="matches no single part of the snapshot"):
        snapshot.assemble(recorded, [whole, BILLING], "snap.json")
    with pytest.raises(SpecError, match="the same part"):
        snapshot.assemble(recorded, [BILLING, BILLING], "snap.json")


def test_parts_that_define_a_component_differently_are_refused() -> None:
    other = _part("Other", {"/api/other": _op()})
    other.document["components"]["schemas"]["Error"] = {"type": "string"}
    with pytest.raises(SpecError, match=r"components/schemas/Error: differs from the one in compute\.yml"):
        snapshot.assemble(None, [COMPUTE, other], "snap.json")


def test_a_file_that_is_not_a_snapshot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / snapshot.FILE_NAME
    path.write_text('{"openapi": "3.1.0", "paths": {}}')
    with pytest.raises(SpecError, match="not an upstream snapshot"):
        snapshot.load(path)
