"""What ``update-specs`` found for one API, for people (``render``) and for CI (``as_json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import snapshot
from .apidiff import Change


@dataclass(frozen=True)
class StaleAction:
    """An overlay action whose target matches nothing in the new document."""

    index: int
    target: str
    description: str
    meant_for: list[str]

    def render(self) -> str:
        purpose = f" ({self.description})" if self.description else ""
        meant = ", ".join(self.meant_for) or "no operation (it matched nothing in the vendored spec either)"
        return f"overlay action #{self.index}{purpose}: target {self.target} matches nothing now; it was for {meant}"


@dataclass
class AcceptPlan:
    """What ``--accept`` would do to the vendored spec and the generated client."""

    spec_changes: list[Change] = field(default_factory=list)
    python_api: list[Change] = field(default_factory=list)
    package: Path | None = None
    coverage_text: str = ""
    spec_name: str = ""
    spec_data: bytes = b""
    status: str = "not done"

    @property
    def breaking(self) -> int:
        return sum(c.breaking for c in [*self.spec_changes, *self.python_api])

    def as_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "breaking": self.breaking,
            "changes": [c.as_json() for c in self.spec_changes],
            "python_api": [c.as_json() for c in self.python_api],
        }


@dataclass
class Report:
    """What refreshing one API found."""

    api: str
    source: str = ""
    downloaded: str = ""
    compared_with: str = ""  # "snapshot" or "spec"
    snapshot_note: str = ""
    changes: list[Change] = field(default_factory=list)
    python_api: list[Change] = field(default_factory=list)
    python_package: str = ""
    unreflected: list[Change] = field(default_factory=list)
    standing: list[Change] = field(default_factory=list)
    stale_overlay: list[StaleAction] = field(default_factory=list)
    accept: AcceptPlan | None = None
    snapshot_recorded: bool = False
    note: str = ""
    error: str = ""
    # what --accept and --record-snapshot write
    new_snapshot: snapshot.Snapshot | None = None

    @property
    def breaking(self) -> list[Change]:
        """The breaking upstream changes: in the document and in the Python API (the one count)."""
        return [c for c in [*self.changes, *self.python_api] if c.breaking]

    @property
    def accepted(self) -> bool:
        return self.accept is not None and self.accept.status == "accepted"

    def as_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "source": self.source,
            "downloaded": self.downloaded,
            "compared_with": self.compared_with or None,
            "error": self.error or None,
            "note": self.note or None,
            "breaking": len(self.breaking),
            "changes": [c.as_json() for c in self.changes],
            "python_api": {"package": self.python_package, "changes": [c.as_json() for c in self.python_api]},
            "not_in_project_spec": [c.as_json() for c in self.unreflected],
            "project_spec_differences": [c.as_json() for c in self.standing],
            "stale_overlay": [
                {"index": s.index, "target": s.target, "description": s.description, "meant_for": s.meant_for}
                for s in self.stale_overlay
            ],
            "accept": self.accept.as_json() if self.accept else None,
            "accepted": self.accepted,
            "snapshot_recorded": self.snapshot_recorded,
        }

    def headline(self) -> str:
        count, breaking = len(self.changes) + len(self.python_api), len(self.breaking)
        since = "since the upstream snapshot" if self.compared_with == "snapshot" else "from the project's spec"
        if not count:
            return f"no changes {since}"
        document = sum(c.breaking for c in self.changes)
        return (
            f"{len(self.changes)} change(s) to the document {since}, {len(self.python_api)} to the Python API; "
            f"{breaking} breaking ({document} in the document, {breaking - document} in the Python API)"
        )

    def render(self) -> str:
        head = f"== {self.api}" + (f"  (from {self.source})" if self.source else "")
        lines = [head]
        if self.error and not (self.changes or self.stale_overlay or self.compared_with):
            return "\n".join([*lines, f"   error: {self.error}"])
        if self.note:
            lines += [f"   {line}" for line in self.note.splitlines()]
        if self.downloaded:
            lines.append(f"   kept as {self.downloaded}")
        if self.snapshot_note:
            lines.append(f"   {self.snapshot_note}")
        if self.compared_with:
            lines.append(f"   {self.headline()}")
            lines += _table(self.changes)
        if self.python_api:
            lines.append(f"   Python API ({self.python_package}):")
            lines += _table(self.python_api)
        if self.unreflected:
            lines.append(f"   Not yet in the project's spec (informational, not counted): {len(self.unreflected)}")
            lines += _table(self.unreflected, flags=False)
        if self.compared_with == "snapshot":
            lines.append(
                f"   the project's spec differs from this document in {len(self.standing)} place(s) "
                "(informational: its deliberate differences are in SOURCE.md; --json lists them)"
            )
        lines += [f"   ! {s.render()}" for s in self.stale_overlay]
        if self.accept is not None:
            plan = self.accept
            python = (
                f"the Python API in {len(plan.python_api)}"
                if plan.package is not None
                else "the Python API was not compared (the document already breaks)"
            )
            lines.append(
                f"   --accept: the vendored spec would change in {len(plan.spec_changes)} place(s) and {python}; "
                f"{plan.breaking} breaking for users of {self.python_package or 'the client'}: {plan.status}"
            )
            if plan.breaking and plan.status != "accepted":
                lines += _table([c for c in [*plan.spec_changes, *plan.python_api] if c.breaking])
        if self.snapshot_recorded:
            lines.append(f"   recorded as the upstream snapshot (specs/{self.api}/{snapshot.FILE_NAME})")
        if self.error:
            lines.append(f"   error: {self.error}")
        return "\n".join(lines)


def _table(changes: list[Change], *, flags: bool = True) -> list[str]:
    if not changes:
        return []
    kind_w = max(len(c.kind) for c in changes)
    where_w = min(max(len(c.where) for c in changes), 60)
    rows = []
    for c in sorted(changes, key=lambda c: (not c.breaking, c.where, c.kind)):
        flag = "BREAKING" if c.breaking and flags else ""
        why = f"  ({c.why})" if c.why and flags else ""
        rows.append(f"   {flag:8}  {c.kind:{kind_w}}  {c.where:{where_w}}  {c.detail}{why}".rstrip())
    return rows
