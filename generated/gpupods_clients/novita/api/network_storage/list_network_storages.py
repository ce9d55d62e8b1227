from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_network_storages_response import ListNetworkStoragesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    storage_name: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageNo"] = page_no

    params["pageSize"] = page_size

    params["storageName"] = storage_name

    params["storageId"] = storage_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/networkstorages/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListNetworkStoragesResponse | None:
    if response.status_code == 200:
        response_200 = ListNetworkStoragesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListNetworkStoragesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    storage_name: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListNetworkStoragesResponse]:
    """List network volumes (pages are numbered with pageNo here)

    Args:
        page_no (int | Unset):
        page_size (int | Unset):
        storage_name (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNetworkStoragesResponse]
    """

    kwargs = _get_kwargs(
        page_no=page_no,
        page_size=page_size,
        storage_name=storage_name,
        storage_id=storage_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    storage_name: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> ErrorResponse | ListNetworkStoragesResponse | None:
    """List network volumes (pages are numbered with pageNo here)

    Args:
        page_no (int | Unset):
        page_size (int | Unset):
        storage_name (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNetworkStoragesResponse
    """

    return sync_detailed(
        client=client,
        page_no=page_no,
        page_size=page_size,
        storage_name=storage_name,
        storage_id=storage_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    storage_name: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> Response[ErrorResponse | ListNetworkStoragesResponse]:
    """List network volumes (pages are numbered with pageNo here)

    Args:
        page_no (int | Unset):
        page_size (int | Unset):
        storage_name (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNetworkStoragesResponse]
    """

    kwargs = _get_kwargs(
        page_no=page_no,
        page_size=page_size,
        storage_name=storage_name,
        storage_id=storage_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    storage_name: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> ErrorResponse | ListNetworkStoragesResponse | None:
    """List network volumes (pages are numbered with pageNo here)

    Args:
        page_no (int | Unset):
        page_size (int | Unset):
        storage_name (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNetworkStoragesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_no=page_no,
            page_size=page_size,
            storage_name=storage_name,
            storage_id=storage_id,
        )
    ).parsed
