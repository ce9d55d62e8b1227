from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_networks_response import ListNetworksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    creators: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params["name"] = name

    params["creators"] = creators

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/networks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListNetworksResponse | None:
    if response.status_code == 200:
        response_200 = ListNetworksResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListNetworksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    creators: str | Unset = UNSET,
) -> Response[ErrorResponse | ListNetworksResponse]:
    """List private networks (VPCs)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNetworksResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        name=name,
        creators=creators,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    creators: str | Unset = UNSET,
) -> ErrorResponse | ListNetworksResponse | None:
    """List private networks (VPCs)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNetworksResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_num=page_num,
        name=name,
        creators=creators,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    creators: str | Unset = UNSET,
) -> Response[ErrorResponse | ListNetworksResponse]:
    """List private networks (VPCs)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListNetworksResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        name=name,
        creators=creators,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    creators: str | Unset = UNSET,
) -> ErrorResponse | ListNetworksResponse | None:
    """List private networks (VPCs)

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        creators (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListNetworksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_num=page_num,
            name=name,
            creators=creators,
        )
    ).parsed
