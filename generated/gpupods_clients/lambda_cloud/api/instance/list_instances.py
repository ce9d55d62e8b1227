from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_instances_response_200 import ListInstancesResponse200
from ...models.list_instances_response_400 import ListInstancesResponse400
from ...models.list_instances_response_401 import ListInstancesResponse401
from ...models.list_instances_response_403 import ListInstancesResponse403
from ...models.list_instances_response_404 import ListInstancesResponse404
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cluster_id"] = cluster_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/instances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListInstancesResponse200
    | ListInstancesResponse400
    | ListInstancesResponse401
    | ListInstancesResponse403
    | ListInstancesResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListInstancesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListInstancesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListInstancesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListInstancesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListInstancesResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListInstancesResponse200
    | ListInstancesResponse400
    | ListInstancesResponse401
    | ListInstancesResponse403
    | ListInstancesResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
) -> Response[
    ListInstancesResponse200
    | ListInstancesResponse400
    | ListInstancesResponse401
    | ListInstancesResponse403
    | ListInstancesResponse404
]:
    """List the account's instances that are not terminated

     Every instance of the account that still exists, in any status but terminated. An instance that has
    finished terminating drops out of this list.

    Args:
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListInstancesResponse200 | ListInstancesResponse400 | ListInstancesResponse401 | ListInstancesResponse403 | ListInstancesResponse404]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
) -> (
    ListInstancesResponse200
    | ListInstancesResponse400
    | ListInstancesResponse401
    | ListInstancesResponse403
    | ListInstancesResponse404
    | None
):
    """List the account's instances that are not terminated

     Every instance of the account that still exists, in any status but terminated. An instance that has
    finished terminating drops out of this list.

    Args:
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListInstancesResponse200 | ListInstancesResponse400 | ListInstancesResponse401 | ListInstancesResponse403 | ListInstancesResponse404
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
) -> Response[
    ListInstancesResponse200
    | ListInstancesResponse400
    | ListInstancesResponse401
    | ListInstancesResponse403
    | ListInstancesResponse404
]:
    """List the account's instances that are not terminated

     Every instance of the account that still exists, in any status but terminated. An instance that has
    finished terminating drops out of this list.

    Args:
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListInstancesResponse200 | ListInstancesResponse400 | ListInstancesResponse401 | ListInstancesResponse403 | ListInstancesResponse404]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
) -> (
    ListInstancesResponse200
    | ListInstancesResponse400
    | ListInstancesResponse401
    | ListInstancesResponse403
    | ListInstancesResponse404
    | None
):
    """List the account's instances that are not terminated

     Every instance of the account that still exists, in any status but terminated. An instance that has
    finished terminating drops out of this list.

    Args:
        cluster_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListInstancesResponse200 | ListInstancesResponse400 | ListInstancesResponse401 | ListInstancesResponse403 | ListInstancesResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
        )
    ).parsed
