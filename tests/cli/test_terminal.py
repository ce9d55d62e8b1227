"""The real ``gpupods`` in a pseudo-terminal, at the widths people use: what they see, the
questions it asks, Ctrl-C. Nothing here waits for a moment to pass: every step waits (bounded)
for what the terminal shows or for what the mock clouds were asked."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator

import pytest
from gpupods.mock import Fault, Lifecycle, MockClouds, RealClock

from ._terminal import Terminal, as_at_a_terminal, clean_env, script

WIDTHS = (80, 200)


def _pods(env: dict[str, str], *args: str) -> list[dict[str, object]]:
    done = subprocess.run([script(), "--json", *args], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("columns", WIDTHS)
def test_ls_shows_every_column_whole_at_the_terminal_width(columns: int) -> None:
    term = Terminal(["ls", "--mock"], columns, clean_env())
    assert term.finish() == 0
    shown = term.lines()
    assert all(len(line.rstrip()) <= columns for line in shown), "\n".join(shown)
    words = term.text.split()
    for header in ("PROVIDER", "NAME", "STATUS", "GPU", "$/H"):
        assert header in words
    rows = [line for line in shown if "demo-" in line]
    assert len(rows) == 3
    for provider, name in (("runpod", "demo-runpod"), ("primeintellect", "demo-prime"), ("novita", "demo-novita")):
        row = next(line for line in rows if f" {name} " in f" {line} ")
        assert provider in row.split() and "running" in row.split() and "H100_80GB" in row
    # Ids and ssh commands are whole (the mocks' pods are new each run: take them from the text itself).
    assert sum(1 for line in shown if " ssh root@127.0.0.1 -p " in f" {line}") == 3
    for line in shown:
        if "ssh root@" in line:
            assert line.rstrip().split()[-1].isdigit()  # the port is not cut
    if columns >= 200:
        assert all(len(r.split()) >= 8 for r in rows)  # one row per pod: id, price and ssh on it


@pytest.mark.parametrize("columns", WIDTHS)
def test_offers_fit_the_terminal_and_keep_the_offer_id(columns: int) -> None:
    term = Terminal(["offers", "H100", "--mock", "--limit", "50"], columns, clean_env())
    assert term.finish() == 0
    shown = term.lines()
    table = [line for line in shown if line.startswith(("runpod", "primeintellect", "novita"))]
    assert table and all(len(line.rstrip()) <= columns for line in shown)
    offers = _pods(clean_env(), "offers", "H100", "--mock", "--limit", "50")
    assert {o["id"] for o in offers} == {line.split()[-1] for line in table}
    assert any("SXM" in line for line in table) and any("PCIe" in line for line in table)
    if columns == 80:
        assert "not shown at 80 columns: REGION" in term.text


@pytest.mark.parametrize("columns", WIDTHS)
def test_gpus_and_providers_fit_the_terminal(columns: int) -> None:
    for command in (["gpus"], ["providers"]):
        term = Terminal(command, columns, clean_env())
        assert term.finish() == 0
        assert all(len(line.rstrip()) <= columns for line in term.lines()), term.text
    wide = Terminal(["gpus"], 200, clean_env())
    assert wide.finish() == 0
    assert any("NVIDIA H100 80GB HBM3, NVIDIA H100 PCIe" in line for line in wide.lines())


@pytest.mark.parametrize("columns", WIDTHS)
def test_help_uses_the_terminal_width_and_lists_the_global_options(columns: int) -> None:
    term = Terminal(["create", "--help"], columns, clean_env())
    assert term.finish() == 0
    shown = term.lines()
    assert "Global options (anywhere on the line):" in term.text
    assert all(len(line) <= columns for line in shown)
    longest = max(len(line) for line in shown)
    assert longest > 80 if columns == 200 else longest <= 80


@pytest.fixture
def slow_clouds() -> Iterator[tuple[MockClouds, dict[str, str]]]:
    """Loopback mock clouds whose pods stay provisioning for an hour (a wait never ends by itself)."""
    lifecycle = Lifecycle(provisioning=3600, pulling=3600, starting=3600)
    with MockClouds(clock=RealClock(), lifecycle=lifecycle, api_keys=["term-key"]) as clouds, clouds.serve() as urls:
        env = clean_env(
            RUNPOD_API_KEY="term-key",
            PRIME_API_KEY="term-key",
            NOVITA_API_KEY="term-key",
            GPUPODS_RUNPOD_URL=urls["runpod"],
            GPUPODS_PRIMEINTELLECT_URL=urls["primeintellect"],
            GPUPODS_NOVITA_URL=urls["novita"],
        )
        yield clouds, env


def test_the_wait_line_shows_phase_time_and_timeout(slow_clouds) -> None:
    _, env = slow_clouds
    pod = _pods(env, "create", "--name", "watched", "--gpu", "H100", "-p", "runpod")
    term = Terminal(["wait", str(pod["id"]), "-p", "runpod", "--timeout", "600"], 200, env)
    term.wait_for("waiting for runpod pod watched to be running and reachable: ")
    term.wait_for("provisioning (PROVISIONING)")
    term.wait_for("s of 600s")
    term.interrupt()
    assert term.finish() == 130


@pytest.mark.parametrize("command", ["wait", "create"])
def test_ctrl_c_while_waiting_says_the_pod_still_bills_and_how_to_remove_it(slow_clouds, command: str) -> None:
    clouds, env = slow_clouds
    if command == "wait":
        pod = _pods(env, "create", "--name", "billed", "--gpu", "H100", "-p", "novita")
        args = ["wait", "billed"]
    else:
        args = ["create", "--name", "billed", "--gpu", "H100", "-p", "novita", "--wait"]
    term = Terminal(args, 80, env)
    term.wait_for("waiting for novita pod billed")
    term.interrupt()
    assert term.finish() == 130
    (live,) = [p for p in clouds.live_pods() if p[2].startswith("billed")]
    pod_id = live[1]
    said = " ".join(term.text.split())
    assert f"novita pod {pod_id} (billed) still exists and is billed" in said
    assert f"gpupods rm {pod_id} -p novita" in said
    if command == "wait":
        assert pod_id == pod["id"]


def test_ctrl_c_without_a_terminal_is_a_json_error_naming_the_pod(slow_clouds) -> None:
    clouds, env = slow_clouds
    args = ["--name", "piped", "--gpu", "H100", "--image", "ubuntu_22_cuda_12", "-p", "primeintellect"]
    pod = _pods(env, "create", *args)
    child = subprocess.Popen(
        as_at_a_terminal([script(), "--json", "wait", str(pod["id"]), "-p", "primeintellect"]),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 120
    # Prime Intellect's batch status call is made by the wait loop only: once it was answered, the CLI is waiting.
    while clouds.primeintellect.served["get_pod_status"] == 0:
        assert time.monotonic() < deadline and child.poll() is None, "the CLI never polled the pod"
        time.sleep(0.05)
    child.send_signal(2)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 130 and out == "", err
    error = json.loads(err)["error"]
    assert error["exit_code"] == 130 and error["type"] == "Interrupted"
    assert pod["id"] in error["message"] and "still exists and is billed" in error["message"]
    assert error["hint"] == f"remove it with: gpupods rm {pod['id']} -p primeintellect"


def test_rm_asks_first_at_a_terminal(slow_clouds) -> None:
    clouds, env = slow_clouds
    pod = _pods(env, "create", "--name", "keep", "--gpu", "H100", "-p", "runpod")
    term = Terminal(["rm", "keep"], 80, env)
    term.wait_for("terminate 1 pod? [y/N]")
    assert f"keep  (runpod {pod['id']}" in term.text
    term.type("n\n")
    assert term.finish() == 130
    assert [p[1] for p in clouds.live_pods()] == [pod["id"]]
    term = Terminal(["rm", "keep"], 80, env)
    term.wait_for("[y/N]")
    term.type("y\n")
    assert term.finish() == 0
    assert clouds.live_pods() == []


def test_rm_yes_does_not_ask(slow_clouds) -> None:
    clouds, env = slow_clouds
    _pods(env, "create", "--name", "gone", "--gpu", "H100", "-p", "runpod")
    term = Terminal(["rm", "gone", "--yes"], 80, env)
    assert term.finish() == 0
    assert "[y/N]" not in term.text and "terminated runpod pod" in term.text
    assert clouds.live_pods() == []


def test_ctrl_c_during_create_removes_the_pod_it_made_and_says_so(slow_clouds) -> None:
    clouds, env = slow_clouds
    # RunPod makes the pod, then its answer is late: Ctrl-C lands while the create is in flight.
    clouds.faults("runpod").add(Fault.latency(600, after_accept=True), routes="create_pod", times=1)
    term = Terminal(["create", "--name", "late", "--gpu", "H100", "-p", "runpod"], 80, env)
    deadline = time.monotonic() + 120
    while not clouds.live_pods():  # the provider has made the pod
        assert time.monotonic() < deadline and term.proc.poll() is None, term.text
        time.sleep(0.05)
    term.interrupt()
    assert term.finish() == 130
    said = " ".join(term.text.split())
    assert "interrupted while creating late" in said and "was terminated" in said
    assert clouds.live_pods() == []
