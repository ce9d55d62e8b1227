"""The mocks route by ``PathPattern`` (segment by segment, no regex): it agrees with the
regular expression an OpenAPI path template stands for, on every path template of every
registered API and on paths hypothesis builds from them (parameters of any text, extra or
missing segments and slashes)."""

from __future__ import annotations

import re

from gpupods.mock._spec import PathPattern, Spec
from gpupods.registry import generated_apis
from hypothesis import given, settings
from hypothesis import strategies as st

SPEC_TEMPLATES = sorted(
    {op.path for api in generated_apis() if api.kind == "openapi" for op in Spec.load(api.name).operations.values()}
)
#: Shapes no registered spec has today, which a newer one may: a parameter before a trailing
#: slash, parameters side by side, one alone, the root.
OTHER_TEMPLATES = ["/things/{id}/", "/{a}/{b}", "/{only}", "/v1/{x}/y/{z}/", "/"]
TEMPLATES = SPEC_TEMPLATES + OTHER_TEMPLATES


def _reference(template: str) -> re.Pattern[str]:
    """The template as a regular expression: each ``{name}`` one non-empty segment (the root
    template matches the root with or without its slash)."""
    segments = [s for s in template.split("/") if s]
    if not segments:
        return re.compile("^/?$")
    names = iter(range(len(segments)))
    body = "".join("/" + (f"(?P<p{next(names)}>[^/]+)" if s.startswith("{") else re.escape(s)) for s in segments)
    return re.compile("^" + body + ("/" if template.endswith("/") and segments else "") + "$")


def _names(template: str) -> list[str]:
    return [s[1:-1] for s in template.split("/") if s.startswith("{")]


segment = st.text(st.characters(codec="utf-8", exclude_characters="/"), max_size=6)


@st.composite
def paths(draw: st.DrawFn) -> tuple[str, str]:
    template = draw(st.sampled_from(TEMPLATES))
    parts = [draw(segment) if s.startswith("{") else s for s in template.split("/")]
    path = "/".join(parts)
    change = draw(st.sampled_from(["none", "slash", "unslash", "extra", "drop", "other"]))
    if change == "slash":
        path += "/"
    elif change == "unslash":
        path = path.rstrip("/")
    elif change == "extra":
        path += "/" + draw(segment)
    elif change == "drop":
        path = path.rsplit("/", 1)[0]
    elif change == "other":
        path = draw(st.sampled_from(TEMPLATES)).replace("{", "").replace("}", "")
    return template, path


def test_every_template_has_segments() -> None:
    assert len(SPEC_TEMPLATES) > 100 and all(t.startswith("/") for t in TEMPLATES)


@settings(max_examples=1500, deadline=None, derandomize=True, database=None)
@given(case=paths())
def test_path_patterns_match_as_the_template_regex_does(case: tuple[str, str]) -> None:
    template, path = case
    expected = _reference(template).match(path)
    found = PathPattern(template).match(path)
    if expected is None:
        assert found is None, (template, path, found)
    else:
        assert found is not None, (template, path)
        assert list(found) == _names(template)
        assert list(found.values()) == list(expected.groupdict().values())
