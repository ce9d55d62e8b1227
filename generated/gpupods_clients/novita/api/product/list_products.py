from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_mode import BillingMode
from ...models.error_response import ErrorResponse
from ...models.list_gpu_products_response import ListGPUProductsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cluster_id: str | Unset = UNSET,
    gpu_num: int | Unset = UNSET,
    product_name: str | Unset = UNSET,
    min_cpu_per_gpu: int | Unset = UNSET,
    min_memory_per_gpu: int | Unset = UNSET,
    min_root_fs_size: int | Unset = UNSET,
    billing_method: BillingMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterId"] = cluster_id

    params["gpuNum"] = gpu_num

    params["productName"] = product_name

    params["minCpuPerGpu"] = min_cpu_per_gpu

    params["minMemoryPerGpu"] = min_memory_per_gpu

    params["minRootFSSize"] = min_root_fs_size

    json_billing_method: str | Unset = UNSET
    if not isinstance(billing_method, Unset):
        json_billing_method = billing_method

    params["billingMethod"] = json_billing_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListGPUProductsResponse | None:
    if response.status_code == 200:
        response_200 = ListGPUProductsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListGPUProductsResponse]:
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
    gpu_num: int | Unset = UNSET,
    product_name: str | Unset = UNSET,
    min_cpu_per_gpu: int | Unset = UNSET,
    min_memory_per_gpu: int | Unset = UNSET,
    min_root_fs_size: int | Unset = UNSET,
    billing_method: BillingMode | Unset = UNSET,
) -> Response[ErrorResponse | ListGPUProductsResponse]:
    """List GPU products with their hourly prices and stock

    Args:
        cluster_id (str | Unset):
        gpu_num (int | Unset):
        product_name (str | Unset):
        min_cpu_per_gpu (int | Unset):
        min_memory_per_gpu (int | Unset):
        min_root_fs_size (int | Unset):
        billing_method (BillingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListGPUProductsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        gpu_num=gpu_num,
        product_name=product_name,
        min_cpu_per_gpu=min_cpu_per_gpu,
        min_memory_per_gpu=min_memory_per_gpu,
        min_root_fs_size=min_root_fs_size,
        billing_method=billing_method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    gpu_num: int | Unset = UNSET,
    product_name: str | Unset = UNSET,
    min_cpu_per_gpu: int | Unset = UNSET,
    min_memory_per_gpu: int | Unset = UNSET,
    min_root_fs_size: int | Unset = UNSET,
    billing_method: BillingMode | Unset = UNSET,
) -> ErrorResponse | ListGPUProductsResponse | None:
    """List GPU products with their hourly prices and stock

    Args:
        cluster_id (str | Unset):
        gpu_num (int | Unset):
        product_name (str | Unset):
        min_cpu_per_gpu (int | Unset):
        min_memory_per_gpu (int | Unset):
        min_root_fs_size (int | Unset):
        billing_method (BillingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListGPUProductsResponse
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
        gpu_num=gpu_num,
        product_name=product_name,
        min_cpu_per_gpu=min_cpu_per_gpu,
        min_memory_per_gpu=min_memory_per_gpu,
        min_root_fs_size=min_root_fs_size,
        billing_method=billing_method,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    gpu_num: int | Unset = UNSET,
    product_name: str | Unset = UNSET,
    min_cpu_per_gpu: int | Unset = UNSET,
    min_memory_per_gpu: int | Unset = UNSET,
    min_root_fs_size: int | Unset = UNSET,
    billing_method: BillingMode | Unset = UNSET,
) -> Response[ErrorResponse | ListGPUProductsResponse]:
    """List GPU products with their hourly prices and stock

    Args:
        cluster_id (str | Unset):
        gpu_num (int | Unset):
        product_name (str | Unset):
        min_cpu_per_gpu (int | Unset):
        min_memory_per_gpu (int | Unset):
        min_root_fs_size (int | Unset):
        billing_method (BillingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListGPUProductsResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        gpu_num=gpu_num,
        product_name=product_name,
        min_cpu_per_gpu=min_cpu_per_gpu,
        min_memory_per_gpu=min_memory_per_gpu,
        min_root_fs_size=min_root_fs_size,
        billing_method=billing_method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cluster_id: str | Unset = UNSET,
    gpu_num: int | Unset = UNSET,
    product_name: str | Unset = UNSET,
    min_cpu_per_gpu: int | Unset = UNSET,
    min_memory_per_gpu: int | Unset = UNSET,
    min_root_fs_size: int | Unset = UNSET,
    billing_method: BillingMode | Unset = UNSET,
) -> ErrorResponse | ListGPUProductsResponse | None:
    """List GPU products with their hourly prices and stock

    Args:
        cluster_id (str | Unset):
        gpu_num (int | Unset):
        product_name (str | Unset):
        min_cpu_per_gpu (int | Unset):
        min_memory_per_gpu (int | Unset):
        min_root_fs_size (int | Unset):
        billing_method (BillingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListGPUProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
            gpu_num=gpu_num,
            product_name=product_name,
            min_cpu_per_gpu=min_cpu_per_gpu,
            min_memory_per_gpu=min_memory_per_gpu,
            min_root_fs_size=min_root_fs_size,
            billing_method=billing_method,
        )
    ).parsed
