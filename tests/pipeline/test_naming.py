from __future__ import annotations

import pytest

from pipeline.naming import Naming, assign_names, derive_name, group_of, singular, snake

PLAIN = Naming(aliases={}, names={})


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("post", "/v2/pods", "create_pod"),
        ("get", "/v2/pods", "list_pods"),
        ("get", "/v2/pods/{id}", "get_pod"),
        ("patch", "/v2/pods/{id}", "update_pod"),
        ("delete", "/v2/pods/{id}", "delete_pod"),
        ("get", "/v2/pods/{id}/logs", "get_pod_logs"),
        ("post", "/api/v1/pods/", "create_pod"),
        ("get", "/api/v1/pods/status", "get_pod_status"),
        ("post", "/pods/{podId}/start", "start_pod"),
        ("post", "/gpu/instance/create", "create_gpu_instance"),
        ("get", "/gpu/instance", "get_gpu_instance"),
        ("get", "/gpu/instances", "list_gpu_instances"),
        ("post", "/gpu/instance/renewInstance", "renew_gpu_instance"),
        ("delete", "/v2/registries/delegations/{id}", "delete_registry_delegation"),
        ("get", "/v2/catalog/datacenters/{id}", "get_catalog_datacenter"),
        ("put", "/v2/account/ssh-keys", "update_account_ssh_keys"),
        ("get", "/openapi.json", "get_openapi_json"),
    ],
)
def test_names_come_from_method_and_path(method: str, path: str, expected: str) -> None:
    assert derive_name(method, path, PLAIN) == expected


def test_upstream_operation_ids_are_ignored() -> None:
    ops = [("post", "/api/v1/pods/"), ("get", "/api/v1/pods/{pod_id}")]
    assert assign_names(ops, PLAIN) == {ops[0]: "create_pod", ops[1]: "get_pod"}


def test_aliases_and_pinned_names() -> None:
    naming = Naming(aliases={"serverless": "endpoints"}, names={"POST /v2/pods/{id}/action": "run_pod_action"})
    assert derive_name("get", "/v2/serverless/{id}/workers", naming) == "list_endpoint_workers"
    assert derive_name("post", "/v2/pods/{id}/action", naming) == "run_pod_action"
    assert group_of("/v2/serverless/{id}", naming) == "endpoint"


def test_synonym_operations_get_a_method_suffix() -> None:
    ops = [("patch", "/pods/{podId}"), ("post", "/pods/{podId}/update")]
    names = assign_names(ops, PLAIN)
    assert names == {ops[0]: "update_pod", ops[1]: "update_pod_via_post"}


def test_unresolvable_collision_names_both_operations() -> None:
    ops = [("get", "/v2/billing/endpoints"), ("get", "/v2/billing/serverless")]
    with pytest.raises(ValueError, match=r"GET /v2/billing/endpoints and GET /v2/billing/serverless"):
        assign_names(ops, Naming(aliases={"serverless": "endpoints"}, names={}))


def test_pinned_name_must_be_an_identifier() -> None:
    with pytest.raises(ValueError, match="not a snake_case Python name"):
        assign_names([("get", "/a")], Naming(aliases={}, names={"GET /a": "Get-A"}))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("registries", "registry"), ("ssh_keys", "ssh_key"), ("status", "status"), ("logs", "logs"), ("boxes", "box")],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_snake() -> None:
    assert snake("transToMonthlyInstance") == "trans_to_monthly_instance"
    assert snake("network-volumes") == "network_volumes"
