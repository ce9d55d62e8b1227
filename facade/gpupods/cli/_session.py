"""How a CLI invocation reaches the providers: the real APIs (keys from the environment), or
fresh in-process mock clouds with ``--mock``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..registry import REGISTRY

if TYPE_CHECKING:
    from ..fleet import Fleet
    from ..models import Pod

#: The pods a ``--mock`` session starts with (one per provider, running), so that ``ls``,
#: ``show``, ``ssh`` and the rest have something to act on.
MOCK_SEED_PODS = {name: (p.demo.name, p.demo.image, p.demo.gpu) for name, p in REGISTRY.items()}


@dataclass
class Options:
    """The global options of one invocation."""

    json: bool = False
    mock: bool = False
    providers: list[str] | None = None
    mock_clouds: Any = field(default=None, repr=False)

    @property
    def provider(self) -> str | None:
        """The single provider named with ``--provider``, if exactly one was."""
        return self.providers[0] if self.providers and len(self.providers) == 1 else None


@contextmanager
def open_fleet(
    options: Options, *, seed_pods: bool = True, sshd: bool = False, **fleet_options: Any
) -> Iterator[Fleet]:
    """A ``Fleet`` for this invocation, closed (and its mock clouds with it) on exit. With
    ``--mock``, the pods get real SSH servers only when ``sshd`` (a command that waits for a pod
    to be reachable or logs in), and the seed pods then take the session's SSH key: the mock
    clouds last one command, and an SSH server costs a second to start. ``fleet_options`` go
    to ``Fleet.from_env`` (``max_spend_per_hour=``)."""
    from ..fleet import Fleet

    if not options.mock:
        with Fleet.from_env(providers=options.providers, **fleet_options) as fleet:
            yield fleet
        return
    from ..mock import MockClouds, VirtualClock

    names = tuple(options.providers or MOCK_SEED_PODS)
    with MockClouds(clock=VirtualClock(), providers=names, sshd=sshd) as clouds:
        options.mock_clouds = clouds
        if seed_pods:
            _seed(clouds, names, (clouds.user_key().public.line,) if sshd else ())
        with Fleet.from_env(**clouds.fleet_options(), **fleet_options) as fleet:
            yield fleet


#: Provider time that passes after seeding: every seeded pod is running and its sshd answers.
SEED_AGE = 3600.0


def _seed(clouds: Any, providers: tuple[str, ...], keys: tuple[str, ...] = ()) -> None:
    """Put the seed pods straight into the mock clouds' state (a command only builds and asks
    for what it needs), then let an hour of virtual time pass so that they run."""
    for provider in providers:
        name, image, family = MOCK_SEED_PODS[provider]
        clouds.clouds[provider].seed_pod(name, image, family, keys)
    clouds.clock.advance(SEED_AGE)


class PodNotFound(LookupError):
    """No pod matches the reference the user typed."""


class EndpointNotFound(LookupError):
    """No serverless endpoint has the id the user typed."""


class Interrupted(Exception):
    """Ctrl-C; ``pod`` is the pod that exists (and bills) although the command did not finish."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


class PartialFailure(Exception):
    """Some of the things a command was given failed; the rest were done (and printed)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class AmbiguousPod(LookupError):
    """A name matches several pods; the user must give an id (or ``--provider``)."""


def find_pod(fleet: Fleet, options: Options, ref: str) -> Pod:
    """The pod a user means by ``ref``: an id, or a name (as shown by ``gpupods ls``)."""
    from ..errors import NotFoundError

    if options.provider is not None:
        try:
            return fleet.get(ref, options.provider)
        except NotFoundError:
            pass  # perhaps a name
    pods = fleet.list(options.providers)
    matches = [p for p in pods if p.id == ref] or [p for p in pods if p.name == ref]
    live = [p for p in matches if p.status.value not in ("terminated", "terminating")]
    matches = live or matches  # a name reused after a removal means the pod that still runs
    if not matches:
        where = options.provider or ", ".join(fleet.backends)
        failed = getattr(pods, "failed", {})
        unreachable = f" ({', '.join(failed)} did not answer)" if failed else ""
        raise PodNotFound(f"no pod {ref!r} on {where}{unreachable}")
    if len(matches) > 1:
        listed = ", ".join(f"{p.provider}:{p.id}" for p in matches)
        raise AmbiguousPod(f"{len(matches)} pods are named {ref!r} ({listed}); give the id instead")
    return matches[0]
