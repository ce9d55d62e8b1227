"""Documents built to hurt: the pipeline reads them in bounded time and memory and answers with
one line naming the file and the place, and update-specs exits 2 (never 1, which means
"breaking changes found").

The documents are generated (alias bombs of any width and depth, aliases that contain
themselves at any depth, nesting of any mix of lists and mappings, any node of a real spec
replaced by a value of another type); each test proves the work stayed bounded by the limit
it hit or by counting operations, never by a clock.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import specload, update_specs
from pipeline.__main__ import main as pipeline_main
from pipeline.apidiff import diff_documents, flatten
from pipeline.errors import SpecError
from pipeline.normalize import normalize_document, repair_duplicate_enum_values
from pipeline.snapshot import facts_only
from pipeline.specload import MAX_DEPTH, check_yaml_limits, parse_text

from .tinycloud import API, FIXTURES, make_checkout, point_pipeline_at

HEADER = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok}\n'


# --- builders --------------------------------------------------------------------------------


def alias_bomb(levels: int, width: int) -> str:
    """``a0`` holds ``width`` scalars, each next anchor ``width`` aliases of the one before."""
    lines = ["x-bomb:", "  a0: &a0 [" + ", ".join(["x"] * width) + "]"]
    lines += [f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]" for i in range(1, levels)]
    return HEADER + "\n".join(lines) + "\n"


def expanded_nodes(levels: int, width: int) -> int:
    """Nodes of an alias_bomb document once every alias is expanded (keys count as nodes)."""
    total = _count(yaml.safe_load(HEADER)) + 2  # the header, the x-bomb key and its mapping
    size = 1 + width  # a0: its list and its scalars
    total += 1 + size
    for _ in range(1, levels):
        size = 1 + width * size
        total += 1 + size
    return total


def _count(node: Any) -> int:
    """Nodes of a built document, shared ones counted each time they are reached."""
    count, stack = 0, [node]
    while stack:
        current = stack.pop()
        count += 1
        if isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return count


def nested(depth: int, kinds: list[bool], *, flow: bool) -> str:
    """``depth`` levels of lists (True) and mappings (False), as YAML flow or block text."""
    if flow:
        opening = "".join("[" if kinds[i % len(kinds)] else "{k: " for i in range(depth))
        closing = "".join("]" if kinds[i % len(kinds)] else "}" for i in reversed(range(depth)))
        return HEADER + "x-deep: " + opening + "1" + closing + "\n"
    lines = ["x-deep:", *("  " * (i + 1) + ("-" if kinds[i % len(kinds)] else "k:") for i in range(depth))]
    return HEADER + "\n".join(lines) + " 1\n"


def nested_json(depth: int, kinds: list[bool]) -> str:
    document = yaml.safe_load(HEADER)
    opening = "".join("[" if kinds[i % len(kinds)] else '{"k": ' for i in range(depth))
    closing = "".join("]" if kinds[i % len(kinds)] else "}" for i in reversed(range(depth)))
    return json.dumps(document)[:-1] + ', "x-deep": ' + opening + "1" + closing + "}"


# --- alias bombs -----------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(levels=st.integers(2, 12), width=st.integers(2, 12))
def test_an_alias_bomb_is_refused_once_it_passes_the_limit_and_never_built(levels: int, width: int) -> None:
    limit = 5_000
    text = alias_bomb(levels, width)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(specload, "MAX_NODES", limit)
        if expanded_nodes(levels, width) <= limit:
            assert check_yaml_limits(text, "b.yaml") == expanded_nodes(levels, width) == _count(yaml.safe_load(text))
            return
        with pytest.raises(SpecError, match=r"aliases expand the document beyond 5,000 nodes \(an alias bomb\?\)") as e:
            parse_text(text, "bomb.yaml")
    assert e.value.where is not None and e.value.where.startswith("line ")


def test_the_billion_laughs_with_the_real_limit_stops_at_a_line_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "laughs.yaml"
    path.write_text(alias_bomb(levels=10, width=10))  # 10**10 nodes once expanded
    with pytest.raises(SpecError) as caught:
        specload.load_document(path)
    assert str(caught.value).startswith(f"{path}: line ")
    assert f"beyond {specload.MAX_NODES:,} nodes" in str(caught.value)


# --- aliases that contain themselves ------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(kinds=st.lists(st.booleans(), min_size=1, max_size=20), siblings=st.integers(0, 3))
def test_an_alias_inside_its_own_anchor_is_refused_at_its_line(kinds: list[bool], siblings: int) -> None:
    """``&r`` opens a node; somewhere below it, at any depth, ``*r`` refers to it."""
    inner = "*r"
    for is_list in reversed(kinds):
        before = ", ".join(["1"] * siblings)
        inner = f"[{before + ', ' if before else ''}{inner}]" if is_list else f"{{x: 1, k: {inner}}}"
    text = HEADER + f"x-rec: &r {inner}\n"
    with pytest.raises(SpecError, match=r"recursive alias \*r \(a node that contains itself\)") as caught:
        parse_text(text, "rec.yaml")
    assert caught.value.where is not None and caught.value.where.startswith("line 8, column ")


# --- nesting --------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    depth=st.integers(1, 5_000),
    kinds=st.lists(st.booleans(), min_size=1, max_size=5),
    form=st.sampled_from(["json", "flow", "block"]),
)
def test_nesting_beyond_the_limit_is_refused_and_within_it_is_read(depth: int, kinds: list[bool], form: str) -> None:
    if form == "block":
        depth = min(depth, 900)  # indentation of 5,000 levels is 25 MB of spaces; 900 shows the rule
    text = nested_json(depth, kinds) if form == "json" else nested(depth, kinds, flow=form == "flow")
    name = "deep.json" if form == "json" else "deep.yaml"
    too_deep = depth + 1 > MAX_DEPTH  # the document's own mapping is the first level
    if not too_deep:
        assert parse_text(text, name)["x-deep"] is not None
        return
    with pytest.raises(SpecError, match=f"nested more than {MAX_DEPTH} levels deep") as caught:
        parse_text(text, name)
    assert caught.value.where is not None and caught.value.where.startswith("line ")


def test_an_alias_that_nests_a_deep_anchor_deeper_is_refused() -> None:
    anchor = "[" * 100 + "1" + "]" * 100
    text = HEADER + f"x-a: &deep {anchor}\nx-b: " + "[" * 60 + "*deep" + "]" * 60 + "\n"
    with pytest.raises(SpecError, match=r"alias \*deep nests the document more than 128 levels deep"):
        parse_text(text, "a.yaml")


def test_json_nested_100k_deep_is_one_error_not_a_recursion_error() -> None:
    with pytest.raises(SpecError, match="line 1, column"):
        parse_text(nested_json(100_000, [True]), "deep.json")


def test_an_integer_of_thousands_of_digits_is_refused_in_json_and_yaml() -> None:
    for name, text in (("n.json", '{"n": ' + "7" * 5000 + "}"), ("n.yaml", "n: " + "7" * 5000)):
        with pytest.raises(SpecError, match=r"^n\.(json|yaml): line 1, column [0-9]+: not valid (JSON|YAML)"):
            parse_text(text, name)


# --- any node of a real spec of the wrong type -------------------------------------------


#: How many mutated specs the default run tries (GPUPODS_MUTATIONS=5000 for a long hunt).
MUTATIONS = int(os.environ.get("GPUPODS_MUTATIONS", "100"))
BASE = specload.load_document(FIXTURES / "old.yaml")
BASE_NORMALIZED = normalize_document(copy.deepcopy(BASE), Path("old.yaml"))
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 600),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.dictionaries(st.integers(0, 300), st.text(max_size=3), min_size=1, max_size=2),  # integer keys
)


def _places(node: Any, where: tuple = ()) -> list[tuple]:
    found = [where]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*where, index))
    return found


PLACES = _places(BASE)[1:]


def _replace(document: dict, where: tuple, value: Any, *, as_key: bool) -> dict:
    changed = copy.deepcopy(document)
    parent = changed
    for part in where[:-1]:
        parent = parent[part]
    if as_key and isinstance(parent, dict):
        parent[value if isinstance(value, int | str) else 7] = parent.pop(where[-1])
    else:
        parent[where[-1]] = value
    return changed


@settings(max_examples=MUTATIONS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(PLACES), value=VALUES, as_key=st.booleans())
def test_any_node_of_the_wrong_type_is_a_spec_error_or_works(where: tuple, value: Any, as_key: bool) -> None:
    """Normalizing, diffing and snapshotting a spec with one node replaced (or renamed to an
    integer key) either works or raises SpecError: never AttributeError, TypeError, KeyError..."""
    mutated = _replace(BASE, where, value, as_key=as_key)
    old = BASE_NORMALIZED
    try:
        new = normalize_document(copy.deepcopy(mutated), Path("mutated.yaml"))
    except SpecError as exc:
        assert str(exc).startswith("mutated.yaml: ")
        return
    diff_documents(old, new, old_raw=BASE, new_raw=mutated)
    diff_documents(new, old, old_raw=mutated, new_raw=BASE)
    facts_only(mutated)
    for schema in (new.spec.get("components") or {}).get("schemas", {}).values():
        flatten(new.spec, schema)


def test_an_integer_path_key_is_one_line_naming_the_file_and_place(tmp_path: Path) -> None:
    path = tmp_path / "intkey.yaml"
    path.write_text(HEADER.replace("  /a:", "  200:"))
    with pytest.raises(SpecError) as caught:
        normalize_document(specload.load_document(path), path)
    assert str(caught.value) == (
        f"{path}: line 4 (#/paths/200): expected a path (a string starting with '/'), found int 200"
    )


# --- the command lines: one line, exit 2 ---------------------------------------------------


HOSTILE = {
    "bomb.yaml": alias_bomb(10, 10),
    "recursive.yaml": HEADER + "x-rec: &r {k: [*r]}\n",
    "deep.json": nested_json(5_000, [True, False]),
    "deep.yaml": nested(5_000, [True], flow=True),
    "intkey.yaml": HEADER.replace("  /a:", "  200:"),
    "digits.json": '{"openapi": "3.1.0", "paths": {}, "n": ' + "9" * 5000 + "}",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_update_specs_exits_2_with_one_line_naming_the_file(name, tmp_path, monkeypatch, capsys) -> None:
    root = make_checkout(tmp_path / "repo")
    point_pipeline_at(monkeypatch, root)
    path = tmp_path / name
    path.write_text(HOSTILE[name])
    code = update_specs.main([API, "--from", f"{API}={path}", "--no-python-api"])
    err = capsys.readouterr().err
    assert code == update_specs.EXIT_ERROR
    (line,) = err.splitlines()
    assert line.startswith(f"{API}: ") and name in line
    assert "line " in line or "#/" in line, "the place in the file is named"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_generate_exits_2_with_one_line_naming_the_file(name, tmp_path, capsys) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE[name])
    code = pipeline_main(["generate", "--api", "novita", "--spec", str(path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith(f"error: {path}")


def test_an_unexpected_failure_of_update_specs_exits_2_not_1(monkeypatch, capsys) -> None:
    def broken(args):
        raise RuntimeError("something the pipeline did not foresee")

    monkeypatch.setattr(update_specs, "evaluate", broken)
    assert update_specs.run(["runpod_v2"]) == update_specs.EXIT_ERROR
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: update-specs failed unexpectedly: RuntimeError: something the pipeline")


def test_a_bad_option_value_exits_2() -> None:
    assert update_specs.main(["--from", "novita="]) == update_specs.EXIT_ERROR


# --- de-duplication is linear -------------------------------------------------------------


class Counted(str):
    """A string that counts how often it is compared for equality."""

    comparisons = 0

    def __eq__(self, other: object) -> bool:
        Counted.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_enum_de_duplication_compares_each_value_a_bounded_number_of_times() -> None:
    values = [Counted(f"V{i}") for i in range(3_000)] + [Counted("V7")]
    spec = {"components": {"schemas": {"Big": {"type": "string", "enum": values}}}}
    Counted.comparisons = 0
    (log,) = repair_duplicate_enum_values(spec)
    assert Counted.comparisons <= 2 * len(values)  # the quadratic version makes about 4.5 million
    assert spec["components"]["schemas"]["Big"]["enum"] == values[:-1]
    assert log == "components/schemas/Big: removed duplicate enum value(s) 'V7'"
