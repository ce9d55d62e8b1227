"""Provider backends, imported only when a provider is used (``gpupods.registry`` names them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..registry import entry

if TYPE_CHECKING:
    from ._base import Backend


def backend_class(name: str) -> type[Backend]:
    """The backend class of the provider ``name``."""
    found: type[Backend] = entry(name).backend_class()
    return found
