from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.catalog_include import CatalogInclude
from ...models.cpu_product import CpuProduct
from ...models.cpu_type import CpuType
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[CpuProduct] | Unset = UNSET,
    vcpu_count: int | Unset = UNSET,
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

    params["vcpuCount"] = vcpu_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/catalog/cpus/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CpuType | ErrorResponse:
    if response.status_code == 200:
        response_200 = CpuType.from_dict(response.json())

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
) -> Response[CpuType | ErrorResponse]:
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
    product: list[CpuProduct] | Unset = UNSET,
    vcpu_count: int | Unset = UNSET,
) -> Response[CpuType | ErrorResponse]:
    """One CPU flavor of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[CpuProduct] | Unset):
        vcpu_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CpuType | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        product=product,
        vcpu_count=vcpu_count,
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
    product: list[CpuProduct] | Unset = UNSET,
    vcpu_count: int | Unset = UNSET,
) -> CpuType | ErrorResponse | None:
    """One CPU flavor of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[CpuProduct] | Unset):
        vcpu_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CpuType | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
        product=product,
        vcpu_count=vcpu_count,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[CpuProduct] | Unset = UNSET,
    vcpu_count: int | Unset = UNSET,
) -> Response[CpuType | ErrorResponse]:
    """One CPU flavor of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[CpuProduct] | Unset):
        vcpu_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CpuType | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        product=product,
        vcpu_count=vcpu_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[CatalogInclude] | Unset = UNSET,
    product: list[CpuProduct] | Unset = UNSET,
    vcpu_count: int | Unset = UNSET,
) -> CpuType | ErrorResponse | None:
    """One CPU flavor of the catalog

    Args:
        id (str):
        include (list[CatalogInclude] | Unset):
        product (list[CpuProduct] | Unset):
        vcpu_count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CpuType | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
            product=product,
            vcpu_count=vcpu_count,
        )
    ).parsed
