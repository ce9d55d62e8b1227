"""Every status value every provider documents maps onto PodStatus; unknown ones map to UNKNOWN."""

from __future__ import annotations

import pytest
from gpupods import PodStatus
from gpupods.models import map_status
from gpupods.providers.novita import NovitaBackend
from gpupods.providers.primeintellect import PrimeIntellectBackend
from gpupods.providers.runpod import RunPodBackend
from gpupods_clients.novita.models.instance_status import INSTANCE_STATUS_VALUES
from gpupods_clients.primeintellect.models.pod_status_enum import POD_STATUS_ENUM_VALUES
from gpupods_clients.runpod_graphql.enums import PodStatus as GraphQLPodStatus
from gpupods_clients.runpod_v2.models.pod_status import POD_STATUS_VALUES

# The synthesis in reference/anchors.md, value by value.
EXPECTED = {
    "runpod": {
        "PROVISIONING": "provisioning",
        "STARTING": "starting",
        "RUNNING": "running",
        "EXITED": "stopped",
        "ERROR": "error",
        "TERMINATED": "terminated",
    },
    "runpod_graphql": {
        "CREATED": "pending",
        "RUNNING": "running",
        "RESTARTING": "starting",
        "EXITED": "stopped",
        "PAUSED": "stopped",
        "DEAD": "error",
        "TERMINATED": "terminated",
    },
    "primeintellect": {
        "PROVISIONING": "provisioning",
        "PENDING": "pending",
        "ACTIVE": "running",
        "STOPPED": "stopped",
        "ERROR": "error",
        "DELETING": "terminating",
        "TERMINATED": "terminated",
        "UNKNOWN": "unknown",
    },
    "novita": {
        "pending": "pending",
        "toCreate": "pending",
        "creating": "provisioning",
        "pulling": "provisioning",
        "running": "running",
        "toStart": "starting",
        "starting": "starting",
        "toStop": "stopping",
        "stopping": "stopping",
        "exited": "stopped",
        "toRestart": "starting",
        "restarting": "starting",
        "toRemove": "terminating",
        "removing": "terminating",
        "removed": "terminated",
        "toReset": "starting",
        "resetting": "starting",
        "migrating": "starting",
        "freezing": "error",
    },
}

TABLES = {
    "runpod": (RunPodBackend.STATUS_MAP, POD_STATUS_VALUES),
    "runpod_graphql": (RunPodBackend.GRAPHQL_STATUS_MAP, {s.value for s in GraphQLPodStatus}),
    "primeintellect": (PrimeIntellectBackend.STATUS_MAP, POD_STATUS_ENUM_VALUES),
    "novita": (NovitaBackend.STATUS_MAP, INSTANCE_STATUS_VALUES),
}


@pytest.mark.parametrize("provider", sorted(TABLES))
def test_every_documented_status_is_mapped(provider: str) -> None:
    table, documented = TABLES[provider]
    assert set(documented) == set(EXPECTED[provider]), "the spec's status enum changed: map the new values"
    for value in documented:
        assert map_status(table, value).value == EXPECTED[provider][value], value


@pytest.mark.parametrize("provider", sorted(TABLES))
@pytest.mark.parametrize("value", ["HIBERNATING", "", "running ", None])
def test_unknown_status_maps_to_unknown(provider: str, value: str | None) -> None:
    assert map_status(TABLES[provider][0], value) is PodStatus.UNKNOWN


def test_prime_intellect_active_while_installing_is_starting() -> None:
    status_of = PrimeIntellectBackend.status_of
    assert status_of("ACTIVE", "ACTIVE", 40) is PodStatus.STARTING
    assert status_of("ACTIVE", "FINISHED", 100) is PodStatus.RUNNING
    assert status_of("PROVISIONING", "PENDING", 0) is PodStatus.PROVISIONING
