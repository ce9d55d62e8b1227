"""Every root field of the RunPod GraphQL schema, asked for every field it has, answered from
the account: no errors, no placeholder, nothing implausible, no null where the account has the
value, and the same objects REST v2 shows (in both directions)."""

from __future__ import annotations

from importlib import resources
from typing import Any

import httpx
import pytest
from gpupods.mock import MockClouds, VirtualClock
from graphql import GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, build_schema

from .answers import implausible, own_ids, placeholders, references, walk

URL = "https://api.runpod.io/graphql"
SCHEMA: GraphQLSchema = build_schema(
    resources.files("gpupods_clients.runpod_graphql").joinpath("schema.graphql").read_text("utf-8")
)

#: Fields that are null by nature in the states this scenario reaches, per type.
NULLABLE = {
    "Pod": {"runtime"},  # null while the pod is stopped or starting
    "PodMachineInfo": {
        "maintenanceStart",
        "maintenanceEnd",
        "maintenanceNote",
        "gpuDisplayName",
        "gpuTypeId",
        "gpuAvailable",
    },  # no maintenance scheduled; CPU pods have no GPU
    "Endpoint": {"aiKey", "networkVolume", "networkVolumeId", "template"},
    "PodTemplate": {"containerRegistryAuthId"},
    "GpuType": {"throughput"},
    "LowestPrice": {"minimumBidPrice", "uninterruptablePrice", "stockStatus"},  # none free of this type
}


def _unwrap(kind: Any) -> Any:
    while isinstance(kind, GraphQLNonNull | GraphQLList):
        kind = kind.of_type
    return kind


def selection(kind: GraphQLObjectType, depth: int = 0) -> str:
    """Every field of ``kind`` (objects to three levels), with the arguments fields need."""
    parts = []
    for name, field in kind.fields.items():
        inner = _unwrap(field.type)
        args = "(input: {gpuCount: 1})" if name == "lowestPrice" else ""
        if isinstance(inner, GraphQLObjectType):
            if depth < 3:
                parts.append(f"{name}{args} {{ {selection(inner, depth + 1)} }}")
        else:
            parts.append(name + args)
    return " ".join(parts)


def _returns(root: GraphQLObjectType, field: str) -> str:
    inner = _unwrap(root.fields[field].type)
    return f"{{ {selection(inner)} }}" if isinstance(inner, GraphQLObjectType) else ""


@pytest.fixture
def clouds():
    with MockClouds(clock=VirtualClock(), sshd=False, providers=("runpod",)) as mocks:
        yield mocks


class Gql:
    def __init__(self, clouds: MockClouds) -> None:
        self.http = httpx.Client(transport=clouds.transport(), headers={"Authorization": "Bearer k"})
        self.answers: list[tuple[str, Any]] = []
        self.called: set[str] = set()

    def __call__(self, kind: str, field: str, args: str = "") -> Any:
        root = SCHEMA.query_type if kind == "query" else SCHEMA.mutation_type
        assert root is not None
        document = f"{kind} {{ {field}{args} {_returns(root, field)} }}"
        answer = self.http.post(URL, json={"query": document})
        assert answer.status_code == 200 and "errors" not in answer.json(), (field, answer.text[:600])
        data = answer.json()["data"][field]
        self.answers.append((field, data))
        self.called.add(field)
        return data


def _nulls(value: Any, kind: Any, path: str = "") -> list[str]:
    """Fields answered null that the account has a value for."""
    inner = _unwrap(kind)
    if isinstance(value, list):
        return [m for i, item in enumerate(value) for m in _nulls(item, inner, f"{path}[{i}]")]
    if not isinstance(value, dict) or not isinstance(inner, GraphQLObjectType):
        return []
    found = []
    for name, field in inner.fields.items():
        if name not in value:
            continue
        if value[name] is None and name not in NULLABLE.get(inner.name, set()):
            found.append(f"{path}.{name} ({inner.name})")
        found += _nulls(value[name], field.type, f"{path}.{name}")
    return found


def test_every_root_field_answers_every_field_from_state(clouds: MockClouds) -> None:
    gql = Gql(clouds)
    rest = httpx.Client(
        transport=clouds.transport(), base_url="https://api.runpod.io/v2", headers={"Authorization": "Bearer k"}
    )
    volume = rest.post("/network-volumes", json={"name": "weights", "size": 80, "dataCenter": "EU-RO-1"}).json()
    rest_template = rest.post("/templates", json={"name": "rest-worker", "image": "me/w:1", "serverless": True}).json()
    key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGdyYXBocWwtY29udHJhY3Qta2V5 dev@box"
    gql("mutation", "updateUserSettings", f'(input: {{pubKey: "{key}"}})')
    gql("query", "gpuTypes")
    auth = gql("mutation", "saveRegistryAuth", '(input: {name: "quay", username: "dev", password: "p1"})')
    gql("mutation", "updateRegistryAuth", f'(input: {{id: "{auth["id"]}", username: "dev2", password: "p2"}})')
    template = gql(
        "mutation",
        "saveTemplate",
        '(input: {name: "gql-pod", imageName: "me/pod:2", ports: "22/tcp", '
        'env: [{key: "MODE", value: "train"}], containerDiskInGb: 30, volumeInGb: 20, '
        f'containerRegistryAuthId: "{auth["id"]}"}})',
    )
    worker = gql(
        "mutation", "saveTemplate", '(input: {name: "gql-worker", imageName: "me/worker:2", isServerless: true})'
    )
    pod = gql(
        "mutation",
        "podFindAndDeployOnDemand",
        f'(input: {{name: "gql-gpu", gpuTypeId: "NVIDIA RTX A6000", '
        f'templateId: "{template["id"]}", networkVolumeId: "{volume["id"]}", gpuCount: 1}})',
    )
    spot = gql(
        "mutation",
        "podRentInterruptable",
        '(input: {name: "gql-spot", imageName: "me/pod:2", '
        'gpuTypeId: "NVIDIA GeForce RTX 4090", bidPerGpu: 0.4, ports: "22/tcp"})',
    )
    cpu = gql(
        "mutation", "deployCpuPod", '(input: {name: "gql-cpu", instanceId: "cpu3c-4-8", imageName: "ubuntu:24.04"})'
    )
    clouds.clock.advance(120)
    gql("query", "pod", f'(input: {{podId: "{pod["id"]}"}})')
    endpoint = gql(
        "mutation",
        "saveEndpoint",
        f'(input: {{name: "gql-ep", templateId: "{worker["id"]}", '
        'gpuIds: "ADA_24", workersMin: 1, workersMax: 2, locations: "EU-RO-1", flashBootType: FLASHBOOT})',
    )
    gql(
        "mutation",
        "updateEndpointTemplate",
        f'(input: {{endpointId: "{endpoint["id"]}", templateId: "{rest_template["id"]}"}})',
    )
    gql("query", "myself")
    gql("mutation", "podStop", f'(input: {{podId: "{pod["id"]}"}})')
    gql("mutation", "podResume", f'(input: {{podId: "{pod["id"]}", gpuCount: 1}})')
    gql("mutation", "podStop", f'(input: {{podId: "{spot["id"]}"}})')
    gql("mutation", "podBidResume", f'(input: {{podId: "{spot["id"]}", bidPerGpu: 0.45, gpuCount: 1}})')
    clouds.clock.advance(120)
    gql("query", "myself")
    for made in (pod, spot, cpu):
        gql("mutation", "podTerminate", f'(input: {{podId: "{made["id"]}"}})')
    spare = gql("mutation", "saveRegistryAuth", '(input: {name: "spare", username: "dev", password: "p3"})')
    gql("mutation", "deleteRegistryAuth", f'(registryAuthId: "{spare["id"]}")')

    assert gql.called == set(SCHEMA.query_type.fields) | set(SCHEMA.mutation_type.fields)  # type: ignore[union-attr]
    catalog = own_ids(rest.get("/catalog/gpus").json()) | own_ids(rest.get("/catalog/datacenters").json())
    known = catalog | {volume["id"], rest_template["id"]}
    for _, answer in gql.answers:
        known |= own_ids(answer)
    problems = []
    for field, answer in gql.answers:
        kind = (SCHEMA.query_type.fields.get(field) or SCHEMA.mutation_type.fields[field]).type  # type: ignore[union-attr]
        problems += [f"{field}: placeholder {p}" for p in placeholders(answer)]
        problems += [f"{field}: {p}" for p in implausible(answer, clouds.clock.time())]
        problems += [f"{field}: {p} is null" for p in _nulls(answer, kind)]
        problems += [f"{field}: {path} -> {ref} dangles" for path, ref in references(answer) if ref not in known]
    assert not problems, "\n".join(problems[:40])

    # The same objects through REST v2, and REST-made ones through GraphQL.
    assert {"gql-pod", "gql-worker", "rest-worker"} <= {t["name"] for t in rest.get("/templates").json()["templates"]}
    listed = {e["name"]: e for e in rest.get("/serverless").json()["endpoints"]}
    assert listed["gql-ep"]["templateId"] == rest_template["id"] and listed["gql-ep"]["flashboot"] == "FLASHBOOT"
    assert {r["name"] for r in rest.get("/registries").json()["registries"]} == {"quay"}
    assert rest.get("/account/ssh-keys").json()["keys"] == [key]
    me = gql("query", "myself")
    assert {v["id"] for v in me["networkVolumes"]} == {volume["id"]}
    assert {t["name"] for t in me["podTemplates"]} >= {"gql-pod", "gql-worker", "rest-worker"}
    assert [e["templateId"] for e in me["endpoints"]] == [rest_template["id"]]


def test_the_null_check_can_fail() -> None:
    pod_type = SCHEMA.get_type("Pod")
    assert _nulls({"id": "p", "dockerId": None, "runtime": None}, pod_type) == [".dockerId (Pod)"]


def test_the_selection_reaches_every_scalar_of_pod() -> None:
    chosen = selection(SCHEMA.get_type("Pod"))  # type: ignore[arg-type]
    assert all(name in chosen for name in ("dockerId", "port", "machine", "runtime", "podHostId", "publicPort"))
    assert [k for _, k, _, _ in walk({"a": {"b": [1]}})] == ["a", "b"]
