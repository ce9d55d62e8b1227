"""The reaper under faults: generated fault schedules on every route of every provider (lost
answers after the provider acted, 5xx, HTML pages, dropped connections, cut bodies, 429s)
while leased pods expire over several passes. Whatever the schedule:

* a pod is terminated only once its lease has ended (no early kill);
* a termination is reported done only when the pod is gone from the provider's state, and
  no pod is reported terminated twice;
* a failed action is reported failed, with its error, never as done;
* once the faults stop, one pass leaves no expired pod behind (no leak), and every pod whose
  lease has not ended is still there.

The default run draws a few schedules; ``nox -s reliability`` (``--full-matrix``) draws more.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from gpupods import Fleet, PodSpec
from gpupods.mock import Fault, MockClouds, VirtualClock
from gpupods.registry import REGISTRY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PROVIDERS = list(REGISTRY)
CALM_INTERVAL = 1800.0  # seconds of provider time before each of the two passes without faults
FAULTED_PASSES = 6

faults = st.sampled_from(
    [
        Fault.status(500),
        Fault.status(503),
        Fault.status(500, after_accept=True),
        Fault.html(502),
        Fault.html(502, after_accept=True),
        Fault.drop(),
        Fault.drop(after_accept=True),
        Fault.truncate(),
        Fault.rate_limited(2.0),
    ]
)


@dataclass(frozen=True)
class Rule:
    provider: str
    fault: Fault
    routes: str  # "*" (every route), "reads" (GET operations) or "writes" (the others)
    probability: float


@dataclass(frozen=True)
class Pass:
    after: float  # seconds of provider time since the previous pass
    rules: tuple[Rule, ...]


rules = st.builds(
    Rule,
    st.sampled_from(PROVIDERS),
    faults,
    st.sampled_from(["*", "reads", "writes", "writes", "writes"]),
    st.sampled_from([0.5, 1.0, 1.0]),
)
passes = st.builds(
    Pass, st.sampled_from([5.0, 120.0, 1200.0, 2400.0]), st.lists(rules, min_size=1, max_size=4).map(tuple)
)
schedules = st.lists(passes, min_size=FAULTED_PASSES, max_size=FAULTED_PASSES)
ttls = st.lists(st.none() | st.sampled_from([600, 1800, 3600, 5400, 36000]), min_size=2, max_size=4)


def routes_of(cloud: object, group: str) -> str | set[str]:
    """The operations of a mock cloud's REST APIs in ``group``, from their specs."""
    if group == "*":
        return "*"
    operations = {
        name: op.method.upper()
        for api in cloud.apis.values()  # type: ignore[attr-defined]
        for name, op in getattr(getattr(api, "spec", None), "operations", {}).items()
    }
    return {name for name, method in operations.items() if (method == "GET") == (group == "reads")}


def _examples(request: pytest.FixtureRequest) -> int:
    return 40 if request.config.getoption("--full-matrix") else 12


@pytest.fixture
def examples(request: pytest.FixtureRequest) -> int:
    return _examples(request)


def test_reaping_under_generated_fault_schedules_never_leaks_or_double_terminates(examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)
    @given(schedule=schedules, lifetimes=st.fixed_dictionaries({p: ttls for p in PROVIDERS}), seed=st.integers(0, 999))
    def scenario(schedule: list[Pass], lifetimes: dict[str, list[int | None]], seed: int) -> None:
        run_scenario(schedule, lifetimes, seed)

    scenario()


def run_scenario(schedule: list[Pass], lifetimes: dict[str, list[int | None]], seed: int) -> None:
    with MockClouds(clock=VirtualClock(), sshd=False, seed=seed) as clouds:
        expiry: dict[str, float | None] = {}
        with Fleet.from_env(**clouds.fleet_options(), journal=False) as maker:
            for provider, ttl_list in lifetimes.items():
                demo = REGISTRY[provider].demo
                for n, ttl in enumerate(ttl_list):
                    pod = maker.create(
                        PodSpec(name=f"p{n}", image=demo.image, gpu=demo.gpu, ttl=ttl), provider=provider
                    )
                    expiry[pod.id] = pod.lease.expires_at if pod.lease is not None else None
        reported: list[str] = []
        with Fleet.from_env(**clouds.fleet_options(), journal=False) as reaper:
            calm = [Pass(CALM_INTERVAL, ()), Pass(CALM_INTERVAL, ())]
            for step in [*schedule, *calm]:  # the faulted passes, then two calm ones
                for rule in step.rules:
                    cloud = clouds.cloud(rule.provider)
                    cloud.faults.add(rule.fault, routes=routes_of(cloud, rule.routes), probability=rule.probability)
                clouds.clock.advance(step.after)
                report = reaper.reap()
                for cloud in clouds.clouds.values():
                    cloud.faults.clear()
                now = clouds.clock.time()
                live = {pod_id for _, pod_id, _ in clouds.live_pods()}
                for pod_id, ends in expiry.items():
                    if pod_id not in live:  # gone: only ever because its lease ended
                        assert ends is not None and ends <= now, f"pod {pod_id} gone before its lease ended"
                for item in report.items:
                    if item.kind == "terminate" and item.done:
                        assert item.pod_id not in live, f"{item.pod_id} reported terminated but still there"
                        reported.append(item.pod_id)
                    if item.done is False:
                        assert item.error, "a failed action names its error"
            assert len(reported) == len(set(reported)), "a pod was reported terminated twice"
            now = clouds.clock.time()
            live = {pod_id for _, pod_id, _ in clouds.live_pods()}
            for pod_id, ends in expiry.items():
                if ends is not None and ends <= now:  # the calm pass at `now` saw it expired
                    assert pod_id not in live, f"pod {pod_id} outlived its lease (leak)"
                else:
                    assert pod_id in live, f"pod {pod_id} was terminated before its lease ended"
