"""The generated Lambda client stays forward compatible, and the published document drops in.

Lambda pins error codes with OpenAPI 3.1 ``const`` and tells error shapes apart only by them; it
also answers codes the document does not list (``provider/...``, ``global/unknown``, a
``global/not-found`` where ``global/object-does-not-exist`` is declared). ``pipeline.const_unions``
makes such answers parse; these tests fail without it.
"""

from __future__ import annotations

import copy
import importlib
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from gpupods_clients.lambda_cloud import Client
from gpupods_clients.lambda_cloud.api.instance import get_instance, launch_instance, list_instances
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.apis import by_name
from pipeline.const_unions import repair_consts
from pipeline.openapi_gen import build_package

UPSTREAM = Path(__file__).parents[3] / "shared" / "reference" / "upstream" / "lambda-cloud.openapi.json"
CODE = st.from_regex(r"[a-z]{3,10}(/[a-z-]{3,20}){1,2}", fullmatch=True)


def _answer(status: int, body: Any, path: str = "/api/v1/instances") -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("GET", "https://cloud.lambda.ai" + path))


@given(code=CODE)
@settings(max_examples=25, derandomize=True)
def test_an_error_code_the_spec_does_not_list_still_parses(code: str) -> None:
    client = Client(base_url="https://cloud.lambda.ai")
    body = {"error": {"code": code, "message": "Provider unavailable", "suggestion": "Try again shortly"}}
    parsed = launch_instance._parse_response(client=client, response=_answer(400, body))
    assert parsed is not None and parsed.error.code == code and parsed.error.message == "Provider unavailable"
    assert parsed.to_dict() == body
    not_found = get_instance._parse_response(client=client, response=_answer(404, body))
    assert not_found is not None and not_found.error.code == code


def test_an_instance_from_a_later_api_revision_parses() -> None:
    """Lambda's later 1.10.0 revision adds fields and action flags; statuses may grow too."""
    instance = {
        "id": "0920582c7ff041399e34823a0be62549",
        "status": "hibernating",
        "ssh_key_names": ["k"],
        "file_system_names": [],
        "region": {"name": "us-west-1", "description": "California, USA"},
        "instance_type": {
            "name": "gpu_1x_a10",
            "description": "1x A10 (24 GB PCIe)",
            "architecture": "x86_64",
            "gpu_description": "A10 (24 GB PCIe)",
            "price_cents_per_hour": 75,
            "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1},
        },
        "actions": {
            name: {"available": False, "reason_code": "vm-action-unavailable-bare-metal"}
            for name in ("migrate", "rebuild", "restart", "cold_reboot", "terminate", "power_cycle")
        },
        "image": {"id": "abc", "family": "lambda-stack-24-04"},
        "workspace_id": "ws-1",
        "is_reserved": False,
    }
    parsed = list_instances._parse_response(client=Client(base_url="x"), response=_answer(200, {"data": [instance]}))
    assert parsed is not None
    [raw] = parsed.data
    assert raw.status == "hibernating" and raw.actions.restart.reason_code == "vm-action-unavailable-bare-metal"
    assert (raw.image.id, raw.image.family) == ("abc", "lambda-stack-24-04")  # declared (SOURCE.md)
    assert raw.additional_properties == {"workspace_id": "ws-1", "is_reserved": False}  # kept, unknown
    assert parsed.to_dict() == {"data": [instance]}


def test_a_catalogue_entry_that_is_no_instance_type_leaves_the_rest_readable() -> None:
    from gpupods_clients.lambda_cloud.api.instance_type import list_instance_types
    from gpupods_clients.lambda_cloud.models import InstanceTypesItem

    kind = {
        "name": "gpu_1x_a10",
        "description": "1x A10 (24 GB PCIe)",
        "gpu_description": "A10 (24 GB PCIe)",
        "price_cents_per_hour": 75,
        "specs": {"vcpus": 30, "memory_gib": 200, "storage_gib": 1400, "gpus": 1},
    }
    body = {
        "data": {
            "gpu_1x_a10": {"instance_type": kind, "regions_with_capacity_available": []},
            "something_new": {"note": "not an instance type"},
        }
    }
    parsed = list_instance_types._parse_response(client=Client(base_url="x"), response=_answer(200, body))
    assert parsed is not None
    entries = parsed.data.additional_properties
    assert isinstance(entries["gpu_1x_a10"], InstanceTypesItem) and entries["something_new"] == {
        "note": "not an instance type"
    }
    assert parsed.to_dict() == body


# --- the repair itself ------------------------------------------------------------------------------


def _error(code: str, *, required: tuple[str, ...] = ("code", "message"), extra: dict[str, Any] | None = None) -> Any:
    properties = {"code": {"type": "string", "const": code}, "message": {"type": "string"}, **(extra or {})}
    return {"type": "object", "properties": properties, "required": list(required)}


def _doc(members: list[Any], **node: Any) -> dict[str, Any]:
    schemas = {f"E{i}": member for i, member in enumerate(members)}
    union = {"anyOf": [{"$ref": f"#/components/schemas/E{i}"} for i in range(len(members))], **node}
    return {
        "components": {"schemas": schemas},
        "paths": {
            "/x": {
                "get": {
                    "responses": {
                        "400": {
                            "content": {
                                "application/json": {"schema": {"type": "object", "properties": {"error": union}}}
                            }
                        }
                    }
                }
            }
        },
    }


def _error_node(doc: dict[str, Any]) -> Any:
    content = doc["paths"]["/x"]["get"]["responses"]["400"]["content"]["application/json"]
    return content["schema"]["properties"]["error"]


@given(codes=st.lists(CODE, min_size=2, max_size=6))
@settings(max_examples=25, derandomize=True)
def test_unions_told_apart_only_by_a_const_become_one_object_with_an_enum(codes: list[str]) -> None:
    doc = _doc(
        [_error(code, required=("code", "message", *(("message",) if i else ()))) for i, code in enumerate(codes)]
    )
    log = repair_consts(doc)
    node = _error_node(doc)
    assert "anyOf" not in node and node["type"] == "object"
    assert node["properties"]["code"]["enum"] == list(dict.fromkeys(codes))
    assert node["required"] == ["code", "message"]
    assert any("anyOf of" in line for line in log)


@pytest.mark.parametrize(
    "members",
    [
        [_error("a/b"), _error("c/d", extra={"details": {"type": "string"}})],  # other fields differ
        [_error("a/b"), {"type": "object", "properties": {"code": {"type": "string"}, "message": {"type": "string"}}}],
        [_error("a/b"), {"type": "string"}],  # not all objects
        [
            _error("a/b", extra={"kind": {"type": "string", "const": "x"}}),
            _error("c/d", extra={"kind": {"type": "string", "const": "y"}}),
        ],  # two pinned properties
    ],
)
def test_other_unions_are_left_alone(members: list[Any]) -> None:
    doc = _doc(copy.deepcopy(members))
    repair_consts(doc)
    assert "anyOf" in _error_node(doc)


def test_a_union_with_a_discriminator_is_left_alone() -> None:
    doc = _doc([_error("a/b"), _error("c/d")], discriminator={"propertyName": "code"})
    repair_consts(doc)
    assert "anyOf" in _error_node(doc)


def test_a_lone_string_const_becomes_a_one_value_enum_and_examples_are_untouched() -> None:
    doc = {
        "components": {
            "schemas": {
                "G": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "const": "global"},
                        "note": {"type": "string", "examples": [{"type": "string", "const": "keep"}]},
                    },
                }
            }
        }
    }
    repair_consts(doc)
    props = doc["components"]["schemas"]["G"]["properties"]
    assert props["id"] == {"type": "string", "enum": ["global"]}
    assert props["note"]["examples"] == [{"type": "string", "const": "keep"}]


# --- the published file, dropped in ------------------------------------------------------------------


@pytest.fixture(scope="module")
def dropped_in(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not UPSTREAM.is_file():
        pytest.skip(f"the published file is not beside the repository ({UPSTREAM})")
    api = by_name("lambda_cloud")
    work = tmp_path_factory.mktemp("dropin")
    built = build_package("lambda_cloud", UPSTREAM, api.overlay_file, work / "build")
    assert built.report.ok, built.report.dropped
    (work / "lambda_cloud_dropin").symlink_to(built.package, target_is_directory=True)
    sys.path.insert(0, str(work))
    try:
        yield importlib.import_module("lambda_cloud_dropin")
    finally:
        sys.path.remove(str(work))
        for name in [n for n in sys.modules if n.split(".")[0] == "lambda_cloud_dropin"]:
            del sys.modules[name]


def test_the_dropped_in_client_has_the_same_python_api(dropped_in: Any) -> None:
    """Our spec and the published one generate the same modules and model classes, so neither the
    facade nor a user's code notices which of the two is in place; ours adds only what SOURCE.md
    lists as declared beyond the published file (the later revision's ``Instance.image``)."""
    ours = importlib.import_module("gpupods_clients.lambda_cloud.models")
    theirs = importlib.import_module("lambda_cloud_dropin.models")
    assert set(theirs.__all__) <= set(ours.__all__)
    assert set(ours.__all__) - set(theirs.__all__) == {"InstanceInstanceImage"}
    root = Path(ours.__file__).parents[1] / "api"
    dropped = Path(theirs.__file__).parents[1] / "api"
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*.py")) == sorted(
        p.relative_to(dropped).as_posix() for p in dropped.rglob("*.py")
    )


def test_the_dropped_in_client_has_every_class_the_backend_uses(dropped_in: Any) -> None:
    from gpupods.providers import lambda_cloud as backend

    used = [
        name
        for name in dir(backend)
        if str(getattr(getattr(backend, name), "__module__", "")).startswith("gpupods_clients.lambda_cloud.models")
    ]
    assert "LaunchInstanceInstanceLaunchRequest" in used
    models = importlib.import_module("lambda_cloud_dropin.models")
    assert [name for name in used if not hasattr(models, name)] == []
    for module in (
        "instance.launch_instance",
        "instance.list_instances",
        "instance.terminate_instances",
        "instance_type.list_instance_types",
        "ssh_key.list_ssh_keys",
        "filesystem.list_filesystems",
    ):
        importlib.import_module(f"lambda_cloud_dropin.api.{module}")


def test_the_dropped_in_client_parses_unknown_error_codes(dropped_in: Any) -> None:
    launch = importlib.import_module("lambda_cloud_dropin.api.instance.launch_instance")
    body = {"error": {"code": "provider/internal-unavailable", "message": "Provider unavailable"}}
    parsed = launch._parse_response(client=dropped_in.Client(base_url="x"), response=_answer(400, body))
    assert parsed.error.code == "provider/internal-unavailable"
    get = importlib.import_module("lambda_cloud_dropin.api.instance.get_instance")
    parsed = get._parse_response(
        client=dropped_in.Client(base_url="x"),
        response=_answer(404, {"error": {"code": "global/not-found", "message": "gone"}}),
    )
    assert parsed.error.code == "global/not-found"
