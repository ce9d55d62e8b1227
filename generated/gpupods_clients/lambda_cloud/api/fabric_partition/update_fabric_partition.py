from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_fabric_partition_response_200 import (
    UpdateFabricPartitionResponse200,
)
from ...models.update_fabric_partition_response_400 import (
    UpdateFabricPartitionResponse400,
)
from ...models.update_fabric_partition_response_401 import (
    UpdateFabricPartitionResponse401,
)
from ...models.update_fabric_partition_response_403 import (
    UpdateFabricPartitionResponse403,
)
from ...models.update_fabric_partition_response_404 import (
    UpdateFabricPartitionResponse404,
)
from ...models.update_fabric_partition_update_fabric_partition_request import (
    UpdateFabricPartitionUpdateFabricPartitionRequest,
)
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateFabricPartitionUpdateFabricPartitionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/fabric/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UpdateFabricPartitionResponse200
    | UpdateFabricPartitionResponse400
    | UpdateFabricPartitionResponse401
    | UpdateFabricPartitionResponse403
    | UpdateFabricPartitionResponse404
    | None
):
    if response.status_code == 200:
        response_200 = UpdateFabricPartitionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateFabricPartitionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateFabricPartitionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateFabricPartitionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateFabricPartitionResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UpdateFabricPartitionResponse200
    | UpdateFabricPartitionResponse400
    | UpdateFabricPartitionResponse401
    | UpdateFabricPartitionResponse403
    | UpdateFabricPartitionResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFabricPartitionUpdateFabricPartitionRequest,
) -> Response[
    UpdateFabricPartitionResponse200
    | UpdateFabricPartitionResponse400
    | UpdateFabricPartitionResponse401
    | UpdateFabricPartitionResponse403
    | UpdateFabricPartitionResponse404
]:
    """Rename a fabric partition

     An update sent with POST.

    Args:
        id (str):
        body (UpdateFabricPartitionUpdateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateFabricPartitionResponse200 | UpdateFabricPartitionResponse400 | UpdateFabricPartitionResponse401 | UpdateFabricPartitionResponse403 | UpdateFabricPartitionResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFabricPartitionUpdateFabricPartitionRequest,
) -> (
    UpdateFabricPartitionResponse200
    | UpdateFabricPartitionResponse400
    | UpdateFabricPartitionResponse401
    | UpdateFabricPartitionResponse403
    | UpdateFabricPartitionResponse404
    | None
):
    """Rename a fabric partition

     An update sent with POST.

    Args:
        id (str):
        body (UpdateFabricPartitionUpdateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateFabricPartitionResponse200 | UpdateFabricPartitionResponse400 | UpdateFabricPartitionResponse401 | UpdateFabricPartitionResponse403 | UpdateFabricPartitionResponse404
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFabricPartitionUpdateFabricPartitionRequest,
) -> Response[
    UpdateFabricPartitionResponse200
    | UpdateFabricPartitionResponse400
    | UpdateFabricPartitionResponse401
    | UpdateFabricPartitionResponse403
    | UpdateFabricPartitionResponse404
]:
    """Rename a fabric partition

     An update sent with POST.

    Args:
        id (str):
        body (UpdateFabricPartitionUpdateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateFabricPartitionResponse200 | UpdateFabricPartitionResponse400 | UpdateFabricPartitionResponse401 | UpdateFabricPartitionResponse403 | UpdateFabricPartitionResponse404]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateFabricPartitionUpdateFabricPartitionRequest,
) -> (
    UpdateFabricPartitionResponse200
    | UpdateFabricPartitionResponse400
    | UpdateFabricPartitionResponse401
    | UpdateFabricPartitionResponse403
    | UpdateFabricPartitionResponse404
    | None
):
    """Rename a fabric partition

     An update sent with POST.

    Args:
        id (str):
        body (UpdateFabricPartitionUpdateFabricPartitionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateFabricPartitionResponse200 | UpdateFabricPartitionResponse400 | UpdateFabricPartitionResponse401 | UpdateFabricPartitionResponse403 | UpdateFabricPartitionResponse404
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
