"""Skip a regeneration whose inputs did not change.

A stamp in ``build/stamps/<api>.json`` records the hash of the inputs (spec, overlay,
operation documents, pipeline code, templates, pinned tool versions) and of the output tree
it produced. Generation is skipped only when both still match, so a hand edit of the
generated tree (or a fresh clone with no stamp) always regenerates.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from .apis import BUILD

PIPELINE_DIR = Path(__file__).resolve().parent


def _files_under(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def hash_files(paths: Iterable[Path], extra: str = "") -> str:
    digest = hashlib.sha256(extra.encode())
    for root in paths:
        for file in _files_under(root):
            name = file.relative_to(root).as_posix() if root.is_dir() else file.name
            digest.update(name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def input_key(inputs: Iterable[Path], tools: str) -> str:
    return hash_files([*inputs, PIPELINE_DIR], extra=tools)


def tree_hash(path: Path) -> str | None:
    return hash_files([path]) if path.exists() else None


class Stamp:
    def __init__(self, api: str) -> None:
        self.file = BUILD / "stamps" / f"{api}.json"

    def is_fresh(self, key: str, outputs: list[Path]) -> bool:
        try:
            saved = json.loads(self.file.read_text())
        except (OSError, ValueError):
            return False
        return bool(saved.get("key") == key and saved.get("outputs") == [tree_hash(p) for p in outputs])

    def save(self, key: str, outputs: list[Path]) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        self.file.write_text(json.dumps({"key": key, "outputs": [tree_hash(p) for p in outputs]}))
