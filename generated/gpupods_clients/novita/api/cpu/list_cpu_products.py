from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_cpu_products_response import ListCPUProductsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_id: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterId"] = cluster_id

    params["productName"] = product_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cpu/products",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCPUProductsResponse | None:
    if response.status_code == 200:
        response_200 = ListCPUProductsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListCPUProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCPUProductsResponse]:
    """List CPU-only products

    Args:
        cluster_id (str | Unset):
        product_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCPUProductsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        product_name=product_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
) -> ErrorResponse | ListCPUProductsResponse | None:
    """List CPU-only products

    Args:
        cluster_id (str | Unset):
        product_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCPUProductsResponse
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
        product_name=product_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCPUProductsResponse]:
    """List CPU-only products

    Args:
        cluster_id (str | Unset):
        product_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCPUProductsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        product_name=product_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
) -> ErrorResponse | ListCPUProductsResponse | None:
    """List CPU-only products

    Args:
        cluster_id (str | Unset):
        product_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCPUProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
            product_name=product_name,
        )
    ).parsed
