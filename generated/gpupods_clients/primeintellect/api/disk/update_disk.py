from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_disk_update_request import APIDiskUpdateRequest
from ...models.disk_update_result import DiskUpdateResult
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...types import Response


def _get_kwargs(
    disk_id: str,
    *,
    body: APIDiskUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/disks/{disk_id}".format(
            disk_id=quote(str(disk_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiskUpdateResult | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = DiskUpdateResult.from_dict(response.json())

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
) -> Response[DiskUpdateResult | ErrorResponse | HTTPErrorDetail]:
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
    body: APIDiskUpdateRequest,
) -> Response[DiskUpdateResult | ErrorResponse | HTTPErrorDetail]:
    """Rename a disk

    Args:
        disk_id (str):
        body (APIDiskUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiskUpdateResult | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        disk_id=disk_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    disk_id: str,
    *,
    client: AuthenticatedClient,
    body: APIDiskUpdateRequest,
) -> DiskUpdateResult | ErrorResponse | HTTPErrorDetail | None:
    """Rename a disk

    Args:
        disk_id (str):
        body (APIDiskUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiskUpdateResult | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        disk_id=disk_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    disk_id: str,
    *,
    client: AuthenticatedClient,
    body: APIDiskUpdateRequest,
) -> Response[DiskUpdateResult | ErrorResponse | HTTPErrorDetail]:
    """Rename a disk

    Args:
        disk_id (str):
        body (APIDiskUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiskUpdateResult | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        disk_id=disk_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    disk_id: str,
    *,
    client: AuthenticatedClient,
    body: APIDiskUpdateRequest,
) -> DiskUpdateResult | ErrorResponse | HTTPErrorDetail | None:
    """Rename a disk

    Args:
        disk_id (str):
        body (APIDiskUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiskUpdateResult | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            disk_id=disk_id,
            client=client,
            body=body,
        )
    ).parsed
