"""The ``gpupods`` CLI through its real entry point (``gpupods.cli.main``, and the installed
console script in a subprocess), against the mock clouds: in-process with ``--mock``, and
on loopback servers reached through the same environment variables a user sets."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator

import pytest
from gpupods.cli import (
    EXIT_API,
    EXIT_CONFIG,
    EXIT_CREATE_FAILED,
    EXIT_INVALID_SPEC,
    EXIT_NOT_FOUND,
    EXIT_NOT_READY,
    EXIT_UNSUPPORTED,
    EXIT_USAGE,
    hoist_global_options,
    main,
)
from gpupods.mock import Fault, Lifecycle, MockClouds, RealClock

KEY_VARS = ("RUNPOD_API_KEY", "PRIME_API_KEY", "NOVITA_API_KEY", "LAMBDA_API_KEY")
URL_VARS = ("GPUPODS_RUNPOD_URL", "GPUPODS_PRIMEINTELLECT_URL", "GPUPODS_NOVITA_URL", "GPUPODS_LAMBDA_URL")

POD_KEYS = {"provider", "id", "name", "status", "provider_status", "gpu", "gpu_count", "image", "price_per_hour",
            "created_at", "started_at", "ssh", "ports", "spot", "spot_status", "region", "volumes"}  # fmt: skip
# added with leases and costs (keys are only ever added)
POD_KEYS |= {"lease", "expires_at", "idle_seconds", "gpu_utilisation", "cost_so_far", "stopped_price_per_hour"}
OFFER_KEYS = {
    "provider",
    "gpu",
    "gpu_provider_id",
    "memory_gb",
    "count",
    "price_per_hour",
    "spot_price_per_hour",
    "region",
    "stock",
    "id",
    "variant",
    "vcpus",
    "ram_gb",
    "disk_gb",
    "regions",
}


@pytest.fixture(autouse=True)
def _no_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with no provider configured, whatever the developer's shell has."""
    for name in KEY_VARS + URL_VARS:
        monkeypatch.delenv(name, raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


def gpupods(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def json_of(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = gpupods(capsys, *args)
    assert code == 0, err
    return json.loads(out)


# -- global options ---------------------------------------------------------------------------


def test_global_options_are_accepted_after_the_command() -> None:
    assert hoist_global_options(["ls", "--mock", "--json", "-p", "novita"]) == [
        "--mock",
        "--json",
        "-p",
        "novita",
        "ls",
    ]
    assert hoist_global_options(["show", "x", "--provider=runpod"]) == ["--provider=runpod", "show", "x"]
    assert hoist_global_options(["create", "--", "--json"]) == ["create", "--", "--json"]


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = gpupods(capsys, "--help")
    assert code == 0
    for command in ("offers", "ls", "show", "create", "wait", "ssh", "start", "stop", "restart", "rm", "logs",
                    "endpoints", "mock", "providers"):  # fmt: skip
        assert f"  {command} " in out


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "ls", "--colour")
    assert code == EXIT_USAGE
    assert "--colour" in err


def test_unknown_provider_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "--mock", "ls", "-p", "vastai")
    assert code == EXIT_USAGE
    assert "unknown provider 'vastai'" in err


# -- --mock, --json -----------------------------------------------------------------------------


def test_ls_json_lists_the_seeded_pods_in_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    pods = json_of(capsys, "ls", "--mock", "--json")
    assert isinstance(pods, list)
    assert sorted(p["provider"] for p in pods) == ["lambda", "novita", "primeintellect", "runpod"]
    for pod in pods:
        assert set(pod) == POD_KEYS
        assert pod["status"] == "running"
        ssh = pod["ssh"]
        port = f" -p {ssh['port']}" if ssh["port"] != 22 else ""  # the standard port goes unsaid
        assert ssh["command"] == f"ssh {ssh['user']}@{ssh['host']}{port}"
        assert pod["price_per_hour"] > 0


def test_provider_filter_limits_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    pods = json_of(capsys, "--mock", "--json", "--provider", "novita", "ls")
    assert [p["provider"] for p in pods] == ["novita"]


def test_offers_are_filtered_and_cheapest_first(capsys: pytest.CaptureFixture[str]) -> None:
    offers = json_of(capsys, "offers", "H100", "--max-price", "2.5", "--mock", "--json", "--limit", "100")
    assert offers, "the seeded catalogs have H100s under $2.5/h"
    prices = [o["price_per_hour"] for o in offers]
    assert prices == sorted(prices)
    assert all(set(o) == OFFER_KEYS for o in offers)
    assert all(o["gpu"].startswith("H100") and o["price_per_hour"] <= 2.5 for o in offers)
    assert {o["provider"] for o in offers} == {"runpod", "primeintellect", "novita", "lambda"}


def test_spot_offers_carry_a_spot_price(capsys: pytest.CaptureFixture[str]) -> None:
    offers = json_of(capsys, "--mock", "--json", "offers", "--spot", "-p", "novita")
    assert offers
    assert all(o["provider"] == "novita" and o["spot_price_per_hour"] is not None for o in offers)


def test_show_and_ssh_find_a_pod_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    pod = json_of(capsys, "--mock", "--json", "show", "demo-runpod")
    assert pod["name"] == "demo-runpod" and pod["provider"] == "runpod"
    code, out, _ = gpupods(capsys, "--mock", "ssh", "demo-novita", "--print")
    assert code == 0
    argv = shlex.split(out)
    assert argv[0] == "ssh" and argv[-1] == "root@127.0.0.1" and argv[-3] == "-p" and argv[-2].isdigit()
    assert any(a.startswith("HostKeyAlias=gpupods.novita.") for a in argv) and "-i" in argv
    ssh = json_of(capsys, "--mock", "--json", "ssh", "demo-prime")
    assert ssh["provider"] == "primeintellect" and ssh["user"] == "root" and isinstance(ssh["port"], int)
    assert ssh["argv"][0] == "ssh" and ssh["argv"][-1] == "root@127.0.0.1"


def test_create_and_wait_returns_a_reachable_pod(capsys: pytest.CaptureFixture[str]) -> None:
    pod = json_of(capsys, "--mock", "--json", "create", "--name", "train", "--gpu", "H100", "-p", "novita", "--wait",
                  "--env", "WANDB_MODE=offline")  # fmt: skip
    assert pod["provider"] == "novita" and pod["name"] == "train"
    assert pod["status"] == "running" and pod["ssh"] is not None


def test_stop_start_and_rm(capsys: pytest.CaptureFixture[str]) -> None:
    stopped = json_of(capsys, "--mock", "--json", "stop", "demo-runpod")
    assert stopped["status"] in ("stopping", "stopped")
    restarted = json_of(capsys, "--mock", "--json", "restart", "demo-novita", "-p", "novita")
    assert restarted["provider"] == "novita" and restarted["name"] == "demo-novita"
    removed = json_of(capsys, "--mock", "--json", "rm", "demo-runpod", "demo-prime")
    assert [(r["provider"], r["terminated"]) for r in removed] == [("runpod", True), ("primeintellect", True)]


def test_start_on_a_running_pod_and_stop_on_a_stopped_one_change_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = gpupods(capsys, "--mock", "start", "demo-novita")  # it is running already
    assert code == 0 and "is already running" in err and "demo-novita" in out
    with (
        MockClouds(clock=RealClock(), providers=("runpod",)) as clouds,
        clouds.serve() as urls,
        _environ({"RUNPOD_API_KEY": "mock-api-key-not-secret", "GPUPODS_RUNPOD_URL": urls["runpod"]}),
    ):
        created = json_of(capsys, "--json", "create", "--name", "idle", "--gpu", "H100")
        json_of(capsys, "--json", "stop", "idle")
        stops = clouds.runpod.v2.served["run_pod_action"]
        code, out, err = gpupods(capsys, "stop", "idle")
        again = json_of(capsys, "--json", "stop", created["id"], "-p", "runpod")
        listed = gpupods(capsys, "ls")[1]
    assert code == 0 and "is already stopped" in err
    assert again["status"] == "stopped" and clouds.runpod.v2.served["run_pod_action"] == stops
    row = next(line for line in listed.splitlines() if " idle " in line)
    assert " - " in row and "$" not in row  # a stopped pod does not show its running price


def test_logs(capsys: pytest.CaptureFixture[str]) -> None:
    logs = json_of(capsys, "--mock", "--json", "logs", "demo-runpod", "--tail", "5")
    assert logs["provider"] == "runpod" and isinstance(logs["lines"], list) and len(logs["lines"]) <= 5


def test_tables_for_people_keep_ids_whole_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = gpupods(capsys, "--mock", "ls")
    assert code == 0
    pods = json_of(capsys, "--mock", "--json", "ls")
    for pod in pods:
        assert pod["id"] in out and pod["ssh"]["command"].rsplit(" ", 1)[0] in out
    assert "\x1b[" not in out  # no colour codes into a pipe


def test_providers_table_shows_capabilities(capsys: pytest.CaptureFixture[str]) -> None:
    rows = {r["provider"]: r for r in json_of(capsys, "--json", "providers")}
    assert rows["primeintellect"]["start_stop"] is False
    assert rows["runpod"]["serverless"] is True and rows["runpod"]["configured"] is False


# -- errors people see -----------------------------------------------------------------------------


def test_missing_key_names_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = gpupods(capsys, "ls", "--provider", "runpod")
    assert code == EXIT_CONFIG and out == ""
    lines = err.strip().splitlines()
    assert len(lines) <= 2
    assert "RUNPOD_API_KEY" in lines[0]
    assert "--mock" in lines[-1]
    assert "Traceback" not in err


def test_missing_keys_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "ls")
    assert code == EXIT_CONFIG
    assert all(var in err for var in KEY_VARS)


def test_errors_are_json_on_stderr_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = gpupods(capsys, "ls", "--json", "-p", "novita")
    assert code == EXIT_CONFIG and out == ""
    error = json.loads(err)["error"]
    assert error["type"] == "ConfigurationError" and error["exit_code"] == EXIT_CONFIG
    assert "NOVITA_API_KEY" in error["message"]


def test_unsupported_operation_names_provider_and_operation(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "--mock", "stop", "demo-prime")
    assert code == EXIT_UNSUPPORTED
    first, hint = err.strip().splitlines()
    assert "Prime Intellect does not support stop" in first
    assert "gpupods providers" in hint


def test_serverless_on_a_provider_without_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "--mock", "-p", "novita", "endpoints", "ls")
    assert code == EXIT_UNSUPPORTED
    assert "serverless endpoints" in err and "RUNPOD_API_KEY" in err


def test_invalid_pod_spec_names_the_field_and_sends_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with MockClouds(clock=RealClock(), providers=("novita",)) as clouds, clouds.serve() as urls:
        env = {"NOVITA_API_KEY": "k", "GPUPODS_NOVITA_URL": urls["novita"]}
        with _environ(env):
            code, _, err = gpupods(capsys, "create", "--name", "bad name!", "--gpu", "H100")
        assert clouds.novita.requests == 0
    assert code == EXIT_INVALID_SPEC
    assert "invalid pod spec: name" in err and "nothing was sent" in err


def test_invalid_endpoint_spec(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "--mock", "endpoints", "create", "--name", "lb", "--image", "me/lb:1", "--gpu",
                           "AMPERE_80", "--type", "LOAD_BALANCER", "--scaling", "QUEUE_DELAY")  # fmt: skip
    assert code == EXIT_INVALID_SPEC
    assert "REQUEST_COUNT" in err and "nothing was sent" in err


def test_endpoints_create_ls_rm(capsys: pytest.CaptureFixture[str]) -> None:
    with (
        MockClouds(clock=RealClock(), providers=("runpod",)) as clouds,
        clouds.serve() as urls,
        _environ({"RUNPOD_API_KEY": "mock-api-key-not-secret", "GPUPODS_RUNPOD_URL": urls["runpod"]}),
    ):
        created = json_of(
            capsys,
            "--json",
            "endpoints",
            "create",
            "--name",
            "infer",
            "--image",
            "me/infer:1",
            "--gpu",
            "AMPERE_80",
            "--workers-max",
            "5",
        )
        listed = json_of(capsys, "--json", "endpoints", "ls")
        removed = json_of(capsys, "--json", "endpoints", "rm", created["id"])
        left = json_of(capsys, "--json", "endpoints", "ls")
    assert created["name"] == "infer" and created["workers_max"] == 5 and created["scaling"] == "QUEUE_DELAY"
    assert [e["id"] for e in listed] == [created["id"]] and left == []
    assert removed == [{"id": created["id"], "deleted": True}]


def test_unknown_pod(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "--mock", "show", "no-such-pod")
    assert code == EXIT_NOT_FOUND
    assert "no pod 'no-such-pod'" in err


# -- on loopback servers, state shared across invocations -----------------------------------------------


class _environ:
    def __init__(self, values: dict[str, str]) -> None:
        self.values, self.saved = values, {}

    def __enter__(self) -> None:
        self.saved = {k: os.environ.get(k) for k in self.values}
        os.environ.update(self.values)

    def __exit__(self, *exc: object) -> None:
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def served_env():
    """The mock clouds on loopback with fast real-time lifecycles, and the variables that
    point the CLI at them (what `gpupods mock serve` prints)."""
    lifecycle = Lifecycle(provisioning=0.2, pulling=0.1, starting=0.1, sshd_delay=0.1, stopping=0.1, terminating=0.1)
    clouds = MockClouds(clock=RealClock(), lifecycle=lifecycle, api_keys=["cli-test-key"])
    with clouds, clouds.serve() as urls:
        env = {"RUNPOD_API_KEY": "cli-test-key", "PRIME_API_KEY": "cli-test-key", "NOVITA_API_KEY": "cli-test-key",
               "GPUPODS_RUNPOD_URL": urls["runpod"], "GPUPODS_PRIMEINTELLECT_URL": urls["primeintellect"],
               "GPUPODS_NOVITA_URL": urls["novita"]}  # fmt: skip
        with _environ(env):
            yield clouds


def test_a_session_across_invocations(served_env: MockClouds, capsys: pytest.CaptureFixture[str]) -> None:
    assert json_of(capsys, "--json", "ls") == []
    created = json_of(capsys, "--json", "create", "--name", "job", "--gpu", "H100", "-p", "runpod")
    assert [p["id"] for p in json_of(capsys, "--json", "ls")] == [created["id"]]
    code, out, err = gpupods(capsys, "--json", "wait", "job", "--timeout", "60")
    ready = json.loads(out)
    assert code == 0 and ready["status"] == "running" and ready["ssh"]["port"] > 0
    assert err == ""  # no progress display when the output is not a terminal
    assert json_of(capsys, "--json", "stop", created["id"], "-p", "runpod")["provider"] == "runpod"
    json_of(capsys, "--json", "rm", "job")
    assert served_env.live_pods() == []


def test_wait_timeout_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    lifecycle = Lifecycle(provisioning=3600)  # the pod cannot be ready before the timeout, however slow the machine
    with (
        MockClouds(clock=RealClock(), lifecycle=lifecycle, providers=("novita",)) as clouds,
        clouds.serve() as urls,
        _environ({"NOVITA_API_KEY": "mock-api-key-not-secret", "GPUPODS_NOVITA_URL": urls["novita"]}),
    ):
        created = json_of(capsys, "--json", "create", "--name", "slow", "--gpu", "H100", "-p", "novita")
        code, _, err = gpupods(capsys, "wait", created["id"], "-p", "novita", "--timeout", "0.01")
        json_of(capsys, "--json", "rm", created["id"], "-p", "novita")
    assert code == EXIT_NOT_READY
    assert "still exists and is billed" in err


def test_a_wrong_key_is_an_api_error_that_does_not_show_the_key(
    served_env: MockClouds, capsys: pytest.CaptureFixture[str]
) -> None:
    with _environ({"RUNPOD_API_KEY": "wrong-secret-4f9a2c"}):
        code, out, err = gpupods(capsys, "ls", "-p", "runpod")
    assert code == EXIT_API and out == ""
    assert "401" in err and "wrong-secret-4f9a2c" not in err


# -- the installed command ----------------------------------------------------------------------------


def _script() -> str:
    found = shutil.which("gpupods", path=os.path.dirname(sys.executable)) or shutil.which("gpupods")
    assert found, "the gpupods console script is installed with the package"
    return found


def test_console_script_runs_in_a_fresh_process() -> None:
    env = {k: v for k, v in os.environ.items() if k not in KEY_VARS + URL_VARS}
    helped = subprocess.run([_script(), "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert helped.returncode == 0 and "offers" in helped.stdout
    listed = subprocess.run([_script(), "ls", "--mock", "--json"], capture_output=True, text=True, env=env,
                            timeout=120)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 4
    missing = subprocess.run([_script(), "ls"], capture_output=True, text=True, env=env, timeout=60)
    assert missing.returncode == EXIT_CONFIG and "Traceback" not in missing.stderr


def test_help_does_not_import_the_http_stack() -> None:
    code = "import sys; from gpupods.cli import main; main(['--help']); print(sorted(m for m in sys.modules" \
           " if m.split('.')[0] in ('httpx', 'gpupods_clients', 'rich')))"  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_demo_ends_with_no_pods_left() -> None:
    from io import StringIO

    from gpupods.demo import run
    from rich.console import Console

    buffer = StringIO()
    assert run(Console(file=buffer, width=200)) == 0
    text = buffer.getvalue()
    assert "pods left: 0" in text
    assert "RunPod has 1 pod" in text  # the dropped answer did not create a second pod
    assert text.count("gone (terminated)") == 2


# -- what a newcomer runs into (issue: a CLI that never surprises) ---------------------------------------

#: Invocations that are usage errors, each with a word the message must name.
USAGE_ERRORS = [
    (["nosuch"], "nosuch"),
    (["ls", "--colour"], "--colour"),
    (["-p", "vastai", "ls"], "vastai"),
    (["offers", "-n", "0"], "--count"),
    (["offers", "--limit", "x"], "--limit"),
    (["show"], "POD"),
    (["create", "--name", "x"], "--gpu"),
    (["create", "--name", "x", "--offer", "H100"], "offer id"),
    (["create", "--name", "x", "--gpu", "H100", "--offer", "runpod-1a2b3c4d"], "not both"),
    (["create", "--name", "x", "--gpu", "H100", "--env", "NOEQUALS"], "KEY=VALUE"),
    (["offers", "H1000"], "did you mean"),
    (["endpoints", "create", "--name", "e", "--image", "i:1", "--gpu", "H100"], "not a pool"),
    (["mock", "serve", "--port", "ninety"], "--port"),
    (["completion", "tcsh"], "tcsh"),
    (["reap", "--idle-threshold", "101"], "--idle-threshold"),
]


@pytest.mark.parametrize(("args", "named"), USAGE_ERRORS, ids=[" ".join(a) for a, _ in USAGE_ERRORS])
def test_every_usage_error_is_json_with_json(capsys: pytest.CaptureFixture[str], args: list[str], named: str) -> None:
    for position in ("front", "back"):
        argv = ["--json", "--mock", *args] if position == "front" else [*args, "--mock", "--json"]
        code, out, err = gpupods(capsys, *argv)
        assert code == EXIT_USAGE and out == "", argv
        document = json.loads(err)  # one JSON document, nothing else
        error = document["error"]
        assert set(error) == {"type", "message", "exit_code", "hint"} and error["exit_code"] == EXIT_USAGE
        assert named.lower() in error["message"].lower(), error
        assert "--help" in error["hint"]
    code, _, err = gpupods(capsys, "--mock", *args)
    assert code == EXIT_USAGE and not err.lstrip().startswith("{")


def test_subcommand_help_shows_the_global_options_and_no_python_types(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [
        ["offers"],
        ["ls"],
        ["show"],
        ["create"],
        ["wait"],
        ["ssh"],
        ["start"],
        ["stop"],
        ["restart"],
        ["rm"],
        ["logs"],
        ["providers"],
        ["gpus"],
        ["completion"],
        ["endpoints"],
        ["endpoints", "ls"],
        ["endpoints", "create"],
        ["endpoints", "rm"],
        ["mock", "serve"],
        ["doctor"],
        ["reap"],
        ["cost"],
        ["extend"],
    ]
    for command in commands:
        code, out, _ = gpupods(capsys, *command, "--help")
        assert code == 0, command
        assert "Global options" in out and "--json" in out and "--mock" in out and "-p, --provider" in out, command
        usage = out.splitlines()[0]
        assert "{" not in usage and "<" not in out and "list[" not in out, (command, usage)


def test_unknown_gpu_gets_did_you_mean_and_no_advice_about_options_not_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = gpupods(capsys, "--mock", "create", "--name", "x", "--gpu", "RTX4900")
    assert code == EXIT_USAGE and "did you mean 'RTX4090'" in err and "gpupods gpus" in err
    code, out, err = gpupods(capsys, "--mock", "offers", "H100", "--max-price", "0.01")
    assert code == 0 and out == "" and "--max-price" in err and "--region" not in err and "--count" not in err
    code, out, err = gpupods(capsys, "--mock", "offers", "B300")
    assert code == 0 and "no B300 offer right now" in err and "try without" not in err


def test_gpus_lists_canonical_names_with_provider_ids(capsys: pytest.CaptureFixture[str]) -> None:
    from gpupods import gpus

    rows = json_of(capsys, "--json", "gpus")
    assert [r["name"] for r in rows] == [m.name for m in gpus.CATALOG]
    h100 = next(r for r in rows if r["name"] == "H100_80GB")
    assert "NVIDIA H100 PCIe" in h100["runpod_ids"] and h100["primeintellect_ids"] == ["H100_80GB"]
    from gpupods.registry import REGISTRY

    for row, model in zip(rows, gpus.CATALOG, strict=True):  # every provider's ids, from its backend's table
        assert row["provider_ids"] == {name: gpus.provider_ids()[name].ids_of(model) for name in REGISTRY}
        assert (row["runpod_ids"], row["primeintellect_ids"]) == (
            row["provider_ids"]["runpod"],
            row["provider_ids"]["primeintellect"],
        )
    code, out, _ = gpupods(capsys, "gpus")
    assert code == 0 and "NVIDIA H100 80GB HBM3" in out and "RTX4090_24GB" in out


def test_create_on_one_exact_offer(capsys: pytest.CaptureFixture[str]) -> None:
    offers = json_of(capsys, "--mock", "--json", "offers", "H100 PCIe", "-p", "runpod")
    offer = offers[-1]  # not the cheapest: the offer named is the one used
    assert offer["variant"] == "PCIe"
    pod = json_of(capsys, "--mock", "--json", "create", "--name", "exact", "--offer", offer["id"])
    assert pod["provider"] == "runpod" and pod["gpu"] == "H100_80GB"
    code, _, err = gpupods(capsys, "--mock", "create", "--name", "exact", "--offer", "runpod-00000000")
    assert code == EXIT_CREATE_FAILED and "no longer offered" in err


def test_create_falls_back_past_a_provider_that_cannot_run_the_image(capsys: pytest.CaptureFixture[str]) -> None:
    with MockClouds(clock=RealClock()) as clouds, clouds.serve() as urls:
        clouds.faults("runpod").add(Fault.status(403), routes="create_pod")
        env = {
            "RUNPOD_API_KEY": "mock-api-key-not-secret",
            "PRIME_API_KEY": "mock-api-key-not-secret",
            "NOVITA_API_KEY": "mock-api-key-not-secret",
            "GPUPODS_RUNPOD_URL": urls["runpod"],
            "GPUPODS_PRIMEINTELLECT_URL": urls["primeintellect"],
            "GPUPODS_NOVITA_URL": urls["novita"],
        }
        with _environ(env):
            pod = json_of(capsys, "--json", "create", "--name", "anywhere", "--gpu", "H100")
            code, _, err = gpupods(capsys, "create", "--name", "prime", "--gpu", "H100", "-p", "primeintellect")
    assert pod["provider"] == "novita"
    assert code == EXIT_INVALID_SPEC  # refused by the only provider asked, before any request
    assert "Prime Intellect cannot run 'pytorch/pytorch:latest'" in err and "extras" not in err
    assert "hint: fix --image" in err


def test_ls_with_one_provider_down_shows_the_others_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    with MockClouds(clock=RealClock(), lifecycle=Lifecycle.fast()) as clouds, clouds.serve() as urls:
        env = {
            "RUNPOD_API_KEY": "mock-api-key-not-secret",
            "PRIME_API_KEY": "mock-api-key-not-secret",
            "NOVITA_API_KEY": "mock-api-key-not-secret",
            "GPUPODS_RUNPOD_URL": urls["runpod"],
            "GPUPODS_PRIMEINTELLECT_URL": urls["primeintellect"],
            "GPUPODS_NOVITA_URL": urls["novita"],
        }
        with _environ(env):
            json_of(capsys, "--json", "create", "--name", "up", "--gpu", "H100", "-p", "novita")
            clouds.faults("runpod").add(Fault.status(503), routes="list_pods")
            code, out, err = gpupods(capsys, "ls")
            assert code == 0 and " up " in out and "warning: runpod did not answer" in err and "503" in err
            code, out, err = gpupods(capsys, "--json", "ls")
            assert code == 0 and [p["name"] for p in json.loads(out)] == ["up"]
            warning = json.loads(err.strip().splitlines()[0])["warning"]
            assert warning["provider"] == "runpod" and warning["type"] == "ProviderError"
            clouds.faults("primeintellect").add(Fault.status(503), routes="list_pods")
            clouds.faults("novita").add(Fault.status(503), routes="list_gpu_instances")
            code, out, err = gpupods(capsys, "ls")
            assert code == EXIT_API and out == ""


def test_rm_reports_every_pod_and_already_terminated_ones_count(capsys: pytest.CaptureFixture[str]) -> None:
    with (
        MockClouds(clock=RealClock(), providers=("novita",)) as clouds,
        clouds.serve() as urls,
        _environ({"NOVITA_API_KEY": "mock-api-key-not-secret", "GPUPODS_NOVITA_URL": urls["novita"]}),
    ):
        first = json_of(capsys, "--json", "create", "--name", "job3", "--gpu", "H100")
        code, out, err = gpupods(capsys, "--json", "rm", "job3", "nosuch")
        assert code == EXIT_NOT_FOUND
        assert json.loads(out) == [
            {
                "provider": None,
                "id": None,
                "name": "nosuch",
                "terminated": False,
                "error": "no pod 'nosuch' on novita",
            },
            {"provider": "novita", "id": first["id"], "name": "job3", "terminated": True},
        ]
        assert json.loads(err)["error"]["exit_code"] == EXIT_NOT_FOUND
        assert clouds.live_pods() == []
        hidden = json_of(capsys, "--json", "ls")
        shown = json_of(capsys, "--json", "ls", "--all")
        again = json_of(capsys, "--json", "rm", first["id"])  # still listed by Novita, as removing
    assert hidden == [] and [p["id"] for p in shown] == [first["id"]]
    assert again == [{"provider": "novita", "id": first["id"], "name": "job3", "terminated": True}]


def test_endpoints_rm_of_a_missing_id_is_not_found(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = gpupods(capsys, "--mock", "--json", "endpoints", "rm", "no-such-endpoint")
    assert code == EXIT_NOT_FOUND
    assert json.loads(out) == [{"id": "no-such-endpoint", "deleted": False, "error": "no endpoint 'no-such-endpoint'"}]
    code, _, err = gpupods(capsys, "--mock", "endpoints", "rm", "no-such-endpoint")
    assert code == EXIT_NOT_FOUND and "deleted" not in err


def test_mock_serve_port_error_is_gpupods_own_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = gpupods(capsys, "mock", "serve", "--port", "-5")
    assert code == EXIT_USAGE and out == ""
    assert "gpupods mock serve" in err and "python -m gpupods.mock" not in err


def test_completion_scripts_and_answers() -> None:
    env = {k: v for k, v in os.environ.items() if k not in KEY_VARS + URL_VARS}
    for shell in ("bash", "zsh", "fish"):
        done = subprocess.run([_script(), "completion", shell], capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0 and "_GPUPODS_COMPLETE" in done.stdout, shell
    asked = subprocess.run(
        [_script()],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(env, _GPUPODS_COMPLETE="complete_bash", COMP_WORDS="gpupods st", COMP_CWORD="1"),
    )
    assert asked.returncode == 0 and set(asked.stdout.split()) >= {"start", "stop"}


def test_mock_commands_build_only_what_they_use() -> None:
    """``ls --mock`` reads state: no SSH server is started (a command that waits gets them)."""
    code = (
        "import sys, contextlib, io; from gpupods.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): assert main(['ls', '--mock', '--json']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'asyncssh' or m.endswith('_rest_v1')"
        " or m.endswith('runpod._graphql'))[:3])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
