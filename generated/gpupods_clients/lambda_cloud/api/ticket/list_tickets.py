from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tickets_response_200 import ListTicketsResponse200
from ...models.list_tickets_response_400 import ListTicketsResponse400
from ...models.list_tickets_response_401 import ListTicketsResponse401
from ...models.list_tickets_response_403 import ListTicketsResponse403
from ...models.list_tickets_response_404 import ListTicketsResponse404
from ...models.sort_direction import SortDirection
from ...models.ticket_order_by_field import (
    TicketOrderByField,
)
from ...models.ticket_severity import TicketSeverity
from ...models.ticket_status import TicketStatus
from ...models.ticket_type import TicketType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: list[TicketStatus] | Unset = UNSET,
    type_: list[TicketType] | Unset = UNSET,
    severity: list[TicketSeverity] | Unset = UNSET,
    order_by: TicketOrderByField | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item: str = status_item_data
            json_status.append(status_item)

    params["status"] = json_status

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_

    json_severity: list[str] | Unset = UNSET
    if not isinstance(severity, Unset):
        json_severity = []
        for severity_item_data in severity:
            severity_item: str = severity_item_data
            json_severity.append(severity_item)

    params["severity"] = json_severity

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction

    params["direction"] = json_direction

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListTicketsResponse200
    | ListTicketsResponse400
    | ListTicketsResponse401
    | ListTicketsResponse403
    | ListTicketsResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListTicketsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListTicketsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListTicketsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListTicketsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListTicketsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListTicketsResponse200
    | ListTicketsResponse400
    | ListTicketsResponse401
    | ListTicketsResponse403
    | ListTicketsResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: list[TicketStatus] | Unset = UNSET,
    type_: list[TicketType] | Unset = UNSET,
    severity: list[TicketSeverity] | Unset = UNSET,
    order_by: TicketOrderByField | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[
    ListTicketsResponse200
    | ListTicketsResponse400
    | ListTicketsResponse401
    | ListTicketsResponse403
    | ListTicketsResponse404
]:
    """List support tickets, a page at a time

     Support must enable ticket access for the account first.

    Args:
        status (list[TicketStatus] | Unset):
        type_ (list[TicketType] | Unset):
        severity (list[TicketSeverity] | Unset):
        order_by (TicketOrderByField | Unset): The timestamp tickets are sorted by.
        direction (SortDirection | Unset): Ascending or descending.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTicketsResponse200 | ListTicketsResponse400 | ListTicketsResponse401 | ListTicketsResponse403 | ListTicketsResponse404]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        severity=severity,
        order_by=order_by,
        direction=direction,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: list[TicketStatus] | Unset = UNSET,
    type_: list[TicketType] | Unset = UNSET,
    severity: list[TicketSeverity] | Unset = UNSET,
    order_by: TicketOrderByField | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> (
    ListTicketsResponse200
    | ListTicketsResponse400
    | ListTicketsResponse401
    | ListTicketsResponse403
    | ListTicketsResponse404
    | None
):
    """List support tickets, a page at a time

     Support must enable ticket access for the account first.

    Args:
        status (list[TicketStatus] | Unset):
        type_ (list[TicketType] | Unset):
        severity (list[TicketSeverity] | Unset):
        order_by (TicketOrderByField | Unset): The timestamp tickets are sorted by.
        direction (SortDirection | Unset): Ascending or descending.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTicketsResponse200 | ListTicketsResponse400 | ListTicketsResponse401 | ListTicketsResponse403 | ListTicketsResponse404
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        severity=severity,
        order_by=order_by,
        direction=direction,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: list[TicketStatus] | Unset = UNSET,
    type_: list[TicketType] | Unset = UNSET,
    severity: list[TicketSeverity] | Unset = UNSET,
    order_by: TicketOrderByField | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[
    ListTicketsResponse200
    | ListTicketsResponse400
    | ListTicketsResponse401
    | ListTicketsResponse403
    | ListTicketsResponse404
]:
    """List support tickets, a page at a time

     Support must enable ticket access for the account first.

    Args:
        status (list[TicketStatus] | Unset):
        type_ (list[TicketType] | Unset):
        severity (list[TicketSeverity] | Unset):
        order_by (TicketOrderByField | Unset): The timestamp tickets are sorted by.
        direction (SortDirection | Unset): Ascending or descending.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTicketsResponse200 | ListTicketsResponse400 | ListTicketsResponse401 | ListTicketsResponse403 | ListTicketsResponse404]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        severity=severity,
        order_by=order_by,
        direction=direction,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: list[TicketStatus] | Unset = UNSET,
    type_: list[TicketType] | Unset = UNSET,
    severity: list[TicketSeverity] | Unset = UNSET,
    order_by: TicketOrderByField | Unset = UNSET,
    direction: SortDirection | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> (
    ListTicketsResponse200
    | ListTicketsResponse400
    | ListTicketsResponse401
    | ListTicketsResponse403
    | ListTicketsResponse404
    | None
):
    """List support tickets, a page at a time

     Support must enable ticket access for the account first.

    Args:
        status (list[TicketStatus] | Unset):
        type_ (list[TicketType] | Unset):
        severity (list[TicketSeverity] | Unset):
        order_by (TicketOrderByField | Unset): The timestamp tickets are sorted by.
        direction (SortDirection | Unset): Ascending or descending.
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTicketsResponse200 | ListTicketsResponse400 | ListTicketsResponse401 | ListTicketsResponse403 | ListTicketsResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            severity=severity,
            order_by=order_by,
            direction=direction,
            page_token=page_token,
        )
    ).parsed
