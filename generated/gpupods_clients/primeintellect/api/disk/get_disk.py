from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_disk_config import APIDiskConfig
from ...models.detail import Detail
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    disk_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/disks/{disk_id}".format(
            disk_id=quote(str(disk_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIDiskConfig | Detail | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = APIDiskConfig.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Detail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Detail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APIDiskConfig | Detail | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    disk_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[APIDiskConfig | Detail | ErrorResponse]:
    """Get one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIDiskConfig | Detail | ErrorResponse]
    """

    kwargs = _get_kwargs(
        disk_id=disk_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    disk_id: str,
    *,
    client: AuthenticatedClient,
) -> APIDiskConfig | Detail | ErrorResponse | None:
    """Get one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIDiskConfig | Detail | ErrorResponse
    """

    return sync_detailed(
        disk_id=disk_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    disk_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[APIDiskConfig | Detail | ErrorResponse]:
    """Get one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIDiskConfig | Detail | ErrorResponse]
    """

    kwargs = _get_kwargs(
        disk_id=disk_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    disk_id: str,
    *,
    client: AuthenticatedClient,
) -> APIDiskConfig | Detail | ErrorResponse | None:
    """Get one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIDiskConfig | Detail | ErrorResponse
    """

    return (
        await asyncio_detailed(
            disk_id=disk_id,
            client=client,
        )
    ).parsed
