from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gpu_socket import GPUSocket
from ...models.gpu_type import GPUType
from ...models.http_error_detail import HTTPErrorDetail
from ...models.legacy_availability_response import LegacyAvailabilityResponse
from ...models.regions import Regions
from ...models.security_type import SecurityType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    regions: list[Regions] | None | Unset = UNSET,
    gpu_count: int | None | Unset = UNSET,
    gpu_type: GPUType | None | Unset = UNSET,
    socket: GPUSocket | None | Unset = UNSET,
    security: None | SecurityType | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
    disks: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_regions: list[str] | None | Unset
    if isinstance(regions, Unset):
        json_regions = UNSET
    elif isinstance(regions, list):
        json_regions = []
        for regions_type_0_item_data in regions:
            regions_type_0_item: str = regions_type_0_item_data
            json_regions.append(regions_type_0_item)

    else:
        json_regions = regions
    params["regions"] = json_regions

    json_gpu_count: int | None | Unset
    if isinstance(gpu_count, Unset):
        json_gpu_count = UNSET
    else:
        json_gpu_count = gpu_count
    params["gpu_count"] = json_gpu_count

    json_gpu_type: None | str | Unset
    if isinstance(gpu_type, Unset):
        json_gpu_type = UNSET
    elif isinstance(gpu_type, str):
        json_gpu_type = gpu_type
    else:
        json_gpu_type = gpu_type
    params["gpu_type"] = json_gpu_type

    json_socket: None | str | Unset
    if isinstance(socket, Unset):
        json_socket = UNSET
    elif isinstance(socket, str):
        json_socket = socket
    else:
        json_socket = socket
    params["socket"] = json_socket

    json_security: None | str | Unset
    if isinstance(security, Unset):
        json_security = UNSET
    elif isinstance(security, str):
        json_security = security
    else:
        json_security = security
    params["security"] = json_security

    json_data_center_id: None | str | Unset
    if isinstance(data_center_id, Unset):
        json_data_center_id = UNSET
    else:
        json_data_center_id = data_center_id
    params["data_center_id"] = json_data_center_id

    json_cloud_id: None | str | Unset
    if isinstance(cloud_id, Unset):
        json_cloud_id = UNSET
    else:
        json_cloud_id = cloud_id
    params["cloud_id"] = json_cloud_id

    json_disks: list[str] | None | Unset
    if isinstance(disks, Unset):
        json_disks = UNSET
    elif isinstance(disks, list):
        json_disks = disks

    else:
        json_disks = disks
    params["disks"] = json_disks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/availability/clusters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse | None:
    if response.status_code == 200:
        response_200 = LegacyAvailabilityResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HTTPErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    regions: list[Regions] | None | Unset = UNSET,
    gpu_count: int | None | Unset = UNSET,
    gpu_type: GPUType | None | Unset = UNSET,
    socket: GPUSocket | None | Unset = UNSET,
    security: None | SecurityType | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
    disks: list[str] | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse]:
    """List multi-node offers grouped by GPU type (older form of the listing)

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 500.
        regions (list[Regions] | None | Unset):
        gpu_count (int | None | Unset):
        gpu_type (GPUType | None | Unset):
        socket (GPUSocket | None | Unset):
        security (None | SecurityType | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):
        disks (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        regions=regions,
        gpu_count=gpu_count,
        gpu_type=gpu_type,
        socket=socket,
        security=security,
        data_center_id=data_center_id,
        cloud_id=cloud_id,
        disks=disks,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    regions: list[Regions] | None | Unset = UNSET,
    gpu_count: int | None | Unset = UNSET,
    gpu_type: GPUType | None | Unset = UNSET,
    socket: GPUSocket | None | Unset = UNSET,
    security: None | SecurityType | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
    disks: list[str] | None | Unset = UNSET,
) -> ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse | None:
    """List multi-node offers grouped by GPU type (older form of the listing)

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 500.
        regions (list[Regions] | None | Unset):
        gpu_count (int | None | Unset):
        gpu_type (GPUType | None | Unset):
        socket (GPUSocket | None | Unset):
        security (None | SecurityType | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):
        disks (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        regions=regions,
        gpu_count=gpu_count,
        gpu_type=gpu_type,
        socket=socket,
        security=security,
        data_center_id=data_center_id,
        cloud_id=cloud_id,
        disks=disks,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    regions: list[Regions] | None | Unset = UNSET,
    gpu_count: int | None | Unset = UNSET,
    gpu_type: GPUType | None | Unset = UNSET,
    socket: GPUSocket | None | Unset = UNSET,
    security: None | SecurityType | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
    disks: list[str] | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse]:
    """List multi-node offers grouped by GPU type (older form of the listing)

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 500.
        regions (list[Regions] | None | Unset):
        gpu_count (int | None | Unset):
        gpu_type (GPUType | None | Unset):
        socket (GPUSocket | None | Unset):
        security (None | SecurityType | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):
        disks (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        regions=regions,
        gpu_count=gpu_count,
        gpu_type=gpu_type,
        socket=socket,
        security=security,
        data_center_id=data_center_id,
        cloud_id=cloud_id,
        disks=disks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 500,
    regions: list[Regions] | None | Unset = UNSET,
    gpu_count: int | None | Unset = UNSET,
    gpu_type: GPUType | None | Unset = UNSET,
    socket: GPUSocket | None | Unset = UNSET,
    security: None | SecurityType | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
    disks: list[str] | None | Unset = UNSET,
) -> ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse | None:
    """List multi-node offers grouped by GPU type (older form of the listing)

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 500.
        regions (list[Regions] | None | Unset):
        gpu_count (int | None | Unset):
        gpu_type (GPUType | None | Unset):
        socket (GPUSocket | None | Unset):
        security (None | SecurityType | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):
        disks (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPErrorDetail | LegacyAvailabilityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            regions=regions,
            gpu_count=gpu_count,
            gpu_type=gpu_type,
            socket=socket,
            security=security,
            data_center_id=data_center_id,
            cloud_id=cloud_id,
            disks=disks,
        )
    ).parsed
