from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_pods_response import ListPodsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_cluster_pods: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeClusterPods"] = include_cluster_pods

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/pods",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListPodsResponse:
    if response.status_code == 200:
        response_200 = ListPodsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | ListPodsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_cluster_pods: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> Response[ErrorResponse | ListPodsResponse]:
    """The account's pods, newest first, one page at a time

     Cluster members are left out after the page is cut (unless includeClusterPods), so a page can hold
    fewer than limit pods: follow pagination.nextCursor until hasNextPage is false.

    Args:
        include_cluster_pods (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListPodsResponse]
    """

    kwargs = _get_kwargs(
        include_cluster_pods=include_cluster_pods,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_cluster_pods: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> ErrorResponse | ListPodsResponse | None:
    """The account's pods, newest first, one page at a time

     Cluster members are left out after the page is cut (unless includeClusterPods), so a page can hold
    fewer than limit pods: follow pagination.nextCursor until hasNextPage is false.

    Args:
        include_cluster_pods (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListPodsResponse
    """

    return sync_detailed(
        client=client,
        include_cluster_pods=include_cluster_pods,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_cluster_pods: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> Response[ErrorResponse | ListPodsResponse]:
    """The account's pods, newest first, one page at a time

     Cluster members are left out after the page is cut (unless includeClusterPods), so a page can hold
    fewer than limit pods: follow pagination.nextCursor until hasNextPage is false.

    Args:
        include_cluster_pods (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListPodsResponse]
    """

    kwargs = _get_kwargs(
        include_cluster_pods=include_cluster_pods,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_cluster_pods: bool | Unset = False,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 1000,
) -> ErrorResponse | ListPodsResponse | None:
    """The account's pods, newest first, one page at a time

     Cluster members are left out after the page is cut (unless includeClusterPods), so a page can hold
    fewer than limit pods: follow pagination.nextCursor until hasNextPage is false.

    Args:
        include_cluster_pods (bool | Unset):  Default: False.
        cursor (str | Unset):
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListPodsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include_cluster_pods=include_cluster_pods,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
