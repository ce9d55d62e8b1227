"""Provider backends, imported only when a provider is used."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._base import Backend

_MODULES = {"runpod": "runpod", "primeintellect": "primeintellect", "novita": "novita", "lambda": "lambda_cloud"}
_CLASSES = {
    "runpod": "RunPodBackend",
    "primeintellect": "PrimeIntellectBackend",
    "novita": "NovitaBackend",
    "lambda": "LambdaBackend",
}


def backend_class(name: str) -> type[Backend]:
    module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
    return getattr(module, _CLASSES[name])  # type: ignore[no-any-return]
