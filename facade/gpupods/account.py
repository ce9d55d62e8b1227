"""The account behind a provider key: its balance, its limits, and RunPod's account secrets.

    with Fleet.from_env(providers=["runpod"]) as fleet:
        print(fleet.balance("runpod"))                # Balance(amount=212.4, billing_mode='PREPAID')
        print(fleet.limits("runpod").spend_rate)      # RunPod's spendRate object, as sent
        token = fleet.secrets.create("HF_TOKEN", os.environ["HF_TOKEN"])
        spec = PodSpec(..., env={"HF_TOKEN": token.placeholder})   # resolved when the pod boots

RunPod serves all three from REST v2 (no GraphQL). Balance and limits need the key scopes
``billing:read`` and ``account:read`` (a key without them gets ``PermissionDeniedError``);
their paths come from RunPod's docs pages, not a published spec, so a 404 from them means the
path is wrong (see ``specs/runpod_v2/SOURCE.md``). A secret's value is sent, never read back:
RunPod does not return it, and gpupods keeps it out of every message and error it raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from gpupods_clients.runpod_v2.api.account import (
    create_account_secret,
    delete_account_secret,
    get_account_secret,
    list_account_secrets,
    update_account_secret,
)
from gpupods_clients.runpod_v2.models import CreateSecretRequest, UpdateSecretRequest
from gpupods_clients.runpod_v2.types import UNSET

from ._checks import check_id
from ._flow import Flow, run_async, run_sync
from ._http import ErrorMapper
from .errors import APIStatusError, InvalidArgument, NotFoundError
from .providers._runpod_api import call
from .providers._util import as_datetime, val

if TYPE_CHECKING:
    from .fleet import AsyncFleet, Fleet
    from .providers.runpod import RunPodBackend


@dataclass(frozen=True)
class Balance:
    """Money on the account: ``amount`` in USD; ``billing_mode`` is RunPod's PREPAID (new pods
    stop when it runs out) or POSTPAID (invoiced), as the provider names it."""

    provider: str
    amount: float
    billing_mode: str | None
    raw: Any = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class AccountLimits:
    """The account's limits as the provider sends them. RunPod's ``spendRate`` (the hourly
    spend cap checked whenever a pod or serverless worker starts) and ``serverlessWorkers``
    are objects whose fields RunPod has not published: they are kept as sent."""

    provider: str
    spend_rate: Mapping[str, Any]
    serverless_workers: Mapping[str, Any]
    raw: Any = field(default=None, repr=False, compare=False)


T = TypeVar("T")
_SECRET_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-/]{0,190}")


@dataclass(frozen=True)
class Secret:
    """A RunPod account secret (never its value)."""

    id: str
    name: str
    description: str | None
    created_at: datetime | None
    value_updated_at: datetime | None
    raw: Any = field(default=None, repr=False, compare=False)

    @property
    def placeholder(self) -> str:
        """What to put in a pod's, template's or endpoint's env to get the value at boot."""
        return "{{ RUNPOD_SECRET_" + self.name + " }}"


def check_secret_name(name: Any) -> str:
    if not isinstance(name, str) or not _SECRET_NAME.fullmatch(name):
        raise InvalidArgument("name", "a secret name is 1-191 letters, digits and _ . - /, not starting with a digit")
    if name.upper().startswith("RUNPOD"):
        raise InvalidArgument("name", "names starting with RUNPOD are reserved by RunPod")
    return name


def check_secret_value(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidArgument("value", "a secret value is a non-empty string")
    if len(value.encode("utf-8", "surrogatepass")) >= 16 * 1024 * 1024:
        raise InvalidArgument("value", "a secret value must be under 16 MiB of UTF-8")
    return value


def to_secret(raw: Any) -> Secret:
    return Secret(
        id=raw.id,
        name=raw.name,
        description=val(raw.description),
        created_at=as_datetime(raw.created_at),
        value_updated_at=as_datetime(val(raw.value_last_updated_at)),
        raw=raw,
    )


def _without(value: str, exc: APIStatusError) -> APIStatusError:
    """``exc`` with ``value`` (a secret's value the provider may echo) taken out of its text."""
    scrub = ErrorMapper(exc.provider, [value])
    exc.message = scrub.scrub(exc.message)
    exc.args = tuple(scrub.scrub(a) if isinstance(a, str) else a for a in exc.args)
    exc.body = scrub.scrub_value(exc.body)
    exc.fields = [type(f)(scrub.scrub(f.field), scrub.scrub(f.message)) for f in exc.fields]
    return exc


class _SecretFlows:
    """The flows behind ``Secrets`` and ``AsyncSecrets``."""

    def list(self, name: str | None = None) -> Flow[list[Secret]]:
        listing = yield from call(list_account_secrets, name=UNSET if name is None else name)
        return [to_secret(s) for s in listing.secrets]

    def get(self, secret_id: str) -> Flow[Secret]:
        raw = yield from call(get_account_secret, id=secret_id)
        return to_secret(raw)

    def create(self, name: str, value: str, description: str | None) -> Flow[Secret]:
        """One POST: a second create of the same name is a 409 (``ConflictError``), never a twin."""
        body: dict[str, Any] = {"name": check_secret_name(name), "value": check_secret_value(value)}
        if description is not None:
            body["description"] = description
        try:
            raw = yield from call(create_account_secret, body=CreateSecretRequest.from_dict(body))
        except APIStatusError as exc:
            raise _without(value, exc) from None
        return to_secret(raw)

    def update(self, secret_id: str, value: str | None, description: str | None) -> Flow[Secret]:
        body: dict[str, Any] = {}
        if value is not None:
            body["value"] = check_secret_value(value)
        if description is not None:
            body["description"] = description
        if not body:
            raise InvalidArgument("value", "give a new value, a description, or both")
        try:
            raw = yield from call(update_account_secret, id=secret_id, body=UpdateSecretRequest.from_dict(body))
        except APIStatusError as exc:
            if value is not None:
                raise _without(value, exc) from None
            raise
        return to_secret(raw)

    def delete(self, secret_id: str) -> Flow[None]:
        try:
            yield from call(delete_account_secret, id=secret_id)
        except NotFoundError:
            return None  # already gone: that is what was asked
        return None


SecretRef = Secret | str


def _id(secret: SecretRef) -> str:
    return check_id(secret.id if isinstance(secret, Secret) else secret, "secret id")


class Secrets:
    """RunPod account secrets, blocking (``fleet.secrets``)."""

    def __init__(self, fleet: Fleet) -> None:
        self._backend: RunPodBackend = fleet._runpod_backend("account secrets")
        self._flows = _SecretFlows()

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self._backend.session())

    def list(self, name: str | None = None) -> list[Secret]:
        """Every secret (or the one named ``name``, compared without regard to case)."""
        return self._run(self._flows.list(name))

    def get(self, secret: SecretRef) -> Secret:
        return self._run(self._flows.get(_id(secret)))

    def create(self, name: str, value: str, *, description: str | None = None) -> Secret:
        return self._run(self._flows.create(name, value, description))

    def update(self, secret: SecretRef, *, value: str | None = None, description: str | None = None) -> Secret:
        """Rotate the value and/or change the description (``""`` clears it). Running pods keep
        the value they booted with."""
        return self._run(self._flows.update(_id(secret), value, description))

    def delete(self, secret: SecretRef) -> None:
        """Delete the secret (one already gone counts as deleted)."""
        self._run(self._flows.delete(_id(secret)))


class AsyncSecrets:
    """RunPod account secrets for asyncio (``async_fleet.secrets``)."""

    def __init__(self, fleet: AsyncFleet) -> None:
        self._backend: RunPodBackend = fleet._runpod_backend("account secrets")
        self._flows = _SecretFlows()

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self._backend.session())

    async def list(self, name: str | None = None) -> list[Secret]:
        return await self._run(self._flows.list(name))

    async def get(self, secret: SecretRef) -> Secret:
        return await self._run(self._flows.get(_id(secret)))

    async def create(self, name: str, value: str, *, description: str | None = None) -> Secret:
        return await self._run(self._flows.create(name, value, description))

    async def update(self, secret: SecretRef, *, value: str | None = None, description: str | None = None) -> Secret:
        return await self._run(self._flows.update(_id(secret), value, description))

    async def delete(self, secret: SecretRef) -> None:
        await self._run(self._flows.delete(_id(secret)))


__all__ = ["AccountLimits", "AsyncSecrets", "Balance", "Secret", "Secrets", "check_secret_name", "to_secret"]
