"""A scripted gpupods session on the mock clouds: no keys, no network, about a second.

    python -m gpupods.demo          (or: nox -s demo)

The three mock clouds run on real loopback HTTP servers with a virtual clock, so pods go
through their providers' real lifecycles (minutes of provider time) instantly. The session
shows the cheapest H100 offers, creates pods on RunPod and Novita (the RunPod create loses
its answer after the provider accepted it, and gpupods finds the pod instead of making a
second one), waits until they answer on SSH, stops and starts them, terminates everything
and checks that no pod is left. Exits non-zero if any pod is left.
"""

from __future__ import annotations

import sys
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from .fleet import Fleet
    from .mock import MockClouds
    from .models import Pod


class _Steps:
    """Numbered step headings, with the provider time (virtual) that has passed."""

    def __init__(self, console: Console, clouds: MockClouds) -> None:
        self.console, self.clouds, self.start, self.number = console, clouds, clouds.clock.time(), 0

    def __call__(self, title: str) -> None:
        self.number += 1
        elapsed = self.clouds.clock.time() - self.start
        self.console.print(f"\n[bold cyan]{self.number}. {title}[/]  [dim](provider time +{elapsed:.0f}s)[/]")


def run(console: Console) -> int:
    """The scripted session; returns the exit code (0 when no pod is left)."""
    from . import Fleet, PodSpec
    from .cli import _output
    from .mock import Fault, MockClouds, VirtualClock

    clock = VirtualClock()
    with MockClouds(clock=clock) as clouds, clouds.serve() as urls:
        step = _Steps(console, clouds)
        console.print("[bold]gpupods demo[/]: three mock clouds on loopback")
        for name, url in urls.items():
            console.print(f"  {name:15} {url}")
        with Fleet.from_env(**clouds.fleet_options(urls)) as fleet:
            step("the cheapest H100 offers across providers (USD/hour)")
            offers = fleet.offers("H100")
            console.print(_output.offers_table(offers[:8]))

            step("create a pod on RunPod and one on Novita, each on its cheapest H100 offer")
            clouds.faults("runpod").add(Fault.drop(after_accept=True), routes="create_pod", times=1)
            console.print("  (the RunPod mock will accept the create, then drop the connection before answering)")
            pods = []
            for provider in ("runpod", "novita"):
                offer = next(o for o in offers if o.provider == provider)
                spec = PodSpec(name=f"demo-{provider}", image="pytorch/pytorch:latest", gpu="H100")
                pod = fleet.create(spec, offer)
                console.print(f"  created {provider} pod {pod.id} on {offer.gpu} at ${offer.price_per_hour:.2f}/h")
                pods.append(pod)
            on_runpod = [p for p in clouds.live_pods() if p[0] == "runpod"]
            console.print(f"  RunPod has {len(on_runpod)} pod: the lost answer did not turn into a duplicate")

            step("wait until both are running and their SSH port answers")
            pods = fleet.wait_all(pods, timeout=1800)
            for pod in pods:
                assert pod.ssh is not None
                console.print(f"  {pod.provider:8} {pod.ssh.command}")

            step("stop and start them (Prime Intellect could not: its API has no stop)")
            pods = _stop_start(console, fleet, pods)

            step("the pods now")
            console.print(_output.pods_table(fleet.list()))

            step("terminate them all")
            for pod in fleet.list():
                fleet.terminate(pod)
                console.print(f"  terminated {pod.provider} pod {pod.id}")
            clock.advance(300)  # let the providers finish tearing down (virtual time)

            step("final state of the pods this session created")
            rows = [(p.provider, p.id, p.name, _now(fleet, p)) for p in pods]
            console.print(_output.table(("PROVIDER", "ID", "NAME", "NOW"), rows))
            listed = len(fleet.list())
        left = clouds.pods_left()
        console.print(f"  pods listed by the providers: {listed}")
        style = "green" if left == 0 else "red"
        console.print(f"\n[bold {style}]pods left: {left}[/]")
        return 0 if left == 0 else 1


def _stop_start(console: Console, fleet: Fleet, pods: list[Pod]) -> list[Pod]:
    from .models import PodStatus

    for pod in pods:
        fleet.stop(pod)
    stopped = [fleet.wait(pod, timeout=600, status=PodStatus.STOPPED) for pod in pods]
    for pod in stopped:
        console.print(f"  {pod.provider:8} {pod.id}: {pod.status.value} ({pod.provider_status})")
    for pod in stopped:
        fleet.start(pod)
    running = fleet.wait_all(stopped, timeout=1800)
    for pod in running:
        port = pod.ssh.port if pod.ssh else "-"
        console.print(f"  {pod.provider:8} {pod.id}: {pod.status.value} again, reachable on port {port}")
    return running


def _now(fleet: Fleet, pod: Pod) -> str:
    from .errors import NotFoundError

    try:
        return fleet.get(pod).status.value
    except NotFoundError:
        return "gone (terminated)"


def main() -> int:
    # The demo does not use RunPod's deprecated GraphQL API; keep unrelated notices out of it.
    warnings.simplefilter("ignore", DeprecationWarning)
    from .cli._output import console

    return run(console())


if __name__ == "__main__":
    sys.exit(main())
