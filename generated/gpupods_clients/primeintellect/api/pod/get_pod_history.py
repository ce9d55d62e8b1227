from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generic_pagination_response_list_history_obj import (
    GenericPaginationResponseListHistoryObj,
)
from ...models.get_pod_history_sort_by import (
    GetPodHistorySortBy,
)
from ...models.get_pod_history_sort_order import (
    GetPodHistorySortOrder,
)
from ...models.http_error_detail import HTTPErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_by: GetPodHistorySortBy | Unset = "terminatedAt",
    sort_order: GetPodHistorySortOrder | Unset = "desc",
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pods/history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = GenericPaginationResponseListHistoryObj.from_dict(
            response.json()
        )

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
) -> Response[
    ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: GetPodHistorySortBy | Unset = "terminatedAt",
    sort_order: GetPodHistorySortOrder | Unset = "desc",
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[
    ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail
]:
    """List terminated pods together with what each one cost

    Args:
        sort_by (GetPodHistorySortBy | Unset):  Default: 'terminatedAt'.
        sort_order (GetPodHistorySortOrder | Unset):  Default: 'desc'.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort_by: GetPodHistorySortBy | Unset = "terminatedAt",
    sort_order: GetPodHistorySortOrder | Unset = "desc",
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail | None:
    """List terminated pods together with what each one cost

    Args:
        sort_by (GetPodHistorySortBy | Unset):  Default: 'terminatedAt'.
        sort_order (GetPodHistorySortOrder | Unset):  Default: 'desc'.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort_by: GetPodHistorySortBy | Unset = "terminatedAt",
    sort_order: GetPodHistorySortOrder | Unset = "desc",
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[
    ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail
]:
    """List terminated pods together with what each one cost

    Args:
        sort_by (GetPodHistorySortBy | Unset):  Default: 'terminatedAt'.
        sort_order (GetPodHistorySortOrder | Unset):  Default: 'desc'.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        sort_order=sort_order,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort_by: GetPodHistorySortBy | Unset = "terminatedAt",
    sort_order: GetPodHistorySortOrder | Unset = "desc",
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail | None:
    """List terminated pods together with what each one cost

    Args:
        sort_by (GetPodHistorySortBy | Unset):  Default: 'terminatedAt'.
        sort_order (GetPodHistorySortOrder | Unset):  Default: 'desc'.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenericPaginationResponseListHistoryObj | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            sort_order=sort_order,
            offset=offset,
            limit=limit,
        )
    ).parsed
