"""Every developer task of gpupods, one nox session each.

nox -s demo              the scripted tour on the mock clouds (no keys, no network)
nox -s tests             the default test run (what CI runs)
nox -s generate          normalize specs/ and regenerate generated/ (skips unchanged APIs)
nox -s check-generated   regenerate from scratch and fail on any difference
nox -s lint typecheck    ruff; mypy --strict on the facade and the generated packages
nox -s contract-prism    the client contract suite against Stoplight Prism
nox -s reliability       the full fault-injection matrix
nox -s bench             benchmarks, written to bench/RESULTS.md
nox -s update-specs      fetch the providers' current specs and show what changed
nox -s canary            gpupods doctor: do the providers' APIs still answer as the specs say?
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nox
from nox.command import CommandFailed

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT))
from pipeline import versions  # noqa: E402
from pipeline.apis import GENERATED_PACKAGES  # noqa: E402  (from the provider registry)

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]
# A session whose interpreter is missing fails instead of being skipped with exit status 0.
nox.options.error_on_missing_interpreters = True

#: The oldest Python gpupods supports (pyproject's requires-python).
MINIMUM_PYTHON = (3, 11)
#: Sessions run on the interpreter that runs nox (any supported one: 3.11, 3.12, 3.13, ...),
#: so the README's commands work on whatever Python 3 a machine has.
PYTHON = None
#: Generation stays on one interpreter so that ``check-generated`` is byte-identical everywhere.
GENERATOR_PYTHON = "3.11"
PIPELINE_DEPS = ["pyyaml>=6", "jsonpath-rfc9535==1.0.1", *versions.requirements()]
PRISM_VERSION = "5.14.2"
PRIME_CLI = "prime==0.18.0"  # the official Prime Intellect CLI the benchmarks compare with


def _require_supported_python(session: nox.Session) -> None:
    if sys.version_info < MINIMUM_PYTHON:
        wanted = ".".join(map(str, MINIMUM_PYTHON))
        session.error(
            f"gpupods needs Python {wanted} or newer; nox runs on {sys.version.split()[0]}. "
            f"Run it with a newer interpreter: python{wanted} -m nox ..."
        )


def _install_project(session: nox.Session, extras: str = "mock,test") -> None:
    _require_supported_python(session)
    session.install("-e", f".[{extras}]")


@nox.session(python=GENERATOR_PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate the clients whose inputs changed (``-- --force`` for all, ``-- --api NAME``)."""
    session.install(*PIPELINE_DEPS)
    session.run("python", "-m", "pipeline", "generate", *session.posargs)


@nox.session(name="check-generated", python=GENERATOR_PYTHON)
def check_generated(session: nox.Session) -> None:
    """Regenerate everything from scratch; fail if generated/ differs from what is committed."""
    session.install(*PIPELINE_DEPS)
    session.run("python", "-m", "pipeline", "generate", "--force")
    session.run("git", "add", "--intent-to-add", "generated", external=True)
    session.run("git", "diff", "--exit-code", "--stat", "--", "generated", external=True)


MYPY = ("mypy==1.19.1", "types-PyYAML")
LINTED = ("facade", "pipeline", "tests", "bench", "noxfile.py")


def _lint(session: nox.Session) -> None:
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


def _typecheck(session: nox.Session) -> None:
    packages = ["gpupods", "pipeline", *(f"gpupods_clients.{p}" for p in GENERATED_PACKAGES)]
    session.run("mypy", "--strict", *(arg for package in packages for arg in ("-p", package)))
    # What README users copy type-checks too (a run of its own: mypy takes packages or files, not both).
    session.run("mypy", "--strict", str(_readme_example()))


def _readme_example() -> Path:
    """The README's facade example (its first ``python`` block), as a file under build/."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```python\n", 1)[1].split("```", 1)[0]
    target = ROOT / "build" / "readme_example.py"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(block, encoding="utf-8")
    return target


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """What CI runs: lint and the strict type check first, then the default suite (pipeline,
    generated clients, contracts, mocks, facade, CLI, reduced reliability)."""
    _install_project(session)
    session.install(*PIPELINE_DEPS, *MYPY)
    _ensure_openssh_client(session)
    if not session.posargs:  # a run narrowed to some tests skips the whole-tree checks
        _lint(session)
        _typecheck(session)
    session.run("python", "-m", "pytest", "-m", "not slow", *session.posargs)


OPENSSH_TOOLS = ("ssh", "scp", "sftp", "ssh-keygen")


def _ensure_openssh_client(session: nox.Session) -> None:
    """The SSH tests drive the real OpenSSH client: install Debian's openssh-client when it is
    missing (as root, or through passwordless sudo); if that cannot be done, say so loudly (the
    tests then skip with the same reason)."""
    if all(shutil.which(tool) for tool in OPENSSH_TOOLS):
        return
    apt = shutil.which("apt-get")
    prefix = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if apt is not None and prefix is not None:
        env = {"DEBIAN_FRONTEND": "noninteractive"}
        try:
            session.run(*prefix, apt, "update", "-qq", external=True, env=env)
            session.run(
                *prefix,
                apt,
                "install",
                "-y",
                "-qq",
                "--no-install-recommends",
                "openssh-client",
                external=True,
                env=env,
            )
        except CommandFailed:
            pass
    missing = [tool for tool in OPENSSH_TOOLS if not shutil.which(tool)]
    if missing:
        session.warn(
            f"OpenSSH client tools missing ({', '.join(missing)}) and openssh-client could not be "
            "installed: the SSH tests against the mock pods will be SKIPPED"
        )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check (the pinned ruff, the settings in pyproject.toml)."""
    session.install(f"ruff=={versions.PINNED['ruff']}")
    _lint(session)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the facade, the pipeline and every generated package."""
    _install_project(session)
    session.install(*PIPELINE_DEPS, *MYPY)
    _typecheck(session)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The quickstart: cheapest H100s, two pods created, waited on, stopped, started, removed."""
    _install_project(session, extras="mock")
    session.run("python", "-m", "gpupods.demo", *session.posargs)


@nox.session(python=PYTHON)
def reliability(session: nox.Session) -> None:
    """The full fault matrix on the loopback mocks (the reduced one runs in ``tests``)."""
    _install_project(session)
    session.install(*PIPELINE_DEPS)  # the property suites pair models with schemas by the generator's rules
    everything = ["-m", "slow or not slow", "--full-matrix"]
    session.run("python", "-m", "pytest", "tests/reliability", *everything, *session.posargs)


def _install_prism(session: nox.Session) -> Path:
    """The pinned Prism CLI (npm) under build/prism; returns its executable."""
    prism_dir = ROOT / "build" / "prism"
    prism_dir.mkdir(parents=True, exist_ok=True)
    quiet = ["--no-audit", "--no-fund", "--silent"]
    package = f"@stoplight/prism-cli@{PRISM_VERSION}"
    session.run("npm", "install", "--prefix", str(prism_dir), *quiet, package, external=True)
    return prism_dir / "node_modules" / ".bin" / "prism"


@nox.session(name="contract-prism", python=PYTHON)
def contract_prism(session: nox.Session) -> None:
    """Run the client contract suite against Stoplight Prism (npm, pinned) as an independent oracle."""
    _install_project(session)
    session.install(*PIPELINE_DEPS)
    prism = _install_prism(session)
    suite = ["tests/contract/test_prism.py", "-m", "slow or not slow", "-p", "no:cacheprovider"]
    session.run("python", "-m", "pytest", *suite, *session.posargs, env={"GPUPODS_PRISM": str(prism)})


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks; results (medians and ratios measured in one run) go to bench/RESULTS.md."""
    _install_project(session)
    session.install(*PIPELINE_DEPS, "runpod", PRIME_CLI)
    prime = _official_cli_venv(session, PRIME_CLI, "prime")  # its cold start is measured in a venv of its own
    prism = _install_prism(session)  # the mock throughput benchmark compares with Prism
    session.run(
        "python", "-m", "bench", *session.posargs, env={"GPUPODS_PRISM": str(prism), "GPUPODS_BENCH_PRIME": str(prime)}
    )


def _official_cli_venv(session: nox.Session, requirement: str, command: str) -> Path:
    """``requirement`` in a virtual environment of its own under build/; returns its ``command``."""
    venv = ROOT / "build" / f"bench-{command}"
    python = venv / "bin" / "python"
    if not python.exists():
        session.run(sys.executable, "-m", "venv", str(venv), external=True)
    session.run(str(python), "-m", "pip", "install", "-q", requirement, external=True)
    return venv / "bin" / command


@nox.session(python=PYTHON)
def canary(session: nox.Session) -> None:
    """The drift canary (``gpupods doctor``): read-only calls with your keys, checked against the
    vendored specs; exit 9 on drift. ``-- --mock`` runs it on the mock clouds, ``-- --json`` for CI."""
    _install_project(session, extras="mock")
    session.run("gpupods", "doctor", *session.posargs)


@nox.session(name="update-specs", python=PYTHON)
def update_specs(session: nox.Session) -> None:
    """Fetch the providers' published specs into build/upstream/, diff them against specs/<api>/upstream-snapshot.json,
    flag breaking changes (``-- --accept`` / ``-- --record-snapshot`` to take them; exit 2 on any error)."""
    _install_project(session, extras="mock")
    session.install(*PIPELINE_DEPS)
    session.run("python", "-m", "pipeline.update_specs", *session.posargs)
