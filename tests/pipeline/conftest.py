from __future__ import annotations

import importlib
import shutil
import sys
import uuid
from pathlib import Path
from types import ModuleType

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def import_package(tmp_path: Path):
    """Copy a generated package under a unique name and import it (and its submodules)."""
    imported: list[str] = []

    def load(package_dir: Path) -> ModuleType:
        name = f"generated_{uuid.uuid4().hex[:10]}"
        root = tmp_path / "importable"
        root.mkdir(exist_ok=True)
        shutil.copytree(package_dir, root / name)
        if str(root) not in sys.path:
            sys.path.insert(0, str(root))
        imported.append(name)
        return importlib.import_module(name)

    yield load
    for name in imported:
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
