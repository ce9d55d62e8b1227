import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_audit_events_response_200 import ListAuditEventsResponse200
from ...models.list_audit_events_response_400 import ListAuditEventsResponse400
from ...models.list_audit_events_response_401 import ListAuditEventsResponse401
from ...models.list_audit_events_response_403 import ListAuditEventsResponse403
from ...models.list_audit_events_response_404 import ListAuditEventsResponse404
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["page_token"] = page_token

    params["resource_type"] = resource_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListAuditEventsResponse200
    | ListAuditEventsResponse400
    | ListAuditEventsResponse401
    | ListAuditEventsResponse403
    | ListAuditEventsResponse404
    | None
):
    if response.status_code == 200:
        response_200 = ListAuditEventsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAuditEventsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListAuditEventsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListAuditEventsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListAuditEventsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListAuditEventsResponse200
    | ListAuditEventsResponse400
    | ListAuditEventsResponse401
    | ListAuditEventsResponse403
    | ListAuditEventsResponse404
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
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Response[
    ListAuditEventsResponse200
    | ListAuditEventsResponse400
    | ListAuditEventsResponse401
    | ListAuditEventsResponse403
    | ListAuditEventsResponse404
]:
    """The account's audit log, a page at a time

     Events, newest first, filtered by time and resource type. Pass the answer's `page_token` back for
    the next page; a null token marks the last page.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        page_token (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAuditEventsResponse200 | ListAuditEventsResponse400 | ListAuditEventsResponse401 | ListAuditEventsResponse403 | ListAuditEventsResponse404]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        page_token=page_token,
        resource_type=resource_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> (
    ListAuditEventsResponse200
    | ListAuditEventsResponse400
    | ListAuditEventsResponse401
    | ListAuditEventsResponse403
    | ListAuditEventsResponse404
    | None
):
    """The account's audit log, a page at a time

     Events, newest first, filtered by time and resource type. Pass the answer's `page_token` back for
    the next page; a null token marks the last page.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        page_token (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAuditEventsResponse200 | ListAuditEventsResponse400 | ListAuditEventsResponse401 | ListAuditEventsResponse403 | ListAuditEventsResponse404
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        page_token=page_token,
        resource_type=resource_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> Response[
    ListAuditEventsResponse200
    | ListAuditEventsResponse400
    | ListAuditEventsResponse401
    | ListAuditEventsResponse403
    | ListAuditEventsResponse404
]:
    """The account's audit log, a page at a time

     Events, newest first, filtered by time and resource type. Pass the answer's `page_token` back for
    the next page; a null token marks the last page.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        page_token (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAuditEventsResponse200 | ListAuditEventsResponse400 | ListAuditEventsResponse401 | ListAuditEventsResponse403 | ListAuditEventsResponse404]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        page_token=page_token,
        resource_type=resource_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
) -> (
    ListAuditEventsResponse200
    | ListAuditEventsResponse400
    | ListAuditEventsResponse401
    | ListAuditEventsResponse403
    | ListAuditEventsResponse404
    | None
):
    """The account's audit log, a page at a time

     Events, newest first, filtered by time and resource type. Pass the answer's `page_token` back for
    the next page; a null token marks the last page.

    Args:
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        page_token (str | Unset):
        resource_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAuditEventsResponse200 | ListAuditEventsResponse400 | ListAuditEventsResponse401 | ListAuditEventsResponse403 | ListAuditEventsResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            page_token=page_token,
            resource_type=resource_type,
        )
    ).parsed
