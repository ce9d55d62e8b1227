"""Prime Intellect's own SDK (PyPI ``prime``, ``prime_cli.api``) against the Prime Intellect
mock: availability (GPUs, clusters, disks, GPU summary), disks, pods, history, wallet and run
usage, as the ``prime`` CLI calls them. Every call is one step.

Environment: PRIME_API_BASE_URL (the mock), PRIME_API_KEY, HOME (an empty directory, so that
no user config is read), MOCK_RUN_ID (a training run the account has).
"""

from __future__ import annotations

import os
from typing import Any

from _runner import check, done, expect_error, step, wait_for
from prime_cli.api.availability import AvailabilityClient
from prime_cli.api.billing import BillingClient
from prime_cli.api.disks import DisksClient
from prime_cli.api.pods import PodsClient
from prime_cli.api.wallet import WalletClient
from prime_cli.core import APIClient, UnauthorizedError

client = APIClient()
availability = AvailabilityClient(client)
pods = PodsClient(client)
disks = DisksClient(client)
state: dict[str, Any] = {}


def gpus() -> dict:
    offers = availability.get()
    rows = [o for group in offers.values() for o in group]
    check(len(rows) >= 6, f"{len(rows)} offers")
    for o in rows:
        check(o.vcpu.default_count and o.memory.default_count and o.disk.max_count, f"sizes of {o.cloud_id}")
        check(o.prices.on_demand and o.prices.on_demand > 0 and o.prices.currency == "USD", f"price of {o.cloud_id}")
        check(o.gpu_memory >= 8 and o.gpu_count >= 1 and o.stock_status, f"offer {o.cloud_id}")
    check(any(o.interconnect for o in rows) and any(o.internet_speed for o in rows), "no interconnect/internet speed")
    state["offers"] = rows
    return offers


def gpus_filtered() -> dict:
    offers = availability.get(gpu_type="H100_80GB", gpu_count=1)
    rows = [o for group in offers.values() for o in group]
    check(rows and all(o.gpu_type == "H100_80GB" and o.gpu_count == 1 for o in rows), f"filter {rows}")
    return offers


def summary() -> list:
    types = availability.get_available_gpu_types()
    check({"H100_80GB", "A100_80GB"} <= set(types), f"gpu-summary keys {types}")
    return types


def disk_places() -> list:
    places = availability.get_disks()
    check(places and all(p.spec.price_per_unit and p.spec.max_count for p in places), "disk availability")
    state["place"] = next(p for p in places if p.provider == "hyperstack")
    return places


def disk_create() -> object:
    place = state["place"]
    disk = disks.create(
        {
            "disk": {"size": 200, "name": "sdk-data", "dataCenterId": place.data_center},
            "provider": {"type": place.provider},
        }
    )
    check(disk.name == "sdk-data" and disk.size == 200 and disk.terminated_at is None, f"disk {disk}")
    check(disk.price_hr and disk.price_hr > 0 and disk.provider_type == "hyperstack", f"disk {disk}")
    state["disk"] = disk
    return disk


def disk_list() -> object:
    page = disks.list()
    check(page.total_count == len(page.data) == 1 and page.data[0].id == state["disk"].id, f"disks {page}")
    beyond = disks.list(offset=1, limit=10)  # a client paging to total_count must see the end
    check(beyond.data == [] and beyond.total_count == 1 and beyond.offset == 1, f"second page {beyond}")
    return page


def disk_get() -> object:
    disk = disks.get(state["disk"].id)
    check(disk.created_at <= disk.updated_at, "timestamps out of order")
    return disk


def disk_rename() -> object:
    disks.update(state["disk"].id, "sdk-data-renamed")
    check(disks.get(state["disk"].id).name == "sdk-data-renamed", "the new name did not stick")
    return True


def pod_create() -> object:
    offer = next(o for o in state["offers"] if o.cloud_id == "hyperstack-h100-sxm-1")
    pod = pods.create(
        {
            "pod": {
                "name": "sdk-pod",
                "cloudId": offer.cloud_id,
                "gpuType": offer.gpu_type,
                "socket": offer.socket,
                "gpuCount": offer.gpu_count,
                "diskSize": 100,
                "image": "ubuntu_22_cuda_12",
            },
            "provider": {"type": offer.provider},
            "disks": [state["disk"].id],
        }
    )
    check(pod.name == "sdk-pod" and pod.gpu_type == "H100_80GB" and pod.price_hr == offer.prices.on_demand, f"{pod}")
    state["pod"] = pod
    return pod


def pod_list() -> object:
    page = pods.list()
    check(page.total_count == 1 and page.data[0].id == state["pod"].id, f"pods {page}")
    beyond = pods.list(offset=1, limit=1)  # the redirect must keep the query string
    check(beyond.offset == 1 and beyond.limit == 1 and beyond.data == [] and beyond.total_count == 1, f"{beyond}")
    return page


def pod_get() -> object:
    def ready() -> object:
        pod = pods.get(state["pod"].id)
        return pod if pod.status == "ACTIVE" and pod.installation_status == "FINISHED" else None

    pod = wait_for("pod active", ready)
    check(pod.ssh_connection and pod.ip and pod.prime_port_mapping, f"connection of {pod}")
    check(pod.attached_resources and pod.attached_resources[0].id == state["disk"].id, "the disk is not attached")
    check(pod.resources["vcpus"] >= 8 and pod.resources["memory"] >= 60, f"resources {pod.resources}")
    return pod


def pod_status() -> object:
    rows = pods.get_status([state["pod"].id])
    check(len(rows) == 1 and rows[0].status == "ACTIVE" and rows[0].ssh_connection, f"status {rows}")
    return rows


def pod_delete() -> object:
    pods.delete(state["pod"].id)
    wait_for("pod terminated", lambda: pods.list().total_count == 0)
    return True


def history() -> object:
    page = pods.history()
    row = next(r for r in page.data if r.id == state["pod"].id)
    check(row.terminated_at and row.created_at <= row.terminated_at and row.total_billed_price >= 0, f"{row}")
    return page


def disk_delete() -> object:
    answer = disks.delete(state["disk"].id)
    check(answer.status in ("DELETING", "TERMINATED"), f"delete answered {answer}")
    return answer


def wallet() -> object:
    w = WalletClient(client).get()
    check(w.currency == "USD" and 0 < w.balance_usd < 1000, f"wallet {w}")
    check(w.total_billings >= len(w.recent_billings) >= 1, "the pod and disk cost nothing?")
    return w


def run_usage() -> object:
    usage = BillingClient(client).get_run_usage(os.environ["MOCK_RUN_ID"])
    check(usage.total_tokens == usage.training.tokens + usage.inference.tokens, f"tokens {usage}")
    check(abs(usage.total_cost_usd - usage.training.cost_usd - usage.inference.cost_usd) < 0.01, f"cost {usage}")
    return usage


def wrong_key() -> str:
    return expect_error(UnauthorizedError, lambda: PodsClient(APIClient(api_key="not-a-key")).client.get("/pods"))


step("availability.get (GPUs and multi-node, paged to totalCount)", gpus)
step("availability.get (gpu_type, gpu_count)", gpus_filtered)
step("availability.get_available_gpu_types (gpu-summary)", summary)
step("availability.get_disks", disk_places)
step("disks.create", disk_create)
step("disks.list", disk_list)
step("disks.get", disk_get)
step("disks.update (rename)", disk_rename)
step("pods.create (with a disk)", pod_create)
step("pods.list (/pods redirected to /pods/, query kept)", pod_list)
step("pods.get (active, SSH, attached disk)", pod_get)
step("pods.get_status", pod_status)
step("pods.delete", pod_delete)
step("pods.history", history)
step("disks.delete", disk_delete)
step("wallet.get", wallet)
step("billing.get_run_usage", run_usage)
step("a key the mock refuses raises UnauthorizedError", wrong_key)
done()
