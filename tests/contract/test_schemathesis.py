"""schemathesis (positive mode) against every OpenAPI mock, over loopback: every answer has a
documented status, a documented content type and a body that fits the response schema."""

from __future__ import annotations

import json
import os
from importlib import resources

import pytest
import schemathesis
from gpupods.mock import MockClouds, VirtualClock
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

API_CLOUD = {"runpod_v2": "runpod", "runpod_v1": "runpod", "primeintellect": "primeintellect", "novita": "novita"}
BASE_PATH = {"runpod_v2": "", "runpod_v1": "/v1", "primeintellect": "", "novita": "/gpu-instance/openapi/v1"}


# A mock accepts any token (ignored_auth), and like the real APIs it refuses some schema-valid
# requests for business reasons the schema cannot express (no capacity, a GPU type it does not
# sell, gpu *and* cpu given) with a documented 400 (positive_data_acceptance). Everything else
# is checked: no 5xx, documented statuses, content types, headers and response schemas.
EXCLUDED = [ignored_auth, positive_data_acceptance]


def _schema(api: str) -> schemathesis.BaseSchema:
    raw = json.loads(resources.files(f"gpupods_clients.{api}").joinpath("openapi.json").read_text("utf-8"))
    raw["servers"] = [{"url": BASE_PATH[api] or "/"}]
    schema = schemathesis.openapi.from_dict(raw)
    schema.config.generation.update(modes=[GenerationMode.POSITIVE])
    return schema


@pytest.fixture(scope="module")
def servers():
    clouds = MockClouds(clock=VirtualClock(), sshd=False)
    clouds.runpod.v1.retired = False  # the v1 contract, against v1 as it was served before 2026-11-15
    with clouds.serve() as urls:
        yield {name: url.removesuffix(BASE_PATH["novita"]) for name, url in urls.items()}
    clouds.close()


def _make_test(api: str):
    schema = _schema(api)

    @schema.parametrize()
    @settings(
        max_examples=int(os.environ.get("GPUPODS_SCHEMATHESIS_EXAMPLES", "8")),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
    )
    def test(case, servers) -> None:
        base = servers[API_CLOUD[api]] + BASE_PATH[api]
        case.call_and_validate(base_url=base, headers={"Authorization": "Bearer mock-key"}, excluded_checks=EXCLUDED)

    return test


test_runpod_v2 = _make_test("runpod_v2")
test_runpod_v1 = _make_test("runpod_v1")
test_primeintellect = _make_test("primeintellect")
test_novita = _make_test("novita")


def _graphql_schema() -> schemathesis.BaseSchema:
    sdl = resources.files("gpupods_clients.runpod_graphql").joinpath("schema.graphql").read_text("utf-8")
    return schemathesis.graphql.from_file(sdl)


_gql = _graphql_schema()


@_gql.parametrize()
@settings(
    max_examples=int(os.environ.get("GPUPODS_SCHEMATHESIS_EXAMPLES", "8")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_runpod_graphql(case, servers) -> None:
    response = case.call(base_url=servers["runpod"] + "/graphql", headers={"Authorization": "Bearer mock-key"})
    assert response.status_code in (200, 400), response.text
    body = response.json()
    assert "data" in body or "errors" in body
    for error in body.get("errors", []):
        # Business errors (unknown pod, no capacity, a low bid) are fine; a crash is not.
        assert error["extensions"]["code"] != "INTERNAL_SERVER_ERROR", error
    # Conformance of the answer to the SDL (JSON shape, data that fits the selection). RunPod puts
    # business errors in `errors` with HTTP 200, which schemathesis's server-error check would
    # count as failures, so that check is replaced by the assertion on error codes above.
    _gql.validate_response(case.operation, response, case=case)
