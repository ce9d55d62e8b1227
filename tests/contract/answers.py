"""Checks on what a mock answered, as a careful client would read it.

``placeholders`` finds the tell-tale values of a schema-driven responder (``"string"``,
``"value"``, a field holding its own name, 1/1.0 in a price or size, an empty string where a
number belongs). ``implausible`` finds answers no real provider would give: prices that are
not positive or not ordered as providers price (spot below on-demand, commitment terms below
on-demand and cheaper the longer they run), totals that disagree with their pages, timestamps
out of order or in the future, references to objects the account never had.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import datetime
from itertools import pairwise
from typing import Any

Path = str
TELLTALES = {
    "string",
    "value",
    "id",
    "a",
    "abc",
    "a1",
    "ab12",
    "x-1",
    "https://example.com/",
    "user@example.com",
    "00000000-0000-4000-8000-000000000000",
    "lorem",
    "foo",
    "bar",
    "test",
    "example",
    "placeholder",
}
_MAGNITUDE = re.compile(r"(price|cost|amount|balance|memory|ram|disk|size|cores|speed|spend)", re.I)
_NUMERIC_TEXT = re.compile(r"(price|cost|amount|size|num|count|memory|port|time)$", re.I)
_NOT_MAGNITUDE = {"provisioningPriceHr", "stoppedPriceHr", "minLocalStorage", "maxDownloadSpeedMbps"}
_SQUASH = re.compile(r"[^a-z0-9]")


def walk(value: Any, path: Path = "") -> Iterator[tuple[Path, str, Any, Any]]:
    """(path, key, value, parent) for every leaf and node under ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = f"{path}.{key}" if path else str(key)
            yield here, str(key), item, value
            yield from walk(item, here)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")


def placeholders(answer: Any) -> list[str]:
    """Tell-tale values of a synthesized answer, as "path: value" lines."""
    found = []
    for path, key, value, _ in walk(answer):
        if isinstance(value, str):
            text = value.strip()
            squashed, squashed_key = _SQUASH.sub("", text.lower()), _SQUASH.sub("", key.lower())
            if text.lower() in TELLTALES:
                found.append(f"{path}: {value!r}")
            elif (
                squashed
                and squashed_key
                and (squashed == squashed_key or re.fullmatch(re.escape(squashed_key) + "x+", squashed))
            ):
                found.append(f"{path}: {value!r} (the field's own name)")
            elif text == "" and _NUMERIC_TEXT.search(key) and not key.lower().endswith(("status", "error")):
                found.append(f"{path}: '' (an empty string where a number belongs)")
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int | float) and value == 1 and _MAGNITUDE.search(key) and key not in _NOT_MAGNITUDE:
            found.append(f"{path}: {value!r} (a filler magnitude)")
    return found


# --- plausibility -----------------------------------------------------------------------------------

SPOT_PAIRS = [
    ("secureSpotPrice", "securePrice"),
    ("communitySpotPrice", "communityPrice"),
    ("minimumBidPrice", "uninterruptablePrice"),
    ("spotPrice", "price"),
    ("spotPrice", "onDemand"),
]
TERMS = ["oneWeekPrice", "oneMonthPrice", "threeMonthPrice", "sixMonthPrice", "oneYearPrice"]
TIME_KEYS = {
    "createdAt",
    "created_at",
    "createTime",
    "updatedAt",
    "updated_at",
    "terminatedAt",
    "startedAt",
    "lastStartedAt",
    "startTime",
    "endTime",
    "time",
    "last_billed_at",
    "completeTime",
}
ORDER = [
    ("createdAt", "updatedAt"),
    ("created_at", "updated_at"),
    ("createdAt", "terminatedAt"),
    ("createdAt", "startedAt"),
    ("startTime", "endTime"),
    ("createTime", "completeTime"),
]
OWN_ID_KEYS = {"id", "Id", "storageId", "cloudId"}
REFERENCE_KEYS = {
    "templateId",
    "template",
    "registry",
    "networkVolumeId",
    "networkVolumeIds",
    "networkVolumes",
    "volumeId",
    "podId",
    "pod_ids",
    "podIds",
    "endpointId",
    "serverlessId",
    "clusterId",
    "dataCenterId",
    "dataCenterIds",
    "gpuTypeId",
    "gpuTypeIds",
    "productId",
    "instanceId",
    "networkId",
    "jobId",
    "imageAuthId",
    "authId",
    "containerRegistryAuthId",
    "resource_id",
    "pods",
    "registryAuthId",
    "repositoryAuth",
}


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
        return float(value)
    return None


def timestamp(value: Any) -> float | None:
    """Epoch seconds of an ISO 8601 or Unix-seconds value; None for anything else."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{9,11}", text):
        return float(text)
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def implausible(answer: Any, now: float) -> list[str]:
    """What no real provider would answer, as lines."""
    found: list[str] = _object_rules("(answer)", answer) if isinstance(answer, dict) else []
    for path, key, value, _parent in walk(answer):
        if not isinstance(value, dict):
            number = _number(value) if isinstance(value, int | float | str) else None
            if number is not None and "price" in key.lower() and key not in _NOT_MAGNITUDE and number <= 0:
                found.append(f"{path}: price {value!r} is not positive")
            if number is not None and re.search("(cost|amount|balance)", key, re.I) and number < 0:
                found.append(f"{path}: {value!r} is negative")
            if number is not None and isinstance(number, float) and not math.isfinite(number):
                found.append(f"{path}: {value!r} is not finite")
            if key in TIME_KEYS and value not in (None, "", "-1", "0"):
                when = timestamp(value)
                if when is None:
                    found.append(f"{path}: {value!r} is not a timestamp")
                elif when > now + 366 * 86400 and key != "endTime":
                    found.append(f"{path}: {value!r} is in the future")
            continue
        found += _object_rules(path, value)
    return found


def _object_rules(path: str, obj: dict[str, Any]) -> list[str]:
    found = []
    for spot, base in SPOT_PAIRS:
        s, b = _number(obj.get(spot)), _number(obj.get(base))
        if s is not None and b is not None and not s < b:
            found.append(f"{path}: {spot} {s} is not below {base} {b}")
    terms = [(t, _number(obj.get(t))) for t in TERMS if _number(obj.get(t)) is not None]
    on_demand = _number(obj.get("securePrice"))
    for (name, price), (longer, cheaper) in pairwise(terms):
        if not (cheaper is not None and price is not None and cheaper < price):
            found.append(f"{path}: {longer} {cheaper} is not below {name} {price}")
    for name, price in terms:
        if on_demand is not None and price is not None and not price < on_demand:
            found.append(f"{path}: {name} {price} is not a discount on securePrice {on_demand}")
    for first, then in ORDER:
        a, b = timestamp(obj.get(first)), timestamp(obj.get(then))
        if a is not None and b is not None and not a <= b:
            found.append(f"{path}: {first} {obj.get(first)} is after {then} {obj.get(then)}")
    found += _totals(path, obj)
    return found


def _totals(path: str, obj: dict[str, Any]) -> list[str]:
    found = []
    arrays = [k for k, v in obj.items() if isinstance(v, list)]
    total_key = next((k for k in ("total_count", "totalCount", "total") if isinstance(obj.get(k), int)), None)
    if total_key and arrays:
        items = len(obj[arrays[0]])
        first_page = obj.get("offset") in (None, 0) and obj.get("pageNum", obj.get("page", 1)) in (None, 0, 1)
        if items == 0 and obj[total_key] > 0 and first_page:
            found.append(f"{path}: an empty first page but {total_key} is {obj[total_key]}")
        offset = obj.get("offset") if isinstance(obj.get("offset"), int) else None
        limit = obj.get("limit") if isinstance(obj.get("limit"), int) else None
        if obj[total_key] < items + (offset or 0):
            found.append(f"{path}: {total_key} {obj[total_key]} is less than the {items} items shown (offset {offset})")
        if limit is not None and offset is not None and items < limit and obj[total_key] != offset + items:
            found.append(f"{path}: a short page ({items} < limit {limit}) but {total_key} is {obj[total_key]}")
    parts = [obj.get(k) for k in ("running", "idle", "initializing", "throttled", "unhealthy")]
    if isinstance(obj.get("total"), int) and all(isinstance(p, int) for p in parts) and sum(parts) != obj["total"]:
        found.append(f"{path}: the worker counts add up to {sum(parts)}, not total {obj['total']}")
    metadata = obj.get("metadata")
    if isinstance(metadata, dict) and isinstance(obj.get("records"), list):
        records = obj["records"]
        if metadata.get("recordCount") != len(records):
            found.append(f"{path}: recordCount {metadata.get('recordCount')} but {len(records)} records")
        for name, total in (metadata.get("totals") or {}).items():
            summed = sum(_number(r.get(name)) or 0.0 for r in records)
            if abs(summed - float(total)) > 1e-4 * max(1.0, abs(summed)):
                found.append(f"{path}: totals.{name} {total} but the records sum to {summed}")
        stamps = [timestamp(r.get("startTime")) for r in records]
        if any(a is not None and b is not None and a > b for a, b in pairwise(stamps)):
            found.append(f"{path}: billing records out of time order")
    return found


def own_ids(answer: Any) -> set[str]:
    """Ids of the objects an answer describes (catalog entries included)."""
    ids = set()
    for _, key, value, parent in walk(answer):
        if key in OWN_ID_KEYS and isinstance(value, str) and isinstance(parent, dict):
            ids.add(value)
    return ids


def references(answer: Any) -> list[tuple[str, str]]:
    """(path, id) of every reference an answer makes to another object."""
    found = []
    for path, key, value, _ in walk(answer):
        if key not in REFERENCE_KEYS:
            continue
        values = value if isinstance(value, list) else [value]
        found += [(path, v) for v in values if isinstance(v, str) and v]
    return found
