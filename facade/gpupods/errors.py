"""One error hierarchy for every provider, REST and GraphQL alike.

    GpupodsError
    ├── ConfigurationError          a missing API key, an unknown provider
    │   └── NoSshKey                no SSH key to install on a pod (the hint says how to make one)
    ├── InvalidSpec                 refused before any request (names the field)
    │   ├── InvalidPodSpec
    │   ├── InvalidEndpointSpec
    │   ├── InvalidVolumeSpec
    │   └── InvalidArgument         e.g. a pod id that could address another path
    ├── UnsupportedOperation        the provider's API cannot do it (see ``capabilities``)
    ├── APIError                    the provider answered, or did not
    │   ├── APIConnectionError      the connection failed or dropped
    │   │   └── APITimeoutError     no answer in time (for a create: it may have happened)
    │   └── APIStatusError          an error status; ``status_code``, ``message``, ``request_id``
    │       ├── AuthenticationError 401       ├── RateLimitedError 429 (``retry_after``)
    │       ├── PaymentRequiredError 402      ├── CapacityError (no machine for the offer)
    │       ├── PermissionDeniedError 403     ├── ValidationError 400/422 (``fields``)
    │       ├── NotFoundError 404             ├── ProviderError 5xx, HTML pages, bad bodies
    │       ├── ConflictError 409             └── APIRetired 410 from an API its provider retired
    ├── PodError                    a pod did not get where it was asked to go
    │   ├── WaitTimeout             not running and reachable in time
    │   ├── PodFailed               went to ERROR or TERMINATED while waited on
    │   └── SshError                an SSH step gpupods runs itself failed (key install, login check)
    ├── VolumeInUse                 a volume still mounted in pods was not deleted (``pods``)
    ├── CreateFailed                every candidate offer failed (``attempts``); no pod exists
    │   └── VolumePlacementError    no offer can reach the pod's volumes (``alternatives``)
    ├── CreateOutcomeUnknown        a create may have succeeded and gpupods could not find out:
    │                               ``provider`` and ``client_token`` identify the pod if it exists
    └── BudgetExceeded              a create refused before its request: it would take the fleet's
                                    hourly spend past ``max_spend_per_hour``

Messages and attributes never contain API keys: anything a provider echoes back (message,
field errors, body) is scrubbed first. Every error pickles and unpickles with its attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: What reading an answer that does not have the shape the reader expects raises (a flow's own
#: code, a generated model's ``from_dict``); gpupods turns it into a ``ProviderError``.
UNREADABLE = (AttributeError, TypeError, KeyError, ValueError, IndexError, RecursionError)


class GpupodsError(Exception):
    """Base of every error gpupods raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, which Exception's own pickling cannot pass:
        # rebuild from the message and the attributes instead of calling __init__ again.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


def _restore(cls: type[GpupodsError], args: tuple[Any, ...], state: dict[str, Any]) -> GpupodsError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(GpupodsError):
    """gpupods cannot talk to a provider as configured (no key, unknown provider name)."""


class NoSshKey(ConfigurationError):
    """A pod with SSH would get no key: the user has none and the spec names none.
    ``hint`` is the command that makes one."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


class InvalidSpec(GpupodsError, ValueError):
    """A spec that would be refused; raised before any request, naming the field."""

    kind = "spec"

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"invalid {self.kind}: {field}: {message}")


class InvalidPodSpec(InvalidSpec):
    """A ``PodSpec`` that no provider would accept."""

    kind = "pod spec"


class InvalidEndpointSpec(InvalidSpec):
    """A serverless ``EndpointSpec`` (or endpoint update) that RunPod would refuse."""

    kind = "endpoint spec"


class InvalidVolumeSpec(InvalidSpec):
    """A ``VolumeSpec`` (or resize) that the provider would refuse."""

    kind = "volume spec"


class InvalidArgument(InvalidSpec):
    """An argument gpupods refuses before sending anything (e.g. a pod id such as ``..``)."""

    kind = "argument"


class UnsupportedOperation(GpupodsError):
    """The provider's API has no way to do this (e.g. Prime Intellect cannot stop a pod).
    ``provider`` is the registry name (``"primeintellect"``), ``provider_title`` its display name."""

    def __init__(self, provider: str, operation: str, hint: str = "", *, provider_title: str | None = None) -> None:
        self.provider = provider
        self.provider_title = provider_title or provider
        self.operation = operation
        text = f"{self.provider_title} does not support {operation}"
        super().__init__(f"{text}: {hint}" if hint else text)


@dataclass(frozen=True)
class FieldError:
    """One field the provider (or gpupods) rejected."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class APIError(GpupodsError):
    """The provider could not be reached, or answered with an error. ``provider`` is the
    registry name (``"runpod"``), ``provider_title`` the name messages show (``"RunPod"``)."""

    def __init__(
        self, message: str, *, provider: str, provider_title: str | None = None, request_id: str | None = None
    ) -> None:
        self.provider = provider
        self.provider_title = provider_title or provider
        self.message = message
        self.request_id = request_id
        super().__init__(f"{self.provider_title}: {message}" + (f" (request id {request_id})" if request_id else ""))


class APIConnectionError(APIError):
    """The connection failed or was dropped; the request may or may not have been processed.

    ``sent`` is False only when the request certainly never reached the provider (the
    connection could not be opened), so even a create can safely be sent again.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        provider_title: str | None = None,
        request_id: str | None = None,
        sent: bool = True,
    ) -> None:
        super().__init__(message, provider=provider, provider_title=provider_title, request_id=request_id)
        self.sent = sent


class APITimeoutError(APIConnectionError):
    """No answer within the timeout; the request may or may not have been processed."""


class APIStatusError(APIError):
    """The provider answered with an error.

    ``status_code`` is the HTTP status of the answer. A GraphQL error arrives in an HTTP 200
    answer: then ``graphql`` is True, ``status_code`` is that 200 and ``code`` is the error's
    own code (``extensions.code``), which is what the message shows."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int,
        provider_title: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        fields: Sequence[FieldError] = (),
        retry_after: float | None = None,
        code: str | None = None,
        graphql: bool = False,
    ) -> None:
        self.status_code = status_code
        self.body = body
        self.fields = list(fields)
        self.retry_after = retry_after
        self.code = code
        self.graphql = graphql
        what = f"GraphQL error {code or ''}".rstrip() if graphql else f"HTTP {status_code}"
        super().__init__(f"{what}: {message}", provider=provider, provider_title=provider_title, request_id=request_id)
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider!r}, status_code={self.status_code}, message={self.message!r})"


class AuthenticationError(APIStatusError):
    """The API key is missing, wrong or revoked (401)."""


class PaymentRequiredError(APIStatusError):
    """The account cannot pay for this (402, or a balance message)."""


class PermissionDeniedError(APIStatusError):
    """The key is valid but may not do this (403)."""


class NotFoundError(APIStatusError):
    """No such pod (or other resource) (404)."""


class ConflictError(APIStatusError):
    """Not allowed in the resource's current state (409), e.g. stopping a stopped pod."""


class ValidationError(APIStatusError):
    """The provider rejected the request's content (400/422); ``fields`` says which."""


class RateLimitedError(APIStatusError):
    """Too many requests (429); ``retry_after`` is how long the provider asked to wait."""


class CapacityError(APIStatusError):
    """No machine is free for this offer right now; another offer may work."""


class ProviderError(APIStatusError):
    """The provider failed (5xx), or answered something that is not its API (an HTML page,
    a cut-off body)."""


class APIRetired(APIStatusError):
    """The provider retired the API this call went to (it answers 410 Gone): the call will not
    work again. ``api`` names the retired API, ``replacement`` what to use instead (None when
    the provider offers nothing for it), ``retired_on`` the day it stopped (ISO date, or the
    announced period, or None when unknown).

    Not a ``NotFoundError``: a 410 from a retired API says nothing about the pod asked for."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int = 410,
        api: str,
        replacement: str | None,
        retired_on: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.api = api
        self.replacement = replacement
        self.retired_on = retired_on
        super().__init__(message, provider=provider, status_code=status_code, **kwargs)


class PodError(GpupodsError):
    """A pod did not reach the state it was asked to."""

    def __init__(self, message: str, *, pod_id: str, provider: str, status: str | None = None) -> None:
        self.pod_id = pod_id
        self.provider = provider
        self.status = status
        super().__init__(message)


class WaitTimeout(PodError):
    """``wait`` gave up; the pod still exists and is still billed."""


class PodFailed(PodError):
    """The pod went to ERROR or TERMINATED while it was waited on."""


class SshError(PodError):
    """An SSH step gpupods runs itself failed: installing keys over a pod's password login
    (Novita), or checking that the pod's sshd accepts the key. Never carries a password."""


class CreateFailed(GpupodsError):
    """No candidate offer produced a pod; ``attempts`` lists what each one answered."""

    def __init__(self, attempts: Sequence[tuple[str, GpupodsError]], reason: str = "") -> None:
        self.attempts = list(attempts)
        lines = [f"  - {where}: {type(err).__name__}: {err}" for where, err in self.attempts]
        head = reason or "no offer could create the pod"
        super().__init__(head + (":\n" + "\n".join(lines) if lines else ""))


class VolumePlacementError(CreateFailed):
    """No offer for the pod is where its volumes are: a volume is bound to one region or data
    center, and a pod can only mount it there. ``volumes`` names each volume with its provider
    and region; ``alternatives`` lists the nearest places that have the GPU (``"provider
    region: GPU at $/h"``) and the GPUs offered where the volumes are."""

    def __init__(
        self,
        message: str,
        attempts: Sequence[tuple[str, GpupodsError]] = (),
        *,
        volumes: Sequence[str] = (),
        alternatives: Sequence[str] = (),
    ) -> None:
        self.volumes = list(volumes)
        self.alternatives = list(alternatives)
        super().__init__(attempts, message)


class VolumeInUse(GpupodsError):
    """A volume is still mounted in pods, so it was not deleted (``force=True`` terminates
    them first). ``pods`` are their ids."""

    def __init__(self, message: str, *, provider: str, volume_id: str, pods: Sequence[str]) -> None:
        self.provider = provider
        self.volume_id = volume_id
        self.pods = list(pods)
        super().__init__(message)


class CreateOutcomeUnknown(GpupodsError):
    """A create may have succeeded, and gpupods could not find out: the provider's answer was
    lost and every search for the pod's client token failed too.

    The pod, if it exists, carries ``client_token`` at the end of its name on ``provider``
    (``Pod.client_token``): look for it with ``fleet.list(provider)`` once the provider
    answers again, or let ``terminate``/the reaper remove it. gpupods never sends a second
    create while this is unknown, so there is at most one such pod.
    """

    def __init__(
        self,
        provider: str,
        client_token: str,
        cause: GpupodsError | None = None,
        attempts: Sequence[tuple[str, GpupodsError]] = (),
    ) -> None:
        self.provider = provider
        self.client_token = client_token
        self.cause = cause
        self.attempts = list(attempts)
        why = f" ({type(cause).__name__}: {cause})" if cause is not None else ""
        super().__init__(
            f"the create on {provider} may have succeeded, but its answer was lost{why} and no search for the pod "
            f"could complete; a pod named '*-gp{client_token}' may exist on {provider}"
        )


class BudgetExceeded(GpupodsError):
    """A create that would take the hourly spend of the fleet's pods past its cap
    (``Fleet(max_spend_per_hour=...)``), refused before any create request was sent.

    ``current_spend`` is what the pods cost per hour now (USD), ``cap`` the fleet's cap,
    ``requested`` the cheapest candidate's price; ``unpriced`` names pods whose hourly cost is
    unknown, which make the spend impossible to check (the create is refused then too)."""

    def __init__(self, current_spend: float, cap: float, requested: float | None, unpriced: Sequence[str] = ()) -> None:
        self.current_spend = current_spend
        self.cap = cap
        self.requested = requested
        self.unpriced = list(unpriced)
        if self.unpriced:
            message = (
                f"cannot check the spend cap of ${cap:.2f}/h: the hourly cost of {', '.join(self.unpriced)} "
                "is unknown; no pod was created"
            )
        elif requested is None:
            message = f"no candidate offer has a known price to check against the spend cap of ${cap:.2f}/h"
        else:
            message = (
                f"creating this pod (${requested:.2f}/h) would take the spend from ${current_spend:.2f}/h to "
                f"${current_spend + requested:.2f}/h, over the cap of ${cap:.2f}/h; no pod was created"
            )
        super().__init__(message)


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: NotFoundError,
    422: ValidationError,
    429: RateLimitedError,
}


def error_class_for(status: int) -> type[APIStatusError]:
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    if status >= 500:
        return ProviderError
    return APIStatusError if 400 <= status < 500 else ProviderError
