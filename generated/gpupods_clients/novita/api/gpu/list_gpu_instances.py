from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.instance_status import InstanceStatus
from ...models.list_instances_response import ListInstancesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int,
    page_num: int,
    name: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
    status: InstanceStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params["name"] = name

    params["productName"] = product_name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/gpu/instances",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListInstancesResponse | None:
    if response.status_code == 200:
        response_200 = ListInstancesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListInstancesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page_num: int,
    name: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
    status: InstanceStatus | Unset = UNSET,
) -> Response[ErrorResponse | ListInstancesResponse]:
    """List the account's instances, one page at a time

     Instances of the account, a page at a time (pageSize and pageNum). Prices elsewhere in this API are
    integers in units of 1/100000 USD per hour.

    Args:
        page_size (int):
        page_num (int):
        name (str | Unset):
        product_name (str | Unset):
        status (InstanceStatus | Unset): Lifecycle state; toX values are queued transitions, Xing
            values are in progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListInstancesResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        name=name,
        product_name=product_name,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page_num: int,
    name: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
    status: InstanceStatus | Unset = UNSET,
) -> ErrorResponse | ListInstancesResponse | None:
    """List the account's instances, one page at a time

     Instances of the account, a page at a time (pageSize and pageNum). Prices elsewhere in this API are
    integers in units of 1/100000 USD per hour.

    Args:
        page_size (int):
        page_num (int):
        name (str | Unset):
        product_name (str | Unset):
        status (InstanceStatus | Unset): Lifecycle state; toX values are queued transitions, Xing
            values are in progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListInstancesResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_num=page_num,
        name=name,
        product_name=product_name,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page_num: int,
    name: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
    status: InstanceStatus | Unset = UNSET,
) -> Response[ErrorResponse | ListInstancesResponse]:
    """List the account's instances, one page at a time

     Instances of the account, a page at a time (pageSize and pageNum). Prices elsewhere in this API are
    integers in units of 1/100000 USD per hour.

    Args:
        page_size (int):
        page_num (int):
        name (str | Unset):
        product_name (str | Unset):
        status (InstanceStatus | Unset): Lifecycle state; toX values are queued transitions, Xing
            values are in progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListInstancesResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        name=name,
        product_name=product_name,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page_num: int,
    name: str | Unset = UNSET,
    product_name: str | Unset = UNSET,
    status: InstanceStatus | Unset = UNSET,
) -> ErrorResponse | ListInstancesResponse | None:
    """List the account's instances, one page at a time

     Instances of the account, a page at a time (pageSize and pageNum). Prices elsewhere in this API are
    integers in units of 1/100000 USD per hour.

    Args:
        page_size (int):
        page_num (int):
        name (str | Unset):
        product_name (str | Unset):
        status (InstanceStatus | Unset): Lifecycle state; toX values are queued transitions, Xing
            values are in progress.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListInstancesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_num=page_num,
            name=name,
            product_name=product_name,
            status=status,
        )
    ).parsed
