from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.compliance import Compliance
from ...models.data_center_include import DataCenterInclude
from ...models.data_center_region import DataCenterRegion
from ...models.error_response import ErrorResponse
from ...models.list_data_centers_response import ListDataCentersResponse
from ...models.volume_type import VolumeType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include: list[DataCenterInclude] | Unset = UNSET,
    regions: list[DataCenterRegion] | Unset = UNSET,
    network_volume_types: list[VolumeType] | Unset = UNSET,
    compliance: list[Compliance] | Unset = UNSET,
    global_network: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    json_regions: list[str] | Unset = UNSET
    if not isinstance(regions, Unset):
        json_regions = []
        for regions_item_data in regions:
            regions_item: str = regions_item_data
            json_regions.append(regions_item)

    params["regions"] = json_regions

    json_network_volume_types: list[str] | Unset = UNSET
    if not isinstance(network_volume_types, Unset):
        json_network_volume_types = []
        for network_volume_types_item_data in network_volume_types:
            network_volume_types_item: str = network_volume_types_item_data
            json_network_volume_types.append(network_volume_types_item)

    params["networkVolumeTypes"] = json_network_volume_types

    json_compliance: list[str] | Unset = UNSET
    if not isinstance(compliance, Unset):
        json_compliance = []
        for compliance_item_data in compliance:
            compliance_item: str = compliance_item_data
            json_compliance.append(compliance_item)

    params["compliance"] = json_compliance

    params["globalNetwork"] = global_network

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/catalog/datacenters",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListDataCentersResponse:
    if response.status_code == 200:
        response_200 = ListDataCentersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListDataCentersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[DataCenterInclude] | Unset = UNSET,
    regions: list[DataCenterRegion] | Unset = UNSET,
    network_volume_types: list[VolumeType] | Unset = UNSET,
    compliance: list[Compliance] | Unset = UNSET,
    global_network: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListDataCentersResponse]:
    """RunPod's data centers and what each supports

    Args:
        include (list[DataCenterInclude] | Unset):
        regions (list[DataCenterRegion] | Unset):
        network_volume_types (list[VolumeType] | Unset):
        compliance (list[Compliance] | Unset):
        global_network (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListDataCentersResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        regions=regions,
        network_volume_types=network_volume_types,
        compliance=compliance,
        global_network=global_network,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include: list[DataCenterInclude] | Unset = UNSET,
    regions: list[DataCenterRegion] | Unset = UNSET,
    network_volume_types: list[VolumeType] | Unset = UNSET,
    compliance: list[Compliance] | Unset = UNSET,
    global_network: bool | Unset = UNSET,
) -> ErrorResponse | ListDataCentersResponse | None:
    """RunPod's data centers and what each supports

    Args:
        include (list[DataCenterInclude] | Unset):
        regions (list[DataCenterRegion] | Unset):
        network_volume_types (list[VolumeType] | Unset):
        compliance (list[Compliance] | Unset):
        global_network (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListDataCentersResponse
    """

    return sync_detailed(
        client=client,
        include=include,
        regions=regions,
        network_volume_types=network_volume_types,
        compliance=compliance,
        global_network=global_network,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include: list[DataCenterInclude] | Unset = UNSET,
    regions: list[DataCenterRegion] | Unset = UNSET,
    network_volume_types: list[VolumeType] | Unset = UNSET,
    compliance: list[Compliance] | Unset = UNSET,
    global_network: bool | Unset = UNSET,
) -> Response[ErrorResponse | ListDataCentersResponse]:
    """RunPod's data centers and what each supports

    Args:
        include (list[DataCenterInclude] | Unset):
        regions (list[DataCenterRegion] | Unset):
        network_volume_types (list[VolumeType] | Unset):
        compliance (list[Compliance] | Unset):
        global_network (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListDataCentersResponse]
    """

    kwargs = _get_kwargs(
        include=include,
        regions=regions,
        network_volume_types=network_volume_types,
        compliance=compliance,
        global_network=global_network,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include: list[DataCenterInclude] | Unset = UNSET,
    regions: list[DataCenterRegion] | Unset = UNSET,
    network_volume_types: list[VolumeType] | Unset = UNSET,
    compliance: list[Compliance] | Unset = UNSET,
    global_network: bool | Unset = UNSET,
) -> ErrorResponse | ListDataCentersResponse | None:
    """RunPod's data centers and what each supports

    Args:
        include (list[DataCenterInclude] | Unset):
        regions (list[DataCenterRegion] | Unset):
        network_volume_types (list[VolumeType] | Unset):
        compliance (list[Compliance] | Unset):
        global_network (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListDataCentersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            include=include,
            regions=regions,
            network_volume_types=network_volume_types,
            compliance=compliance,
            global_network=global_network,
        )
    ).parsed
