"""Leases, the reaper and costs through the CLI: ``create --ttl`` on every provider of the
registry, then ``gpupods reap`` from a fresh process after an hour of the mock clouds' time
(on loopback, where the CLI reads provider time from the answers' ``Date`` headers); the
``--loop`` process stopped by SIGTERM and SIGINT; what ``ls``, ``stop``, ``cost`` and a
refused ``create`` print."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from gpupods.cli import EXIT_BUDGET, main
from gpupods.mock import MOCK_API_KEY, MockClouds, VirtualClock
from gpupods.providers import backend_class
from gpupods.registry import REGISTRY

PROVIDERS = list(REGISTRY)
LINE_TIMEOUT = 120.0  # generous: a busy CI machine starts Python slowly


@pytest.fixture(autouse=True)
def _quiet() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MockClouds, dict[str, str]]]:
    """The mock clouds on loopback, on a virtual clock, and the environment pointing at them. The
    CLI's processes wait in real time, which the virtual clock never sees: the providers' own
    rate limits (Lambda's launch spacing) are off."""
    with MockClouds(clock=VirtualClock(), sshd=False, rate_limits=False) as clouds, clouds.serve() as urls:
        env = {}
        for name, url in urls.items():
            env[REGISTRY[name].url_env] = url
            env[REGISTRY[name].key_env] = MOCK_API_KEY
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        yield clouds, {**os.environ, **env}


def _script() -> str:
    found = shutil.which("gpupods", path=os.path.dirname(sys.executable))
    assert found, "the gpupods console script is installed next to the interpreter"
    return found


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def create(capsys: pytest.CaptureFixture[str], provider: str, name: str, *lease: str) -> dict[str, object]:
    demo = REGISTRY[provider].demo
    code, out, err = cli(
        capsys, "create", "--name", name, "--gpu", demo.gpu, "--image", demo.image, "-p", provider, "--json", *lease
    )
    assert code == 0, err
    document: dict[str, object] = json.loads(out)
    return document


def test_create_ttl_then_reap_from_a_fresh_process_terminates_exactly_the_expired_pods(
    served: tuple[MockClouds, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    clouds, env = served
    expired, kept = set(), set()
    for provider in PROVIDERS:
        short = create(capsys, provider, "short", "--ttl", "1h")
        assert short["lease"] == {"ttl_seconds": 3600.0, "idle_limit_seconds": None, "max_cost": None}
        expired.add(short["id"])
        kept.add(create(capsys, provider, "long", "--ttl", "2h")["id"])
        if backend_class(provider).capabilities.rename:  # a lease extended by another process
            extended = create(capsys, provider, "extended", "--ttl", "1h")
            code, out, err = cli(capsys, "extend", str(extended["id"]), "--by", "90m", "-p", provider, "--json")
            assert code == 0, err
            assert json.loads(out)["lease"]["ttl_seconds"] == 3600 + 5400
            kept.add(extended["id"])
    clouds.clock.advance(3600)
    done = subprocess.run([_script(), "reap", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    terminated = {item["id"] for item in report["items"] if item["kind"] == "terminate" and item["done"]}
    assert terminated == expired
    assert all("lease ended" in item["reason"] for item in report["items"] if item["kind"] == "terminate")
    assert {pod_id for _, pod_id, _ in clouds.live_pods()} == kept


def test_the_pod_of_a_killed_create_is_found_and_removed_by_the_reaper(
    served: tuple[MockClouds, dict[str, str]], tmp_path: Path
) -> None:
    """``gpupods create`` killed (SIGKILL: no clean-up runs) after the provider made the pod and
    before the answer came: its record is left behind, and a reaper finds the pod by it."""
    from gpupods import Fleet
    from gpupods._journal import CreateJournal
    from gpupods.mock import Fault

    clouds, env = served
    provider = PROVIDERS[0]
    cloud = clouds.cloud(provider)
    writes = {
        name
        for api in cloud.apis.values()
        for name, op in getattr(getattr(api, "spec", None), "operations", {}).items()
        if op.method.upper() != "GET"
    }
    cloud.faults.add(Fault.latency(30, after_accept=True), routes=writes)  # the pod exists; its answer is late
    state = str(tmp_path)
    demo = REGISTRY[provider].demo
    process = subprocess.Popen(
        [_script(), "create", "--name", "orphan", "--gpu", demo.gpu, "--image", demo.image, "-p", provider],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**env, "GPUPODS_STATE_DIR": state},
    )
    try:
        deadline = time.monotonic() + LINE_TIMEOUT
        while not clouds.live_pods() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # bounded polling: until the provider holds the pod
        assert clouds.live_pods(), "the create never reached the provider"
        process.kill()
        process.wait(timeout=LINE_TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
    cloud.faults.clear()
    [(_, orphan_id, _)] = clouds.live_pods()
    journal = CreateJournal(os.path.join(state, "creates"))
    assert len(journal.records()) == 1
    with Fleet.from_env(providers=PROVIDERS, journal=journal) as fleet:
        first = fleet.reap(leftover_grace=3600)
        assert [(i.kind, i.pod_id) for i in first.items] == [("leftover", orphan_id)]
        second = fleet.reap(leftover_grace=0)
        assert [i.pod_id for i in second.terminated] == [orphan_id]
    assert clouds.live_pods() == [] and journal.records() == []


def _lines(stream: IO[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_the_reaper_loop_stops_cleanly_on_sigterm_and_on_sigint(served: tuple[MockClouds, dict[str, str]]) -> None:
    """Two ``reap --loop`` processes at once (one per signal): each prints a pass, gets its
    signal, says it stops after the pass under way, and exits 0."""
    _, env = served
    signals = (signal.SIGTERM, signal.SIGINT)
    processes = [
        subprocess.Popen(
            [_script(), "reap", "--loop", "30s", "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            # a test runner started in the background may ignore SIGINT; a reaper must not
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        for _ in signals
    ]
    try:
        for process, signum in zip(processes, signals, strict=True):
            first = json.loads(_lines(process.stdout).get(timeout=LINE_TIMEOUT))  # type: ignore[arg-type]
            assert first["dry_run"] is False and first["failed"] == {}  # a pass ran: the loop is up
            process.send_signal(signum)
        for process, signum in zip(processes, signals, strict=True):
            code = process.wait(timeout=LINE_TIMEOUT)
            err = process.stderr.read()  # type: ignore[union-attr]
            assert code == 0, err
            assert f"{signal.Signals(signum).name}: stopping after this pass" in err
            assert err.rstrip().endswith("reaper: stopped")
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()


def test_ls_shows_expiry_idle_time_and_cost(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "--mock", "ls")
    assert code == 0, err
    header = out.splitlines()[0].split()
    assert {"EXPIRES", "IDLE", "COST"} <= set(header)
    code, out, err = cli(capsys, "--mock", "ls", "--json")
    for pod in json.loads(out):
        assert {"lease", "expires_at", "idle_seconds", "cost_so_far", "stopped_price_per_hour"} <= set(pod)


@pytest.mark.parametrize("provider", [p for p in PROVIDERS if backend_class(p).capabilities.start_stop])
def test_stop_says_what_the_stopped_pod_keeps_costing(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    demo = REGISTRY[provider].demo
    code, out, err = cli(capsys, "--mock", "stop", demo.name, "-p", provider, "--json")
    assert code == 0, err
    rate = json.loads(out)["stopped_price_per_hour"]
    code, out, err = cli(capsys, "--mock", "stop", demo.name, "-p", provider)  # the same seeded mock again
    assert code == 0, err
    if rate is None:
        assert "does not say what a stopped pod's storage costs" in err
    else:
        assert f"keeps costing ${rate * 730:.2f}/month" in err


def test_cost_shows_estimates_beside_billing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "--mock", "cost", "--since", "2h", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert {p["provider"] for p in document["pods"]} == set(PROVIDERS)
    for entry in document["providers"]:
        caps = backend_class(entry["provider"]).capabilities
        assert (entry["billed"] is not None) == caps.billing
        assert ("billing" in entry["errors"]) == (not caps.billing)
        assert (entry["balance"] is not None) == caps.balance
    code, out, err = cli(capsys, "--mock", "cost")
    assert code == 0, err
    assert "ESTIMATE" in out and "BILLED" in out and "your pods cost $" in out


def test_a_create_over_the_spend_cap_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(
        capsys, "--mock", "create", "--name", "x", "--gpu", "H100", "-p", PROVIDERS[0], "--max-spend-per-hour", "1"
    )
    assert code == EXIT_BUDGET
    assert "over the cap of $1.00/h" in err and "no pod was created" in err


def test_durations_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "--mock", "create", "--name", "x", "--gpu", "H100", "--ttl", "soon")
    assert code == 2 and "not a duration" in err
    code, _, err = cli(capsys, "--mock", "reap", "--loop", "0s")
    assert code == 2 and "positive duration" in err


def test_providers_say_which_guardrails_each_api_allows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "providers", "--json")
    assert code == 0, err
    for row in json.loads(out):
        caps = backend_class(row["provider"]).capabilities
        assert (row["rename"], row["gpu_utilisation"], row["billing"], row["balance"]) == (
            caps.rename,
            caps.gpu_utilisation,
            caps.billing,
            caps.balance,
        )
