"""Change several files and folders of the checkout together, or not at all.

``update-specs --accept`` replaces a vendored spec, records its snapshot and installs a
regenerated package with its coverage report, possibly for several APIs. Everything new is
first written under a scratch folder; ``commit`` then moves each target aside and the new
content into place (renames within the checkout), and on any failure moves every target
back, so the checkout is byte for byte as it was.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path


class CommitError(Exception):
    """A change could not be made; the checkout was restored (the message says what failed)."""


@dataclass
class _Step:
    target: Path
    staged: Path | None  # None: remove the target


class Transaction:
    """Stage writes, removals and folder replacements, then make them all at once."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch / f"transaction-{uuid.uuid4().hex[:12]}"
        self._steps: list[_Step] = []

    def write(self, target: Path, data: bytes) -> None:
        staged = self._stage_path()
        staged.write_bytes(data)
        self._steps.append(_Step(target, staged))

    def replace_tree(self, target: Path, source: Path) -> None:
        """Make ``target`` a copy of the folder ``source``."""
        staged = self._stage_path()
        shutil.copytree(source, staged)
        self._steps.append(_Step(target, staged))

    def remove(self, target: Path) -> None:
        self._steps.append(_Step(target, None))

    @property
    def targets(self) -> list[Path]:
        return [s.target for s in self._steps]

    def _stage_path(self) -> Path:
        (self.scratch / "new").mkdir(parents=True, exist_ok=True)
        return self.scratch / "new" / str(len(self._steps))

    def commit(self) -> None:
        """Apply every staged step; on a failure undo those done and raise CommitError."""
        done: list[tuple[_Step, Path | None]] = []  # step, where its old target was moved
        created: list[Path] = []  # folders made for new targets, removed again on a failure
        try:
            for index, step in enumerate(self._steps):
                saved = None
                if step.target.exists() or step.target.is_symlink():
                    saved = self.scratch / "old" / str(index)
                    saved.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(step.target, saved)
                done.append((step, saved))
                if step.staged is not None:
                    _make_parents(step.target, created)
                    os.replace(step.staged, step.target)
        except OSError as exc:
            problems = self._undo(done)
            for folder in reversed(created):
                try:
                    folder.rmdir()
                except OSError:
                    problems.append(str(folder))
            extra = f"; could not restore {', '.join(problems)}" if problems else "; nothing was changed"
            raise CommitError(f"cannot write {exc.filename or exc}: {exc.strerror or exc}{extra}") from None
        finally:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def _undo(self, done: list[tuple[_Step, Path | None]]) -> list[str]:
        problems = []
        for step, saved in reversed(done):
            try:
                if step.staged is not None and (step.target.exists() or step.target.is_symlink()):
                    _delete(step.target)
                if saved is not None:
                    os.replace(saved, step.target)
            except OSError:
                problems.append(str(step.target))
        return problems


def _make_parents(target: Path, created: list[Path]) -> None:
    for folder in reversed(target.parents):
        if not folder.exists():
            folder.mkdir()
            created.append(folder)


def _delete(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()
