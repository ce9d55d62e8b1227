from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_fabric_partition_create_fabric_partition_request import (
    CreateFabricPartitionCreateFabricPartitionRequest,
)
from ...models.create_fabric_partition_response_200 import (
    CreateFabricPartitionResponse200,
)
from ...models.create_fabric_partition_response_400 import (
    CreateFabricPartitionResponse400,
)
from ...models.create_fabric_partition_response_401 import (
    CreateFabricPartitionResponse401,
)
from ...models.create_fabric_partition_response_403 import (
    CreateFabricPartitionResponse403,
)
from ...models.create_fabric_partition_response_404 import (
    CreateFabricPartitionResponse404,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFabricPartitionCreateFabricPartitionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fabric",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateFabricPartitionResponse200
    | CreateFabricPartitionResponse400
    | CreateFabricPartitionResponse401
    | CreateFabricPartitionResponse403
    | CreateFabricPartitionResponse404
    | None
):
    if response.status_code == 200:
        response_200 = CreateFabricPartitionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateFabricPartitionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateFabricPartitionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateFabricPartitionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateFabricPartitionResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateFabricPartitionResponse200
    | CreateFabricPartitionResponse400
    | CreateFabricPartitionResponse401
    | CreateFabricPartitionResponse403
    | CreateFabricPartitionResponse404
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
    body: CreateFabricPartitionCreateFabricPartitionRequest,
) -> Response[
    CreateFabricPartitionResponse200
    | CreateFabricPartitionResponse400
    | CreateFabricPartitionResponse401
    | CreateFabricPartitionResponse403
    | CreateFabricPartitionResponse404
]:
    """Create a fabric partition in a region

    Args:
        body (CreateFabricPartitionCreateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFabricPartitionResponse200 | CreateFabricPartitionResponse400 | CreateFabricPartitionResponse401 | CreateFabricPartitionResponse403 | CreateFabricPartitionResponse404]
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
    body: CreateFabricPartitionCreateFabricPartitionRequest,
) -> (
    CreateFabricPartitionResponse200
    | CreateFabricPartitionResponse400
    | CreateFabricPartitionResponse401
    | CreateFabricPartitionResponse403
    | CreateFabricPartitionResponse404
    | None
):
    """Create a fabric partition in a region

    Args:
        body (CreateFabricPartitionCreateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFabricPartitionResponse200 | CreateFabricPartitionResponse400 | CreateFabricPartitionResponse401 | CreateFabricPartitionResponse403 | CreateFabricPartitionResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFabricPartitionCreateFabricPartitionRequest,
) -> Response[
    CreateFabricPartitionResponse200
    | CreateFabricPartitionResponse400
    | CreateFabricPartitionResponse401
    | CreateFabricPartitionResponse403
    | CreateFabricPartitionResponse404
]:
    """Create a fabric partition in a region

    Args:
        body (CreateFabricPartitionCreateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFabricPartitionResponse200 | CreateFabricPartitionResponse400 | CreateFabricPartitionResponse401 | CreateFabricPartitionResponse403 | CreateFabricPartitionResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFabricPartitionCreateFabricPartitionRequest,
) -> (
    CreateFabricPartitionResponse200
    | CreateFabricPartitionResponse400
    | CreateFabricPartitionResponse401
    | CreateFabricPartitionResponse403
    | CreateFabricPartitionResponse404
    | None
):
    """Create a fabric partition in a region

    Args:
        body (CreateFabricPartitionCreateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFabricPartitionResponse200 | CreateFabricPartitionResponse400 | CreateFabricPartitionResponse401 | CreateFabricPartitionResponse403 | CreateFabricPartitionResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
