from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_pod_request import CreatePodRequest
from ...models.error_response import ErrorResponse
from ...models.pod import Pod
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePodRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/pods",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Pod:
    if response.status_code == 201:
        response_201 = Pod.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Pod]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodRequest,
) -> Response[ErrorResponse | Pod]:
    """Rent a new pod

     Places the pod on the one GPU type asked for, with no fallback to others. Not idempotent: a repeated
    call makes another pod. 422 means the body is wrong (do not retry); 400 can also mean no free
    machine (try another GPU type or data center), or a start that would pass the account's hourly spend
    cap. A body over 102,400 bytes is refused with 413 before the key is even checked; the limit also
    applies to the body with its template expanded, so a small body can get 413 when the template
    carries large env or command values.

    Args:
        body (CreatePodRequest): image is required unless templateId is given; send exactly one of
            gpu or cpu (checked by the server, 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Pod]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodRequest,
) -> ErrorResponse | Pod | None:
    """Rent a new pod

     Places the pod on the one GPU type asked for, with no fallback to others. Not idempotent: a repeated
    call makes another pod. 422 means the body is wrong (do not retry); 400 can also mean no free
    machine (try another GPU type or data center), or a start that would pass the account's hourly spend
    cap. A body over 102,400 bytes is refused with 413 before the key is even checked; the limit also
    applies to the body with its template expanded, so a small body can get 413 when the template
    carries large env or command values.

    Args:
        body (CreatePodRequest): image is required unless templateId is given; send exactly one of
            gpu or cpu (checked by the server, 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Pod
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodRequest,
) -> Response[ErrorResponse | Pod]:
    """Rent a new pod

     Places the pod on the one GPU type asked for, with no fallback to others. Not idempotent: a repeated
    call makes another pod. 422 means the body is wrong (do not retry); 400 can also mean no free
    machine (try another GPU type or data center), or a start that would pass the account's hourly spend
    cap. A body over 102,400 bytes is refused with 413 before the key is even checked; the limit also
    applies to the body with its template expanded, so a small body can get 413 when the template
    carries large env or command values.

    Args:
        body (CreatePodRequest): image is required unless templateId is given; send exactly one of
            gpu or cpu (checked by the server, 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Pod]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePodRequest,
) -> ErrorResponse | Pod | None:
    """Rent a new pod

     Places the pod on the one GPU type asked for, with no fallback to others. Not idempotent: a repeated
    call makes another pod. 422 means the body is wrong (do not retry); 400 can also mean no free
    machine (try another GPU type or data center), or a start that would pass the account's hourly spend
    cap. A body over 102,400 bytes is refused with 413 before the key is even checked; the limit also
    applies to the body with its template expanded, so a small body can get 413 when the template
    carries large env or command values.

    Args:
        body (CreatePodRequest): image is required unless templateId is given; send exactly one of
            gpu or cpu (checked by the server, 400).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Pod
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
