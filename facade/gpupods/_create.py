"""The create protocol: one call to ``Fleet.create`` makes at most one pod, and never loses one.

Invariants (the code below obeys them; ``tests/reliability`` checks them under generated
fault schedules, concurrent tasks and threads, and interruptions):

1. **One token per call.** ``Fleet.create`` draws one client token; every attempt, on any
   offer of any provider, names the pod ``<name>-gp<token>`` (``gpupods._tokens``).
   ``PodSpec`` refuses extras that would rename the pod, and each backend sets the name last.
2. **The transport never repeats a create.** ``ResilientTransport`` resends a non-idempotent
   request only when the connection could not be opened (nothing was sent); on any status,
   timeout or dropped connection it raises, and this protocol decides.
3. **Search before sending again.** After a failed attempt that may have reached the provider
   (any answer, timeout or dropped connection: even a 4xx can be a proxy's answer to a
   request the provider carried out), the provider's pods are searched for the token. A
   create is sent again (same offer, or the next one) only after a search that *completed*
   showed no pod carrying it. Failures that prove nothing was sent (a refused connection, a
   check before any request) need no search.
4. **No blind create.** A search that fails is repeated (bounded, with backoff); when none
   completes, the call raises ``CreateOutcomeUnknown`` carrying the provider and the token.
5. **Accepted is final.** Once a provider accepted a create, nothing that fails afterwards
   (reading the new pod, mapping the answer) leads to another create: the call returns the
   pod, read back or (``Backend.provisional_pod``) built from what is known.
6. **Keys before pods.** The pod's SSH keys are put in its spec by ``Backend.with_ssh_keys``
   (which may register them on the account) before the first create on each provider; that
   step creates no pod, so its failures are retried or skipped without a search.
7. **Interrupted creates leave no pod.** When a ``KeyboardInterrupt``, a task cancellation
   or another ``BaseException`` interrupts a call after a create may have been sent, gpupods
   searches for the token and terminates what it finds before the interruption propagates
   (bounded; in asyncio shielded from a second cancellation). If it cannot make sure, it logs
   a warning naming provider and token and adds that as a note to the exception; the pod's
   name carries the token, so ``gpupods ls`` shows it and terminate or the reaper removes it.
   (The fleet records each call's token while it runs, ``gpupods._journal``: a record left by
   a call that never finished, even one killed outright, is how the reaper knows that pod.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from ._flow import Flow, Run, Sleep
from .errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    CapacityError,
    ConflictError,
    CreateFailed,
    CreateOutcomeUnknown,
    GpupodsError,
    InvalidSpec,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    ProviderError,
    RateLimitedError,
    UnsupportedOperation,
    ValidationError,
)
from .keys import PublicKey
from .models import GpuOffer, Pod, PodSpec
from .providers._base import Backend, Created

log = logging.getLogger("gpupods")

Move = Literal["retry", "next", "stop"]
T = TypeVar("T")


@dataclass
class CreateLedger:
    """Where one call's creates may have landed: (backend, token) pairs, in order.
    ``on_send`` hears of each new pair before its create is sent (the fleet's create journal)."""

    sent: list[tuple[Backend, str]] = field(default_factory=list)
    on_send: Callable[[Backend, str], None] | None = None

    def record(self, backend: Backend, token: str) -> None:
        if (backend, token) not in self.sent:
            if self.on_send is not None:
                self.on_send(backend, token)
            self.sent.append((backend, token))


@dataclass(frozen=True)
class CreatePolicy:
    """How hard one call tries. The defaults suit real providers; tests shorten the waits."""

    attempts_per_offer: int = 3
    search_rounds: int = 5
    #: After an ambiguous failure (timeout, dropped connection, 5xx), a search that finds
    #: nothing is repeated once after this pause, for providers whose lists lag behind.
    confirm_delay: float = 1.0
    max_wait: float = 60.0


def may_have_reached(error: GpupodsError) -> bool:
    """Whether the provider may have carried out the request that failed with ``error``."""
    if isinstance(error, APIConnectionError):
        return error.sent
    return isinstance(error, APIError)


def next_move(error: GpupodsError) -> Move:
    """What to do after an attempt failed with ``error`` and no pod carries the token."""
    if isinstance(error, RateLimitedError | APIConnectionError | ProviderError):
        return "retry"  # transient: the same offer again, after a pause
    if isinstance(error, PaymentRequiredError | AuthenticationError):
        return "stop"  # no other offer fixes the account or the key
    if isinstance(error, ValidationError):
        return "stop" if error.status_code == 422 else "next"  # 422: the request itself is wrong
    if isinstance(
        error,
        CapacityError | PermissionDeniedError | ConflictError | NotFoundError | InvalidSpec | UnsupportedOperation,
    ):
        return "next"  # a rule of this offer or provider
    if isinstance(error, APIError):
        return "retry"  # an unclassified status: treat as transient, within the attempts
    return "stop"


def pause(error: GpupodsError, attempt: int, policy: CreatePolicy) -> float:
    if isinstance(error, RateLimitedError) and error.retry_after is not None:
        return min(float(error.retry_after), policy.max_wait)
    return min(2.0 * 2.0**attempt, 20.0, policy.max_wait)


def search(backend: Backend, token: str, cause: GpupodsError | None, policy: CreatePolicy) -> Flow[Pod | None]:
    """The pod carrying ``token`` on ``backend``, or None when a search completed and found
    none. Raises ``CreateOutcomeUnknown`` when no search completes."""
    return (yield from search_with(lambda: backend.find_by_token(token), backend, token, cause, policy))


def search_with(
    find: Callable[[], Flow[T | None]], backend: Backend, token: str, cause: GpupodsError | None, policy: CreatePolicy
) -> Flow[T | None]:
    """``find()`` until one run completes (bounded, with backoff): what it found, or None.
    Raises ``CreateOutcomeUnknown`` when no run completes."""
    last: GpupodsError | None = None
    for round_ in range(policy.search_rounds):
        if round_:
            yield Sleep(min(0.5 * 2.0**round_, 8.0, policy.max_wait))
        try:
            found: T | None = yield Run(find(), backend.session())
        except GpupodsError as exc:
            last = exc
            log.info("searching %s for token %s failed: %s", backend.name, token, exc)
            continue
        return found
    raise CreateOutcomeUnknown(backend.name, token, cause=cause or last)


#: How a call fits a spec to one candidate: the spec and offer to create with on that backend
#: (volumes resolved, the offer narrowed to where they are), or ``InvalidSpec`` saying why the
#: candidate cannot be used (``gpupods._placement``). It sends no request: ``create_on`` calls
#: it to skip a candidate, then again on the spec that carries the SSH keys.
Placement = Callable[[Backend, PodSpec, GpuOffer | None], tuple[PodSpec, GpuOffer | None]]


def create_on(
    backend_of: Callable[[str], Backend],
    spec: PodSpec,
    candidates: Sequence[GpuOffer | None],
    token: str,
    ledger: CreateLedger,
    policy: CreatePolicy,
    provider: str | None = None,
    placement: Placement | None = None,
    limit: int | None = None,
    keys: Sequence[PublicKey] = (),
) -> Flow[Pod]:
    """Try ``candidates`` in turn (``None``: the provider picks) until one makes the pod; at
    most ``limit`` of them. A provider whose backend refused the spec before any request
    (``InvalidSpec`` from ``check_spec`` or ``create``: it cannot run it on any offer;
    ``UnsupportedOperation`` from putting the
    ``keys`` in it) is skipped from then on, and its offers do not count against ``limit``. A
    candidate that ``placement`` refuses (the pod's volumes are elsewhere) is skipped with its
    reason in the attempts, and does not count either."""
    attempts: list[tuple[str, GpupodsError]] = []
    refused: set[str] = set()
    prepared: dict[str, PodSpec] = {}  # provider -> the spec carrying the keys its way
    tried = 0
    for candidate in candidates:
        backend = backend_of(candidate.provider if candidate is not None else str(provider))
        if backend.name in refused:
            continue
        if limit is not None and tried == limit:
            break
        where = f"{backend.name} {candidate.gpu} x{candidate.count}" if candidate is not None else backend.name
        try:
            placed, offer = placement(backend, spec, candidate) if placement is not None else (spec, candidate)
        except InvalidSpec as elsewhere:
            attempts.append((where, elsewhere))
            continue
        try:
            backend.check_spec(placed, offer)
        except InvalidSpec as cannot:  # before any request: the provider cannot run it
            attempts.append((where, cannot))
            refused.add(backend.name)
            continue
        tried += 1
        for attempt in range(policy.attempts_per_offer):
            if backend.name not in prepared:
                try:
                    prepared[backend.name] = yield Run(backend.with_ssh_keys(spec, keys), backend.session())
                except GpupodsError as exc:  # no pod can exist yet: nothing to search for
                    attempts.append((f"{where} (SSH keys)", exc))
                    if isinstance(exc, InvalidSpec | UnsupportedOperation):
                        refused.add(backend.name)
                    move = next_move(exc)
                    if move == "stop":
                        raise _failure(attempts, exc) from exc
                    if move == "next":
                        break
                    if attempt + 1 < policy.attempts_per_offer:
                        yield Sleep(pause(exc, attempt, policy))
                    continue
            keyed = prepared[backend.name]
            spec_here, offer = placement(backend, keyed, candidate) if placement is not None else (keyed, candidate)
            try:
                ledger.record(backend, token)
                created: Created = yield Run(backend.create(spec_here, offer, token), backend.session())
            except GpupodsError as exc:
                attempts.append((where, exc))
                if isinstance(exc, InvalidSpec):
                    refused.add(backend.name)
                if may_have_reached(exc):
                    found = yield from _search_after(backend, token, exc, policy, attempts)
                    if found is not None:
                        log.info("create on %s failed (%s) but the pod exists: %s", where, exc, found.id)
                        return found
                move = next_move(exc)
                if move == "stop":
                    raise _failure(attempts, exc) from exc
                if move == "next":
                    break
                if attempt + 1 < policy.attempts_per_offer:
                    yield Sleep(pause(exc, attempt, policy))
                continue
            return (yield from _read_back(backend, created, spec_here, offer, token))
    raise _failure(attempts, None)


def _search_after(
    backend: Backend, token: str, error: GpupodsError, policy: CreatePolicy, attempts: list[tuple[str, GpupodsError]]
) -> Flow[Pod | None]:
    try:
        found = yield from search(backend, token, error, policy)
        if found is None and isinstance(error, APIConnectionError | ProviderError) and policy.confirm_delay > 0:
            yield Sleep(policy.confirm_delay)
            found = yield from search(backend, token, error, policy)
    except CreateOutcomeUnknown as unknown:
        unknown.attempts = list(attempts)
        raise
    return found


def _read_back(backend: Backend, created: Created, spec: PodSpec, offer: GpuOffer | None, token: str) -> Flow[Pod]:
    try:
        pod: Pod = yield Run(backend.created_pod(created, spec, offer, token), backend.session())
    except GpupodsError as exc:
        log.warning(
            "%s created pod %s but reading it back failed (%s); returning what is known",
            backend.name,
            created.pod_id,
            exc,
        )
        return backend.provisional_pod(created, spec, offer, token)
    return pod


def _failure(attempts: list[tuple[str, GpupodsError]], stopped_by: GpupodsError | None) -> GpupodsError:
    """The error a call that made no pod raises: the spec's own error when every attempt was
    refused before any request for it (e.g. an image no candidate provider can run)."""
    if attempts and all(isinstance(error, InvalidSpec) for _, error in attempts):
        return attempts[0][1]
    reasons = {
        PaymentRequiredError: "the account cannot pay for this pod",
        AuthenticationError: "the provider refused the API key",
        ValidationError: "the provider rejected the pod spec",
    }
    reason = next((text for cls, text in reasons.items() if isinstance(stopped_by, cls)), "")
    return CreateFailed(attempts, reason)


def clean_up(ledger: CreateLedger, policy: CreatePolicy, terminate: Callable[[Backend, str], Flow[None]]) -> Flow[str]:
    """After an interruption: terminate any pod the ledger's creates made. Returns a note
    for the interrupted exception, saying what was found and done."""
    notes = []
    for backend, token in ledger.sent:
        try:
            found = yield from search(backend, token, None, policy)
        except CreateOutcomeUnknown:
            notes.append(
                f"could not check {backend.name} for the interrupted create's pod: a pod named "
                f"'*-gp{token}' may exist there and bill (gpupods ls; gpupods rm)"
            )
            continue
        if found is None:
            continue
        try:
            yield from terminate(backend, found.id)
        except GpupodsError as exc:
            notes.append(
                f"{backend.name} pod {found.id} ('{found.name}') was made by the interrupted create and "
                f"could not be terminated ({exc}): it still exists and bills"
            )
            continue
        notes.append(f"{backend.name} pod {found.id} made by the interrupted create was terminated")
    return "; ".join(notes)
