from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_disk_config import APIDiskConfig
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
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
) -> APIDiskConfig | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = APIDiskConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HTTPErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPErrorDetail.from_dict(response.json())

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
) -> Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]:
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
) -> Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]:
    """Read one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]
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
) -> APIDiskConfig | ErrorResponse | HTTPErrorDetail | None:
    """Read one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIDiskConfig | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        disk_id=disk_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    disk_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]:
    """Read one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]
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
) -> APIDiskConfig | ErrorResponse | HTTPErrorDetail | None:
    """Read one disk

    Args:
        disk_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIDiskConfig | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            disk_id=disk_id,
            client=client,
        )
    ).parsed
