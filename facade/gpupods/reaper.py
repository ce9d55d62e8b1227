"""The reaper: leases enforced by any gpupods process, from nothing but the providers' APIs.

One pass (``Fleet.reap``, ``gpupods reap``) lists the pods of every provider and, for each:

* a pod whose lease ended (``PodSpec.ttl``) is terminated;
* a pod whose estimated cost reached its lease's cap (``max_cost``) is terminated;
* a running pod with an idle limit whose GPUs are idle (at most ``idle_threshold`` percent,
  where the provider reports utilisation) gets the time it was first seen idle recorded in its
  name; once idle for the limit it is stopped, or terminated where the provider cannot stop;
* a stopped pod is reported with what its storage keeps costing per month;
* a pod carrying the token of a create that never finished on this machine (its process is
  gone: see ``gpupods._journal``) is reported, and terminated once ``leftover_grace`` has
  passed since that create started.

Leases live in the pods' names, so a lease set by one machine is enforced by a reaper on
another; times are the provider's (``Backend.now``). Every action is logged (logger
``gpupods.reaper``) and returned as a ``ReapItem``. An action is ``done`` only when the
provider accepted it: a failed terminate is reported as failed and tried again by the next
pass (the pod is still listed then), and a pod that is already terminating is left alone, so
no pass terminates a pod twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from ._flow import Flow, Parallel, Run
from ._journal import CreateJournal, CreateRecord
from ._tokens import with_token
from .costs import estimate, per_month
from .errors import GpupodsError
from .models import Lease, Pod, PodList, PodStatus

if TYPE_CHECKING:
    from .fleet import _FleetCore
    from .providers._base import Backend

log = logging.getLogger("gpupods.reaper")

Kind = Literal["terminate", "stop", "idle", "storage", "leftover", "notice"]


@dataclass(frozen=True)
class ReapPolicy:
    """How a pass judges pods. ``idle_threshold`` is the busiest GPU's utilisation (percent)
    at or below which a pod counts as idle; ``leftover_grace`` the seconds after a create's
    start before its leftover pod is terminated."""

    idle_threshold: float = 5.0
    leftover_grace: float = 900.0


@dataclass(frozen=True)
class ReapItem:
    """One thing a pass did, tried or noticed about one pod.

    ``kind``: ``terminate``, ``stop``, ``idle`` (the idle time recorded in the pod's name),
    ``storage`` (a stopped pod's storage bill), ``leftover`` (a pod of an unfinished create,
    before its grace period ends) or ``notice`` (a limit this provider cannot enforce).
    ``done`` is True when the provider accepted the action, False when it failed (``error``
    says why; the next pass tries again) or when the pass was a dry run, None for reports.
    """

    provider: str
    pod_id: str
    name: str
    kind: Kind
    reason: str
    done: bool | None = None
    error: str | None = None
    monthly_cost: float | None = None

    @property
    def is_action(self) -> bool:
        return self.kind in ("terminate", "stop", "idle")

    def to_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "id": self.pod_id,
            "name": self.name,
            "kind": self.kind,
            "reason": self.reason,
            "done": self.done,
            "error": self.error,
            "monthly_cost": self.monthly_cost,
        }


@dataclass
class ReapReport:
    """What one pass found and did. ``pods`` are the pods it judged, as listed before it
    acted; ``failed`` names the providers whose pods could not be listed (nothing was done
    there; the next pass looks again)."""

    at: datetime
    dry_run: bool
    items: list[ReapItem] = field(default_factory=list)
    failed: dict[str, GpupodsError] = field(default_factory=dict)
    pods: PodList = field(default_factory=PodList)

    def of_kind(self, *kinds: Kind) -> list[ReapItem]:
        return [item for item in self.items if item.kind in kinds]

    @property
    def terminated(self) -> list[ReapItem]:
        """Terminations the providers accepted."""
        return [item for item in self.of_kind("terminate") if item.done]

    @property
    def errors(self) -> list[ReapItem]:
        """Actions that failed this pass (tried again by the next)."""
        return [item for item in self.items if item.is_action and item.done is False and not self.dry_run]

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "dry_run": self.dry_run,
            "items": [item.to_json() for item in self.items],
            "failed": {provider: str(error) for provider, error in self.failed.items()},
        }


@dataclass
class _Plan:
    """An action decided for one pod, and the flow that carries it out."""

    pod: Pod
    kind: Kind
    reason: str
    run: Callable[[], Flow[Any]]


def _when(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds >= 86400:
        return f"{seconds / 86400:.1f}d"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f}h"
    if seconds >= 60:
        return f"{seconds // 60}m"
    return f"{seconds}s"


class Reaper:
    """One pass over a fleet's pods (``run``); ``Fleet.reap`` builds and runs one."""

    def __init__(
        self, core: _FleetCore, journal: CreateJournal | None, policy: ReapPolicy, *, dry_run: bool = False
    ) -> None:
        self.core = core
        self.journal = journal
        self.policy = policy
        self.dry_run = dry_run

    def run(self, provider: str | Sequence[str] | None = None) -> Flow[ReapReport]:
        backends = self.core._selected(provider)
        local_now = self.core.clock.time()
        leftovers = {r.token: r for r in self.journal.abandoned(local_now)} if self.journal is not None else {}
        results = yield Parallel([Run(b.list(), b.session()) for b in backends])
        report = ReapReport(at=datetime.fromtimestamp(local_now, UTC), dry_run=self.dry_run)
        pods = report.pods
        for backend, result in zip(backends, results, strict=True):
            if isinstance(result, GpupodsError):
                report.failed[backend.name] = pods.failed[backend.name] = result
                log.warning(
                    "reaper: listing pods on %s failed (%s); nothing done there this pass", backend.name, result
                )
            else:
                pods.extend(result)
        plans: list[_Plan] = []
        for pod in pods:
            backend = self.core.backend(pod.provider)
            plan = self._judge(pod, backend, leftovers.get(pod.client_token or ""), local_now, report)
            if plan is not None:
                plans.append(plan)
        report.items.extend((yield from self._carry_out(plans)))
        if not self.dry_run and self.journal is not None:
            listed = {b.name for b in backends} - set(report.failed)
            self._forget_finished(leftovers, pods, listed, report, local_now)
        for item in report.items:
            level = logging.WARNING if item.done is False and not self.dry_run else logging.INFO
            failed = f" [failed: {item.error}]" if item.error else ""
            where = f"{item.provider} pod {item.pod_id} ({item.name})"
            log.log(level, "reaper: %s %s: %s%s", item.kind, where, item.reason, failed)
        return report

    # --- decisions -------------------------------------------------------------------------

    def _judge(
        self, pod: Pod, backend: Backend, leftover: CreateRecord | None, local_now: float, report: ReapReport
    ) -> _Plan | None:
        if pod.status in (PodStatus.TERMINATING, PodStatus.TERMINATED):
            return None  # already going: a second terminate would be a double
        now = backend.now()
        lease = pod.lease
        if leftover is not None:
            age = local_now - leftover.started_at
            what = f"made by a create that never finished (started {_when(leftover.started_at)}, process gone)"
            if age >= self.policy.leftover_grace:
                return self._terminate(pod, backend, f"leftover: {what}")
            if lease is None or not lease.expired(now):
                report.items.append(
                    self._item(
                        pod, "leftover", f"{what}; terminated after {_duration(self.policy.leftover_grace - age)}"
                    )
                )
                return None
        if lease is not None:
            if lease.expired(now):
                assert lease.expires_at is not None
                return self._terminate(pod, backend, f"lease ended at {_when(lease.expires_at)}")
            if lease.max_cost is not None:
                spent = estimate(pod, now)
                if spent is not None and spent >= lease.max_cost:
                    return self._terminate(pod, backend, f"cost ${spent:.2f} reached the cap of ${lease.max_cost:.2f}")
                if spent is None and pod.status is not PodStatus.STOPPED:
                    report.items.append(self._item(pod, "notice", "cost cap not enforced: the pod's cost is unknown"))
            if lease.idle_limit is not None:
                plan = self._idle(pod, lease, backend, now, report)
                if plan is not None:
                    return plan
        if pod.status is PodStatus.STOPPED:
            rate = pod.stopped_price_per_hour
            monthly = per_month(rate) if rate is not None else None
            cost = f"${monthly:.2f}/month" if monthly is not None else "an unknown amount"
            report.items.append(
                self._item(pod, "storage", f"stopped: its storage bills {cost} until terminated", monthly_cost=monthly)
            )
        return None

    def _idle(self, pod: Pod, lease: Lease, backend: Backend, now: float, report: ReapReport) -> _Plan | None:
        caps = backend.capabilities
        if pod.status is not PodStatus.RUNNING:
            return None
        if not caps.gpu_utilisation:
            report.items.append(
                self._item(pod, "notice", f"idle limit not enforced: {backend.title} reports no GPU utilisation")
            )
            return None
        if pod.gpu_utilisation is None:
            return None
        idle = pod.gpu_utilisation <= self.policy.idle_threshold
        limit = lease.idle_limit or 0.0
        if idle and lease.idle_since is not None and now - lease.idle_since >= limit:
            why = f"GPUs idle since {_when(lease.idle_since)} (limit {_duration(limit)})"
            if caps.start_stop:
                return _Plan(pod, "stop", why, lambda: self._stop_idle(backend, pod, lease, now))
            return self._terminate(pod, backend, f"{why}; {backend.title} cannot stop pods")
        wanted = lease.evolve(idle_since=(lease.idle_since or now) if idle else None, stopped_at=None)
        if wanted == lease:
            return None
        if not caps.rename:
            report.items.append(
                self._item(pod, "notice", f"idle limit not enforced: {backend.title} cannot record idle time")
            )
            return None
        if idle and lease.idle_since is None:
            why = f"GPUs idle ({pod.gpu_utilisation:g}%): idle time counts from now"
        elif not idle and lease.idle_since is not None:
            why = f"GPUs busy ({pod.gpu_utilisation:g}%): idle time reset"
        else:
            why = "running again: the record of its idle stop is cleared"
        return _Plan(pod, "idle", why, lambda: self._rename(backend, pod, wanted))

    def _terminate(self, pod: Pod, backend: Backend, reason: str) -> _Plan:
        return _Plan(pod, "terminate", reason, lambda: self.core._terminate_flow(backend, pod.id))

    # --- actions -----------------------------------------------------------------------------

    def _rename(self, backend: Backend, pod: Pod, lease: Lease) -> Flow[Any]:
        assert pod.client_token is not None
        return (yield Run(backend.rename(pod.id, with_token(pod.name, pod.client_token, lease)), backend.session()))

    def _stop_idle(self, backend: Backend, pod: Pod, lease: Lease, now: float) -> Flow[Any]:
        yield Run(backend.stop(pod.id), backend.session())
        if backend.capabilities.rename and pod.client_token is not None:
            stopped = lease.evolve(idle_since=None, stopped_at=now)
            try:  # the stop is done; the record only sharpens the cost estimate
                yield Run(backend.rename(pod.id, with_token(pod.name, pod.client_token, stopped)), backend.session())
            except GpupodsError as exc:
                log.info("reaper: %s pod %s stopped, but recording when failed: %s", backend.name, pod.id, exc)
        return None

    def _carry_out(self, plans: list[_Plan]) -> Flow[list[ReapItem]]:
        if self.dry_run:
            return [self._item(p.pod, p.kind, p.reason, done=False) for p in plans]
        sessions = [self.core.backend(p.pod.provider).session() for p in plans]
        results = yield Parallel([Run(p.run(), s) for p, s in zip(plans, sessions, strict=True)])
        items = []
        for plan, result in zip(plans, results, strict=True):
            if isinstance(result, GpupodsError):
                items.append(self._item(plan.pod, plan.kind, plan.reason, done=False, error=str(result)))
            else:
                items.append(self._item(plan.pod, plan.kind, plan.reason, done=True))
        return items

    def _forget_finished(
        self,
        leftovers: dict[str, CreateRecord],
        pods: PodList,
        listed: set[str],
        report: ReapReport,
        local_now: float,
    ) -> None:
        """Drop the records of unfinished creates that left no pod on any provider they tried
        (every one of them listed in this pass), once their grace has passed; a record whose
        pod was just terminated goes with it."""
        assert self.journal is not None
        tokens = {p.client_token for p in pods if p.client_token}
        removed = {item.pod_id for item in report.terminated}
        for token, record in leftovers.items():
            if not set(record.providers) <= listed:
                continue
            alive = [p for p in pods if p.client_token == token and p.id not in removed]
            if token in tokens and alive:
                continue
            if local_now - record.started_at >= self.policy.leftover_grace:
                self.journal.end(token)

    @staticmethod
    def _item(
        pod: Pod,
        kind: Kind,
        reason: str,
        *,
        done: bool | None = None,
        error: str | None = None,
        monthly_cost: float | None = None,
    ) -> ReapItem:
        return ReapItem(pod.provider, pod.id, pod.name, kind, reason, done, error, monthly_cost)


__all__ = ["ReapItem", "ReapPolicy", "ReapReport", "Reaper"]
