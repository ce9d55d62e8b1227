"""gpupods: one pod API over RunPod, Prime Intellect, Novita and Lambda Cloud, sync and async.

    from gpupods import Fleet, PodSpec

    with Fleet.from_env() as fleet:          # RUNPOD_API_KEY, PRIME_API_KEY, NOVITA_API_KEY, LAMBDA_API_KEY
        offer = fleet.offers("H100")[0]       # cheapest first, across providers
        pod = fleet.wait(fleet.create(PodSpec(name="train", image="pytorch/pytorch", gpu="H100"), offer))
        print(pod.ssh.command)

Names are imported on first use, so ``import gpupods`` stays cheap and loads no generated
client until a provider is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Fleet": "gpupods.fleet",
    "AsyncFleet": "gpupods.fleet",
    "Pod": "gpupods.models",
    "PodSpec": "gpupods.models",
    "PodStatus": "gpupods.models",
    "GpuOffer": "gpupods.models",
    "SshInfo": "gpupods.models",
    "Capabilities": "gpupods.models",
    "PortMapping": "gpupods.models",
    "Volume": "gpupods.models",
    "VolumeMount": "gpupods.models",
    "VolumeSpec": "gpupods.models",
    "VolumeStatus": "gpupods.models",
    "Lease": "gpupods.models",
    "ProviderConfig": "gpupods._config",
    "RetryPolicy": "gpupods._http",
    "call_options": "gpupods._http",
    "RealClock": "gpupods._clock",
    "VirtualClock": "gpupods._clock",
    "errors": "gpupods.errors",
    "gpus": "gpupods.gpus",
}

if TYPE_CHECKING:
    from . import errors as errors
    from . import gpus as gpus
    from ._clock import RealClock as RealClock
    from ._clock import VirtualClock as VirtualClock
    from ._config import ProviderConfig as ProviderConfig
    from ._http import RetryPolicy as RetryPolicy
    from ._http import call_options as call_options
    from .fleet import AsyncFleet as AsyncFleet
    from .fleet import Fleet as Fleet
    from .models import Capabilities as Capabilities
    from .models import GpuOffer as GpuOffer
    from .models import Lease as Lease
    from .models import Pod as Pod
    from .models import PodSpec as PodSpec
    from .models import PodStatus as PodStatus
    from .models import PortMapping as PortMapping
    from .models import SshInfo as SshInfo
    from .models import Volume as Volume
    from .models import VolumeMount as VolumeMount
    from .models import VolumeSpec as VolumeSpec
    from .models import VolumeStatus as VolumeStatus

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'gpupods' has no attribute {name!r}")
    module = importlib.import_module(module_name)
    value = module if module_name.endswith("." + name) else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
