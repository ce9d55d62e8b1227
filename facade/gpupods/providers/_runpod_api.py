"""Typed requests to RunPod REST v2 (the generated ``gpupods_clients.runpod_v2``), shared by
the RunPod backend, serverless endpoints and account secrets."""

from __future__ import annotations

from typing import ParamSpec, TypeVar

from gpupods_clients.runpod_v2.models import ErrorResponse

from .._flow import Endpoint, Flow, request

P = ParamSpec("P")
R = TypeVar("R")

#: A RunPod v2 operation module; its ``ErrorResponse`` answers are raised by the transport.
Operation = Endpoint[P, R, ErrorResponse]


def call(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Flow[R]:
    """One request, its arguments checked against the generated operation, its answer typed."""
    return request(operation, args, kwargs)


def call_idempotent(operation: Operation[P, R], /, *args: P.args, **kwargs: P.kwargs) -> Flow[R]:
    """``call`` for a request that is safe to repeat, which the transport may retry."""
    return request(operation, args, kwargs, idempotent=True)
