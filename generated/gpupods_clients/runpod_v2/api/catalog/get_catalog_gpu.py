from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.catalog_include import CatalogInclude
from ...models.error_response import ErrorResponse
from ...models.gpu_cloud_filter import GpuCloudFilter
from ...models.gpu_type import GpuType
from ...models.product import Product
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[Product] | Unset = UNSET,
    count: int | Unset = 1,
    cloud: GpuCloudFilter | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    cuda_versions: list[str] | Unset = UNSET,
    min_cuda_version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item: str = include_item_data
            json_include.append(include_item)

    params["include"] = json_include

    json_product: list[str] | Unset = UNSET
    if not isinstance(product, Unset):
        json_product = []
        for product_item_data in product:
            product_item: str = product_item_data
            json_product.append(product_item)

    params["product"] = json_product

    params["count"] = count

    json_cloud: str | Unset = UNSET
    if not isinstance(cloud, Unset):
        json_cloud = cloud

    params["cloud"] = json_cloud

    json_country_codes: list[str] | Unset = UNSET
    if not isinstance(country_codes, Unset):
        json_country_codes = country_codes

    params["countryCodes"] = json_country_codes

    json_cuda_versions: list[str] | Unset = UNSET
    if not isinstance(cuda_versions, Unset):
        json_cuda_versions = cuda_versions

    params["cudaVersions"] = json_cuda_versions

    params["minCudaVersion"] = min_cuda_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/catalog/gpus/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GpuType:
    if response.status_code == 200:
        response_200 = GpuType.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GpuType]:
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
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[Product] | Unset = UNSET,
    count: int | Unset = 1,
    cloud: GpuCloudFilter | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    cuda_versions: list[str] | Unset = UNSET,
    min_cuda_version: str | Unset = UNSET,
) -> Response[ErrorResponse | GpuType]:
    """One GPU model of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[Product] | Unset):
        count (int | Unset):  Default: 1.
        cloud (GpuCloudFilter | Unset):
        country_codes (list[str] | Unset):
        cuda_versions (list[str] | Unset):
        min_cuda_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuType]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        product=product,
        count=count,
        cloud=cloud,
        country_codes=country_codes,
        cuda_versions=cuda_versions,
        min_cuda_version=min_cuda_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[Product] | Unset = UNSET,
    count: int | Unset = 1,
    cloud: GpuCloudFilter | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    cuda_versions: list[str] | Unset = UNSET,
    min_cuda_version: str | Unset = UNSET,
) -> ErrorResponse | GpuType | None:
    """One GPU model of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[Product] | Unset):
        count (int | Unset):  Default: 1.
        cloud (GpuCloudFilter | Unset):
        country_codes (list[str] | Unset):
        cuda_versions (list[str] | Unset):
        min_cuda_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuType
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
        product=product,
        count=count,
        cloud=cloud,
        country_codes=country_codes,
        cuda_versions=cuda_versions,
        min_cuda_version=min_cuda_version,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[Product] | Unset = UNSET,
    count: int | Unset = 1,
    cloud: GpuCloudFilter | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    cuda_versions: list[str] | Unset = UNSET,
    min_cuda_version: str | Unset = UNSET,
) -> Response[ErrorResponse | GpuType]:
    """One GPU model of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[Product] | Unset):
        count (int | Unset):  Default: 1.
        cloud (GpuCloudFilter | Unset):
        country_codes (list[str] | Unset):
        cuda_versions (list[str] | Unset):
        min_cuda_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GpuType]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        product=product,
        count=count,
        cloud=cloud,
        country_codes=country_codes,
        cuda_versions=cuda_versions,
        min_cuda_version=min_cuda_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[Product] | Unset = UNSET,
    count: int | Unset = 1,
    cloud: GpuCloudFilter | Unset = UNSET,
    country_codes: list[str] | Unset = UNSET,
    cuda_versions: list[str] | Unset = UNSET,
    min_cuda_version: str | Unset = UNSET,
) -> ErrorResponse | GpuType | None:
    """One GPU model of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[Product] | Unset):
        count (int | Unset):  Default: 1.
        cloud (GpuCloudFilter | Unset):
        country_codes (list[str] | Unset):
        cuda_versions (list[str] | Unset):
        min_cuda_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GpuType
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
            product=product,
            count=count,
            cloud=cloud,
            country_codes=country_codes,
            cuda_versions=cuda_versions,
            min_cuda_version=min_cuda_version,
        )
    ).parsed
