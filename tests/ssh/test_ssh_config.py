"""The ssh-config block: other lines of the user's config are never changed, the block is
replaced in place, entries of providers not asked are kept, removing it restores the file."""

from __future__ import annotations

from pathlib import Path

from gpupods import ssh_config
from gpupods.ssh_config import BEGIN, END, Entry
from hypothesis import given, settings
from hypothesis import strategies as st

LINE = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=40).filter(
    lambda line: line not in (BEGIN, END) and not line.startswith("# gpupods-pod")
)
ENTRY = st.builds(
    lambda provider, pod_id, host, port: Entry(
        provider,
        pod_id,
        host,
        (f"# gpupods-pod {provider} {pod_id}", f"Host {host}", "    HostName 127.0.0.1", f"    Port {port}"),
    ),
    st.sampled_from(["runpod", "primeintellect", "novita", "lambda"]),
    st.from_regex(r"[a-z0-9]{6,14}", fullmatch=True),
    st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True),
    st.integers(1, 65535),
)


@settings(max_examples=150, deadline=None)
@given(user=st.lists(LINE, max_size=12), first=st.lists(ENTRY, max_size=4), second=st.lists(ENTRY, max_size=4))
def test_the_block_changes_nothing_else(
    tmp_path_factory, user: list[str], first: list[Entry], second: list[Entry]
) -> None:
    path: Path = tmp_path_factory.mktemp("ssh") / "config"
    original = "\n".join(user) + "\n" if user else ""
    path.write_text(original)
    ssh_config.write(path, first)
    assert ssh_config.read(path) == first
    assert "\n".join(user) in path.read_text()  # the user's lines, together and in order
    ssh_config.write(path, second)  # replaced in place (no entry: no block)
    assert ssh_config.read(path) == second and path.read_text().count(BEGIN) == (1 if second else 0)
    ssh_config.write(path, second)
    assert ssh_config.read(path) == second
    ssh_config.write(path, None)
    assert path.read_text() == original


@settings(max_examples=100, deadline=None)
@given(
    old=st.lists(ENTRY, max_size=6),
    new=st.lists(ENTRY, max_size=6),
    replaced=st.sets(st.sampled_from(["runpod", "novita"])),
)
def test_providers_not_asked_keep_their_entries(old: list[Entry], new: list[Entry], replaced: set[str]) -> None:
    kept = ssh_config.merged(old, new, replaced)
    assert [e for e in kept if e.provider not in replaced and e not in new] == [
        e for e in old if e.provider not in replaced and e not in new
    ]
    assert all(e in kept for e in new)
    assert not [e for e in kept if e.provider in replaced and e not in new]


def test_a_new_block_goes_first_and_ends_with_host_star(tmp_path: Path) -> None:
    path = tmp_path / "config"
    path.write_text("ServerAliveInterval 30\n")
    path.chmod(0o644)
    entry = Entry("runpod", "abc", "train", ("# gpupods-pod runpod abc", "Host train", "    Port 2222"))
    ssh_config.write(path, [entry])
    text = path.read_text()
    assert text.startswith(BEGIN) and text.endswith(f"Host *\n{END}\n\nServerAliveInterval 30\n")
    assert path.stat().st_mode & 0o777 == 0o644  # an existing config keeps its mode
    fresh = tmp_path / "new" / "config"
    ssh_config.write(fresh, [entry])
    assert fresh.stat().st_mode & 0o777 == 0o600 and fresh.parent.stat().st_mode & 0o777 == 0o700
