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
import time
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
from gpupods.mock import MOCK_API_KEY, Fault, Lifecycle, MockCloud, MockClouds, RealClock
from gpupods.registry import REGISTRY

from tests.providers import PROVIDERS, capabilities, demo_spec, providers_where, routes

KEY_VARS = tuple(entry.key_env for entry in REGISTRY.values())
URL_VARS = tuple(entry.url_env for entry in REGISTRY.values())
#: Providers that stop and start pods, restart them, report logs: one each for the CLI's commands.
STOPPABLE = providers_where(lambda c: c.start_stop)
RESTARTABLE = providers_where(lambda c: c.restart)

POD_KEYS = {"provider", "id", "name", "status", "provider_status", "gpu", "gpu_count", "image", "price_per_hour"}
POD_KEYS |= {"created_at", "started_at", "ssh", "ports", "spot", "spot_status", "region", "volumes"}
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


def demo(provider: str) -> str:
    """The name of the pod a ``--mock`` session starts with on ``provider``."""
    return REGISTRY[provider].demo.name


def mock_env(urls: dict[str, str], key: str = MOCK_API_KEY) -> dict[str, str]:
    """The variables that point the CLI at the served mock clouds (what `gpupods mock serve` prints)."""
    env = {REGISTRY[name].url_env: url for name, url in urls.items()}
    env.update({REGISTRY[name].key_env: key for name in urls})
    return env


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
    first, last = PROVIDERS[0], PROVIDERS[-1]
    assert hoist_global_options(["ls", "--mock", "--json", "-p", last]) == ["--mock", "--json", "-p", last, "ls"]
    assert hoist_global_options(["show", "x", f"--provider={first}"]) == [f"--provider={first}", "show", "x"]
    assert hoist_global_options(["create", "--", "--json"]) == ["create", "--", "--json"]


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = gpupods(capsys, "--help")
    assert code == 0
    commands = "offers ls show create wait ssh start stop restart rm logs endpoints mock providers"
    for command in commands.split():
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
    assert sorted(p["provider"] for p in pods) == sorted(PROVIDERS)
    for pod in pods:
        assert set(pod) == POD_KEYS
        assert pod["status"] == "running"
        ssh = pod["ssh"]
        port = f" -p {ssh['port']}" if ssh["port"] != 22 else ""  # the standard port goes unsaid
        assert ssh["command"] == f"ssh {ssh['user']}@{ssh['host']}{port}"
        assert pod["price_per_hour"] > 0


@pytest.mark.parametrize("provider", PROVIDERS)
def test_provider_filter_limits_every_command(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    pods = json_of(capsys, "--mock", "--json", "--provider", provider, "ls")
    assert [p["provider"] for p in pods] == [provider]


def test_offers_are_filtered_and_cheapest_first(capsys: pytest.CaptureFixture[str]) -> None:
    offers = json_of(capsys, "offers", "H100", "--max-price", "2.5", "--mock", "--json", "--limit", "100")
    assert offers, "the seeded catalogs have H100s under $2.5/h"
    prices = [o["price_per_hour"] for o in offers]
    assert prices == sorted(prices)
    assert all(set(o) == OFFER_KEYS for o in offers)
    assert all(o["gpu"].startswith("H100") and o["price_per_hour"] <= 2.5 for o in offers)
    assert {o["provider"] for o in offers} == set(PROVIDERS)


@pytest.mark.parametrize("provider", providers_where(lambda c: c.spot))
def test_spot_offers_carry_a_spot_price(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    offers = json_of(capsys, "--mock", "--json", "offers", "--spot", "-p", provider)
    assert offers
    assert all(o["provider"] == provider and o["spot_price_per_hour"] is not None for o in offers)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_show_and_ssh_find_a_pod_by_name(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    pod = json_of(capsys, "--mock", "--json", "show", demo(provider))
    assert pod["name"] == demo(provider) and pod["provider"] == provider
    login = f"{pod['ssh']['user']}@127.0.0.1"
    code, out, _ = gpupods(capsys, "--mock", "ssh", demo(provider), "--print")
    assert code == 0
    argv = shlex.split(out)
    assert argv[0] == "ssh" and argv[-1] == login and argv[-3] == "-p" and argv[-2].isdigit()
    assert any(a.startswith(f"HostKeyAlias=gpupods.{provider}.") for a in argv) and "-i" in argv
    ssh = json_of(capsys, "--mock", "--json", "ssh", demo(provider))
    assert ssh["provider"] == provider and ssh["user"] == pod["ssh"]["user"] and isinstance(ssh["port"], int)
    assert ssh["argv"][0] == "ssh" and ssh["argv"][-1] == login


@pytest.mark.parametrize("provider", PROVIDERS)
def test_create_and_wait_returns_a_reachable_pod(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    spec = demo_spec(provider, "train")
    create = ["create", "--name", spec.name, "--gpu", spec.gpu, "--image", spec.image, "-p", provider, "--wait"]
    pod = json_of(capsys, "--mock", "--json", *create)
    assert pod["provider"] == provider and pod["name"] == "train"
    assert pod["status"] == "running" and pod["ssh"] is not None


@pytest.mark.parametrize(("stoppable", "restartable"), list(zip(STOPPABLE, RESTARTABLE[::-1], strict=False)))
def test_stop_start_and_rm(capsys: pytest.CaptureFixture[str], stoppable: str, restartable: str) -> None:
    stopped = json_of(capsys, "--mock", "--json", "stop", demo(stoppable))
    assert stopped["status"] in ("stopping", "stopped")
    restarted = json_of(capsys, "--mock", "--json", "restart", demo(restartable), "-p", restartable)
    assert restarted["provider"] == restartable and restarted["name"] == demo(restartable)
    removed = json_of(capsys, "--mock", "--json", "rm", *map(demo, PROVIDERS))
    assert [(r["provider"], r["terminated"]) for r in removed] == [(p, True) for p in PROVIDERS]


def _stops(cloud: MockCloud, provider: str) -> int:
    """How many stop requests the cloud carried out so far (``MockCloud.facade_routes``)."""
    return sum(api.served[operation] for api in cloud.apis.values() for operation in routes(provider, "stop"))


@pytest.mark.parametrize("provider", STOPPABLE)
def test_start_on_a_running_pod_and_stop_on_a_stopped_one_change_nothing(
    capsys: pytest.CaptureFixture[str], provider: str
) -> None:
    code, out, err = gpupods(capsys, "--mock", "start", demo(provider))  # it is running already
    assert code == 0 and "is already running" in err and demo(provider) in out
    spec = demo_spec(provider, "idle")
    with (
        MockClouds(clock=RealClock(), lifecycle=Lifecycle.fast(), providers=(provider,)) as clouds,
        clouds.serve() as urls,
        _environ(mock_env(urls)),
    ):
        created = json_of(
            capsys, "--json", "create", "--name", "idle", "--gpu", spec.gpu, "--image", spec.image, "--wait"
        )
        json_of(capsys, "--json", "stop", "idle")
        deadline = time.monotonic() + 60  # a provider may pass through stopping first (bounded polling)
        while json_of(capsys, "--json", "show", "idle")["status"] != "stopped":
            assert time.monotonic() < deadline, "the pod never stopped"
            time.sleep(0.05)
        stops = _stops(clouds.cloud(provider), provider)
        assert stops > 0
        code, out, err = gpupods(capsys, "stop", "idle")
        again = json_of(capsys, "--json", "stop", created["id"], "-p", provider)
        listed = gpupods(capsys, "ls")[1]
    assert code == 0 and "is already stopped" in err
    assert again["status"] == "stopped" and _stops(clouds.cloud(provider), provider) == stops
    row = next(line for line in listed.splitlines() if " idle " in line)
    assert " - " in row and "$" not in row  # a stopped pod does not show its running price


@pytest.mark.parametrize("provider", providers_where(lambda c: c.logs))
def test_logs(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    logs = json_of(capsys, "--mock", "--json", "logs", demo(provider), "--tail", "5")
    assert logs["provider"] == provider and isinstance(logs["lines"], list) and len(logs["lines"]) <= 5


def test_tables_for_people_keep_ids_whole_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = gpupods(capsys, "--mock", "ls")
    assert code == 0
    pods = json_of(capsys, "--mock", "--json", "ls")
    for pod in pods:
        assert pod["id"] in out and pod["ssh"]["command"].rsplit(" ", 1)[0] in out
    assert "\x1b[" not in out  # no colour codes into a pipe


def test_providers_table_shows_capabilities(capsys: pytest.CaptureFixture[str]) -> None:
    rows = {r["provider"]: r for r in json_of(capsys, "--json", "providers")}
    assert set(rows) == set(PROVIDERS)
    for provider, row in rows.items():
        said = capabilities(provider)
        assert (row["start_stop"], row["serverless"], row["configured"]) == (said.start_stop, said.serverless, False)
    assert {row["start_stop"] for row in rows.values()} == {True, False}  # the table shows both


# -- errors people see -----------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_missing_key_names_the_variable(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    code, out, err = gpupods(capsys, "ls", "--provider", provider)
    assert code == EXIT_CONFIG and out == ""
    lines = err.strip().splitlines()
    assert len(lines) <= 2
    assert REGISTRY[provider].key_env in lines[0]
    assert "--mock" in lines[-1]
    assert "Traceback" not in err


def test_missing_keys_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = gpupods(capsys, "ls")
    assert code == EXIT_CONFIG
    assert all(var in err for var in KEY_VARS)


def test_errors_are_json_on_stderr_with_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = gpupods(capsys, "ls", "--json", "-p", PROVIDERS[-1])
    assert code == EXIT_CONFIG and out == ""
    error = json.loads(err)["error"]
    assert error["type"] == "ConfigurationError" and error["exit_code"] == EXIT_CONFIG
    assert REGISTRY[PROVIDERS[-1]].key_env in error["message"]


@pytest.mark.parametrize("provider", providers_where(lambda c: not c.start_stop))
def test_unsupported_operation_names_provider_and_operation(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    code, _, err = gpupods(capsys, "--mock", "stop", demo(provider))
    assert code == EXIT_UNSUPPORTED
    first, hint = err.strip().splitlines()
    assert f"{REGISTRY[provider].title} does not support stop" in first
    assert "gpupods providers" in hint


@pytest.mark.parametrize("provider", providers_where(lambda c: not c.serverless))
def test_serverless_on_a_provider_without_it(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    code, _, err = gpupods(capsys, "--mock", "-p", provider, "endpoints", "ls")
    assert code == EXIT_UNSUPPORTED
    assert "serverless endpoints" in err
    assert all(REGISTRY[p].key_env in err for p in providers_where(lambda c: c.serverless))


def test_invalid_pod_spec_names_the_field_and_sends_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with MockClouds(clock=RealClock(), providers=PROVIDERS[-1:]) as clouds, clouds.serve() as urls:
        with _environ(mock_env(urls, key="k")):
            code, _, err = gpupods(capsys, "create", "--name", "bad name!", "--gpu", "H100")
        assert clouds.cloud(PROVIDERS[-1]).requests == 0
    assert code == EXIT_INVALID_SPEC
    assert "invalid pod spec: name" in err and "nothing was sent" in err


def test_invalid_endpoint_spec(capsys: pytest.CaptureFixture[str]) -> None:
    endpoint = ["--name", "lb", "--image", "me/lb:1", "--gpu", "AMPERE_80"]
    scaling = ["--type", "LOAD_BALANCER", "--scaling", "QUEUE_DELAY"]
    code, _, err = gpupods(capsys, "--mock", "endpoints", "create", *endpoint, *scaling)
    assert code == EXIT_INVALID_SPEC
    assert "REQUEST_COUNT" in err and "nothing was sent" in err


def test_endpoints_create_ls_rm(capsys: pytest.CaptureFixture[str]) -> None:
    with (
        MockClouds(clock=RealClock(), providers=("runpod",)) as clouds,
        clouds.serve() as urls,
        _environ(mock_env(urls)),
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
    with clouds, clouds.serve() as urls, _environ(mock_env(urls, key="cli-test-key")):
        yield clouds


@pytest.mark.parametrize("provider", STOPPABLE)
def test_a_session_across_invocations(
    served_env: MockClouds, capsys: pytest.CaptureFixture[str], provider: str
) -> None:
    assert json_of(capsys, "--json", "ls") == []
    spec = demo_spec(provider, "job")
    create = ["create", "--name", "job", "--gpu", spec.gpu, "--image", spec.image, "-p", provider]
    created = json_of(capsys, "--json", *create)
    assert [p["id"] for p in json_of(capsys, "--json", "ls")] == [created["id"]]
    code, out, err = gpupods(capsys, "--json", "wait", "job", "--timeout", "60")
    ready = json.loads(out)
    assert code == 0 and ready["status"] == "running" and ready["ssh"]["port"] > 0
    assert err == ""  # no progress display when the output is not a terminal
    assert json_of(capsys, "--json", "stop", created["id"], "-p", provider)["provider"] == provider
    json_of(capsys, "--json", "rm", "job")
    assert served_env.live_pods() == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wait_timeout_exit_code(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    lifecycle = Lifecycle(provisioning=3600)  # the pod cannot be ready before the timeout, however slow the machine
    with (
        MockClouds(clock=RealClock(), lifecycle=lifecycle, providers=(provider,)) as clouds,
        clouds.serve() as urls,
        _environ(mock_env(urls)),
    ):
        spec = demo_spec(provider, "slow")
        created = json_of(capsys, "--json", "create", "--name", "slow", "--gpu", spec.gpu, "--image", spec.image)
        code, _, err = gpupods(capsys, "wait", created["id"], "-p", provider, "--timeout", "0.01")
        json_of(capsys, "--json", "rm", created["id"], "-p", provider)
    assert code == EXIT_NOT_READY
    assert "still exists and is billed" in err


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_wrong_key_is_an_api_error_that_does_not_show_the_key(
    served_env: MockClouds, capsys: pytest.CaptureFixture[str], provider: str
) -> None:
    with _environ({REGISTRY[provider].key_env: "wrong-secret-4f9a2c"}):
        code, out, err = gpupods(capsys, "ls", "-p", provider)
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
    listing = [_script(), "ls", "--mock", "--json"]
    listed = subprocess.run(listing, capture_output=True, text=True, env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == len(PROVIDERS)
    missing = subprocess.run([_script(), "ls"], capture_output=True, text=True, env=env, timeout=60)
    assert missing.returncode == EXIT_CONFIG and "Traceback" not in missing.stderr


def test_help_does_not_import_the_http_stack() -> None:
    code = (
        "import sys; from gpupods.cli import main; main(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'gpupods_clients', 'rich')))"
    )
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
    (["create", "--name", "x", "--gpu", "H100", "--offer", f"{PROVIDERS[0]}-1a2b3c4d"], "not both"),
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
    code, out, _ = gpupods(capsys, "gpus")
    assert code == 0 and "NVIDIA H100 80GB HBM3" in out and "RTX4090_24GB" in out


@pytest.mark.parametrize("provider", PROVIDERS)
def test_create_on_one_exact_offer(capsys: pytest.CaptureFixture[str], provider: str) -> None:
    spec = demo_spec(provider, "exact")
    offers = json_of(capsys, "--mock", "--json", "offers", spec.gpu, "-p", provider, "--limit", "100")
    offer = offers[-1]  # not the cheapest: the offer named is the one used
    create = ["create", "--name", "exact", "--image", spec.image]
    pod = json_of(capsys, "--mock", "--json", *create, "--offer", offer["id"])
    assert (
        pod["provider"] == provider and pod["gpu"] == offer["gpu"] and pod["price_per_hour"] == offer["price_per_hour"]
    )
    code, _, err = gpupods(capsys, "--mock", *create, "--offer", f"{provider}-00000000")
    assert code == EXIT_CREATE_FAILED and "no longer offered" in err


@pytest.mark.parametrize("target", PROVIDERS)
def test_create_falls_back_past_providers_that_refuse(capsys: pytest.CaptureFixture[str], target: str) -> None:
    with MockClouds(clock=RealClock()) as clouds, clouds.serve() as urls:
        for provider in PROVIDERS:
            if provider != target:
                clouds.faults(provider).add(Fault.status(403), routes=routes(provider, "create"))
        spec = demo_spec(target, "anywhere")
        with _environ(mock_env(urls)):
            pod = json_of(capsys, "--json", "create", "--name", "anywhere", "--gpu", spec.gpu, "--image", spec.image)
        assert [(provider, pod_id) for provider, pod_id, _ in clouds.live_pods()] == [(target, pod["id"])]
    assert pod["provider"] == target


def test_prime_intellect_refuses_an_image_it_cannot_run(capsys: pytest.CaptureFixture[str]) -> None:
    with (
        MockClouds(clock=RealClock(), providers=("primeintellect",)) as clouds,
        clouds.serve() as urls,
        _environ(mock_env(urls)),
    ):
        code, _, err = gpupods(capsys, "create", "--name", "prime", "--gpu", "H100", "-p", "primeintellect")
        assert clouds.pods_left() == 0
    assert code == EXIT_INVALID_SPEC  # refused by the only provider asked, before any request
    assert "Prime Intellect cannot run 'pytorch/pytorch:latest'" in err and "extras" not in err
    assert "hint: fix --image" in err


def test_ls_with_one_provider_down_shows_the_others_and_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    down, up = PROVIDERS[0], PROVIDERS[-1]
    with (
        MockClouds(clock=RealClock(), lifecycle=Lifecycle.fast()) as clouds,
        clouds.serve() as urls,
        _environ(mock_env(urls)),
    ):
        spec = demo_spec(up, "up")
        json_of(capsys, "--json", "create", "--name", "up", "--gpu", spec.gpu, "--image", spec.image, "-p", up)
        clouds.faults(down).add(Fault.status(503), routes=routes(down, "list"))
        code, out, err = gpupods(capsys, "ls")
        assert code == 0 and " up " in out and f"warning: {down} did not answer" in err and "503" in err
        code, out, err = gpupods(capsys, "--json", "ls")
        assert code == 0 and [p["name"] for p in json.loads(out)] == ["up"]
        warning = json.loads(err.strip().splitlines()[0])["warning"]
        assert warning["provider"] == down and warning["type"] == "ProviderError"
        for provider in PROVIDERS[1:]:
            clouds.faults(provider).add(Fault.status(503), routes=routes(provider, "list"))
        code, out, err = gpupods(capsys, "ls")
        assert code == EXIT_API and out == ""


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rm_reports_every_pod_and_already_terminated_ones_count(
    capsys: pytest.CaptureFixture[str], provider: str
) -> None:
    spec = demo_spec(provider, "job3")
    with (
        MockClouds(clock=RealClock(), providers=(provider,)) as clouds,
        clouds.serve() as urls,
        _environ(mock_env(urls)),
    ):
        first = json_of(capsys, "--json", "create", "--name", "job3", "--gpu", spec.gpu, "--image", spec.image)
        code, out, err = gpupods(capsys, "--json", "rm", "job3", "nosuch")
        assert code == EXIT_NOT_FOUND
        assert json.loads(out) == [
            {
                "provider": None,
                "id": None,
                "name": "nosuch",
                "terminated": False,
                "error": f"no pod 'nosuch' on {provider}",
            },
            {"provider": provider, "id": first["id"], "name": "job3", "terminated": True},
        ]
        assert json.loads(err)["error"]["exit_code"] == EXIT_NOT_FOUND
        assert clouds.live_pods() == []
        hidden = json_of(capsys, "--json", "ls")
        shown = json_of(capsys, "--json", "ls", "--all")
        code, out, _ = gpupods(capsys, "--json", "rm", first["id"], "-p", provider)
    assert hidden == []
    if shown:  # the provider still lists the pod, as removing (Novita does): rm again counts it terminated
        assert [p["id"] for p in shown] == [first["id"]] and code == 0
        assert json.loads(out) == [{"provider": provider, "id": first["id"], "name": "job3", "terminated": True}]
    else:  # the provider forgot it: rm again says there is no such pod
        assert code == EXIT_NOT_FOUND


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
