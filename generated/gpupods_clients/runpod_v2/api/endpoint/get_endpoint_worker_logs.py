import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.log_source import LogSource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    worker_id: str,
    *,
    source: LogSource | Unset = UNSET,
    tail: int | Unset = 100,
    since: datetime.datetime | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    params["tail"] = tail

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/serverless/{id}/workers/{worker_id}/logs".format(
            id=quote(str(id), safe=""),
            worker_id=quote(str(worker_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | str:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    worker_id: str,
    *,
    client: AuthenticatedClient | Client,
    source: LogSource | Unset = UNSET,
    tail: int | Unset = 100,
    since: datetime.datetime | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorResponse | str]:
    """Follow one worker's logs as a server-sent event stream

    Args:
        id (str):
        worker_id (str):
        source (LogSource | Unset):
        tail (int | Unset):  Default: 100.
        since (datetime.datetime | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        worker_id=worker_id,
        source=source,
        tail=tail,
        since=since,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    worker_id: str,
    *,
    client: AuthenticatedClient | Client,
    source: LogSource | Unset = UNSET,
    tail: int | Unset = 100,
    since: datetime.datetime | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> ErrorResponse | str | None:
    """Follow one worker's logs as a server-sent event stream

    Args:
        id (str):
        worker_id (str):
        source (LogSource | Unset):
        tail (int | Unset):  Default: 100.
        since (datetime.datetime | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        id=id,
        worker_id=worker_id,
        client=client,
        source=source,
        tail=tail,
        since=since,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    worker_id: str,
    *,
    client: AuthenticatedClient | Client,
    source: LogSource | Unset = UNSET,
    tail: int | Unset = 100,
    since: datetime.datetime | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[ErrorResponse | str]:
    """Follow one worker's logs as a server-sent event stream

    Args:
        id (str):
        worker_id (str):
        source (LogSource | Unset):
        tail (int | Unset):  Default: 100.
        since (datetime.datetime | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        id=id,
        worker_id=worker_id,
        source=source,
        tail=tail,
        since=since,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    worker_id: str,
    *,
    client: AuthenticatedClient | Client,
    source: LogSource | Unset = UNSET,
    tail: int | Unset = 100,
    since: datetime.datetime | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> ErrorResponse | str | None:
    """Follow one worker's logs as a server-sent event stream

    Args:
        id (str):
        worker_id (str):
        source (LogSource | Unset):
        tail (int | Unset):  Default: 100.
        since (datetime.datetime | Unset):
        last_event_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            id=id,
            worker_id=worker_id,
            client=client,
            source=source,
            tail=tail,
            since=since,
            last_event_id=last_event_id,
        )
    ).parsed
