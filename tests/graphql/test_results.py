"""The docs' example responses and future server answers parse into the generated models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gpupods_clients import runpod_graphql as gql
from gpupods_clients import runpod_graphql_async as agql
from pydantic import ValidationError

EXAMPLES = Path(__file__).parents[2] / "specs" / "runpod_graphql" / "examples"

MODELS = {
    "create_on_demand_pod.json": "DeployOnDemandPod",
    "create_spot_pod.json": "RentInterruptablePod",
    "resume_pod.json": "ResumePod",
    "bid_resume_pod.json": "BidResumePod",
    "stop_pod.json": "StopPod",
    "list_pods.json": "ListMyPods",
    "get_pod.json": "GetPod",
    "list_gpu_types.json": "ListGpuTypes",
    "get_gpu_type.json": "ListGpuTypes",
}


def test_every_example_is_checked() -> None:
    assert {p.name for p in EXAMPLES.glob("*.json")} == set(MODELS)


@pytest.mark.parametrize("name", sorted(MODELS))
@pytest.mark.parametrize("package", [gql, agql], ids=["sync", "async"])
def test_docs_example_parses(name: str, package) -> None:
    data = json.loads((EXAMPLES / name).read_text())["data"]
    model = getattr(package, MODELS[name]).model_validate(data)
    assert model.model_dump(by_alias=True, exclude_none=True)


def test_unknown_enum_value_in_a_result_parses_as_a_string() -> None:
    pod = gql.GetPod.model_validate(
        {"pod": {"id": "p1", "desiredStatus": "HIBERNATING", "podType": "SPOT_V2", "brandNewField": {"x": 1}}}
    ).pod
    assert pod is not None
    assert pod.desired_status == "HIBERNATING"
    assert isinstance(pod.desired_status, str)
    assert pod.desired_status not in list(gql.PodStatus)
    assert gql.GetPod.model_validate({"pod": {"id": "p1", "desiredStatus": "RUNNING"}}).pod.desired_status is (
        gql.PodStatus.RUNNING
    )


def test_input_only_enums_stay_strict() -> None:
    with pytest.raises(ValidationError):
        gql.input_types.PodFindAndDeployOnDemandInput(cloudType="MOON")
    with pytest.raises(ValueError):
        gql.CloudTypeEnum("MOON")
