"""``update-specs --accept`` is all or nothing: whatever fails (breaking changes not allowed, a
stale overlay action, a failed generation of any API of the run, a write that fails half-way),
the checkout is byte for byte as it was; when nothing fails, the spec, its snapshot, the
generated package and its coverage report all change together.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from pipeline import snapshot, update_specs
from pipeline.openapi_gen import build_package
from pipeline.specload import load_document
from pipeline.transaction import CommitError, Transaction

from .tinycloud import API, FIXTURES, make_checkout, point_pipeline_at

NEW = FIXTURES / "new.yaml"


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file (its bytes) and folder (None) under ``root`` except the scratch folder build/."""
    found: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel == "build" or rel.startswith("build/"):
            continue
        found[rel] = path.read_bytes() if path.is_file() else None
    return found


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tinycloud package generated from the checkout's spec, built once for the module."""
    root = make_checkout(tmp_path_factory.mktemp("installed") / "repo")
    folder = root / "specs" / API
    return build_package(API, folder / "openapi.yaml", folder / "overlay.yaml", root / "build" / "pkg").package


def accept_checkout(root: Path, installed: Path, name: str = API) -> Path:
    """A checkout (or one more API in it) whose overlay still applies to new.yaml.

    Tinycloud's generated package is in place (what --accept compares the new client with);
    another API has none, so that a failure is found before anything is generated for it.
    """
    make_checkout(root, name=name, keep=True)
    overlay = root / "specs" / name / "overlay.yaml"
    overlay.write_text(overlay.read_text().split("  - target: $.paths['/v1/snapshots/{id}']")[0])
    if name == API:
        shutil.copytree(installed, root / "generated" / "gpupods_clients" / name)
    return root


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, installed: Path) -> Path:
    root = accept_checkout(tmp_path / "repo", installed)
    point_pipeline_at(monkeypatch, root)
    return root


def test_breaking_changes_are_refused_without_allow_breaking(repo: Path, capsys) -> None:
    before = tree(repo)
    code = update_specs.main([API, "--from", f"{API}={NEW}", "--accept", "--no-python-api"])
    out = capsys.readouterr().out
    assert code == update_specs.EXIT_BREAKING
    assert "the Python API was not compared (the document already breaks)" in out
    assert "breaking for users of gpupods_clients.tinycloud: refused:" in out
    assert "rerun with --allow-breaking" in out
    assert tree(repo) == before


def test_a_change_that_breaks_only_the_python_api_is_refused_too(repo: Path, tmp_path: Path, capsys) -> None:
    """The schema Pod renamed Instance: the same document for the HTTP client, a removed model class in Python."""
    text = (repo / "specs" / API / "openapi.yaml").read_text()
    renamed = text.replace("schemas/Pod'", "schemas/Instance'").replace("\n    Pod:\n", "\n    Instance:\n")
    assert renamed != text
    (tmp_path / "renamed.yaml").write_text(renamed)
    before = tree(repo)
    code = update_specs.main([API, "--from", f"{API}={tmp_path / 'renamed.yaml'}", "--accept", "--no-python-api"])
    out = capsys.readouterr().out
    assert code == update_specs.EXIT_BREAKING
    assert "the vendored spec would change in 0 place(s) and the Python API in " in out
    assert "model-removed" in out and "models.pod.Pod" in out
    assert tree(repo) == before


def test_a_stale_overlay_action_refuses_and_changes_nothing(repo: Path, capsys) -> None:
    shutil.copyfile(FIXTURES / "overlay.yaml", repo / "specs" / API / "overlay.yaml")  # with its stale action
    before = tree(repo)
    code = update_specs.main([API, "--from", f"{API}={NEW}", "--accept", "--allow-breaking", "--no-python-api"])
    captured = capsys.readouterr()
    assert code == update_specs.EXIT_ERROR
    assert "it was for DELETE /v1/snapshots/{id}" in captured.out
    (line,) = captured.err.splitlines()
    assert line == (
        f"{API}: not accepted: 1 overlay action(s) match nothing in the new document (see the report); "
        f"fix specs/{API}/overlay.yaml first"
    )
    assert tree(repo) == before


def test_accept_replaces_the_spec_records_the_snapshot_and_regenerates(repo: Path, capsys) -> None:
    code = update_specs.main([API, "--from", f"{API}={NEW}", "--accept", "--allow-breaking", "--no-python-api"])
    out = capsys.readouterr().out
    assert code == update_specs.EXIT_OK, out
    assert ": accepted" in out and "recorded as the upstream snapshot" in out
    folder = repo / "specs" / API
    assert (folder / "openapi.yaml").read_bytes() == NEW.read_bytes()
    recorded = snapshot.load(folder / snapshot.FILE_NAME)
    assert recorded is not None and recorded.document == snapshot.facts_only(load_document(NEW))
    assert (folder / "overlay.yaml").exists()
    package = repo / "generated" / "gpupods_clients" / API
    assert (package / "api" / "volume" / "create_volume.py").is_file()
    assert not (package / "api" / "snapshot").exists()
    assert "List the pods of the account." in (package / "api" / "pod" / "list_pods.py").read_text()
    assert (repo / "generated" / "coverage" / f"{API}.md").is_file()
    # the same document again: nothing changed upstream, and the spec now is upstream
    assert update_specs.main([API, "--from", f"{API}={NEW}", "--no-python-api"]) == update_specs.EXIT_OK
    again = capsys.readouterr().out
    assert "no changes since the upstream snapshot" in again
    assert "differs from this document in 0 place(s)" in again


def test_a_failed_generation_of_one_api_leaves_every_api_as_it_was(tmp_path, monkeypatch, installed, capsys) -> None:
    root = accept_checkout(tmp_path / "repo", installed)
    accept_checkout(root, installed, name="tinyclone")
    point_pipeline_at(monkeypatch, root)
    refused = copy.deepcopy(load_document(NEW))  # a schema type that passes our checks, not the generator's
    refused["components"]["schemas"]["Denied"]["properties"]["reason"] = {"type": "widget"}
    (tmp_path / "refused.yaml").write_text(yaml.safe_dump(refused, sort_keys=False))
    before = tree(root)
    code = update_specs.main(
        [
            "--from",
            f"{API}={NEW}",
            "--from",
            f"tinyclone={tmp_path / 'refused.yaml'}",
            "--accept",
            "--allow-breaking",
            "--no-python-api",
        ]
    )
    captured = capsys.readouterr()
    assert code == update_specs.EXIT_ERROR
    assert "tinyclone: the new document does not generate: tinyclone: openapi-python-client failed" in captured.err
    assert "not written: another error in this run" in captured.out  # tinycloud alone would have been accepted
    assert tree(root) == before


def test_a_write_that_fails_half_way_restores_everything(repo: Path, capsys) -> None:
    coverage = repo / "generated" / "coverage"
    coverage.write_text("a file where the coverage folder belongs\n")  # the last write of the commit fails
    before = tree(repo)
    code = update_specs.main([API, "--from", f"{API}={NEW}", "--accept", "--allow-breaking", "--no-python-api"])
    captured = capsys.readouterr()
    assert code == update_specs.EXIT_ERROR
    (line,) = captured.err.splitlines()
    assert line.startswith(f"{API}: nothing written: cannot write") and line.endswith("nothing was changed")
    assert tree(repo) == before


# --- the transaction itself ----------------------------------------------------------------


def test_a_transaction_makes_every_change_or_none(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    (root / "specs" / "a.yaml").write_text("old a\n")
    (root / "specs" / "gone.yaml").write_text("to remove\n")
    (root / "pkg").mkdir()
    (root / "pkg" / "m.py").write_text("old\n")
    source = tmp_path / "new-pkg"
    source.mkdir()
    (source / "n.py").write_text("new\n")
    before = tree(root)

    failing = Transaction(tmp_path / "scratch")
    failing.write(root / "specs" / "a.yaml", b"new a\n")
    failing.remove(root / "specs" / "gone.yaml")
    failing.replace_tree(root / "pkg", source)
    failing.write(root / "fresh" / "deep" / "b.yaml", b"b\n")  # folders to create
    failing.write(root / "specs" / "a.yaml" / "x", b"")  # fails: a.yaml is a file by then
    with pytest.raises(CommitError, match="nothing was changed"):
        failing.commit()
    assert tree(root) == before, "every step undone, created folders removed"

    working = Transaction(tmp_path / "scratch")
    working.write(root / "specs" / "a.yaml", b"new a\n")
    working.remove(root / "specs" / "gone.yaml")
    working.replace_tree(root / "pkg", source)
    working.write(root / "fresh" / "deep" / "b.yaml", b"b\n")
    working.commit()
    assert tree(root) == {
        "fresh": None,
        "fresh/deep": None,
        "fresh/deep/b.yaml": b"b\n",
        "pkg": None,
        "pkg/n.py": b"new\n",
        "specs": None,
        "specs/a.yaml": b"new a\n",
    }
    assert not (tmp_path / "scratch").exists() or not any((tmp_path / "scratch").iterdir())
