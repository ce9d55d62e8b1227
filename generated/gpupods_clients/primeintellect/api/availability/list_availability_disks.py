from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.disk_availability_response import DiskAvailabilityResponse
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...models.regions import Regions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    regions: list[Regions] | None | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/availability/disks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = DiskAvailabilityResponse.from_dict(response.json())

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
) -> Response[DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail]:
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
    page_size: int | Unset = 100,
    regions: list[Regions] | None | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
) -> Response[DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail]:
    """List where standalone network disks can be created, with prices

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        regions (list[Regions] | None | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        regions=regions,
        data_center_id=data_center_id,
        cloud_id=cloud_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    regions: list[Regions] | None | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
) -> DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail | None:
    """List where standalone network disks can be created, with prices

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        regions (list[Regions] | None | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        regions=regions,
        data_center_id=data_center_id,
        cloud_id=cloud_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    regions: list[Regions] | None | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
) -> Response[DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail]:
    """List where standalone network disks can be created, with prices

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        regions (list[Regions] | None | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        regions=regions,
        data_center_id=data_center_id,
        cloud_id=cloud_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    regions: list[Regions] | None | Unset = UNSET,
    data_center_id: None | str | Unset = UNSET,
    cloud_id: None | str | Unset = UNSET,
) -> DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail | None:
    """List where standalone network disks can be created, with prices

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 100.
        regions (list[Regions] | None | Unset):
        data_center_id (None | str | Unset):
        cloud_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiskAvailabilityResponse | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            regions=regions,
            data_center_id=data_center_id,
            cloud_id=cloud_id,
        )
    ).parsed
