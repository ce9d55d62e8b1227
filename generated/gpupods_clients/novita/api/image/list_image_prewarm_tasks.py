from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_prewarm_state import ImagePrewarmState
from ...models.list_image_prewarm_tasks_response import ListImagePrewarmTasksResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    state: ImagePrewarmState | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["clusterId"] = cluster_id

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/image/prewarm",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListImagePrewarmTasksResponse | None:
    if response.status_code == 200:
        response_200 = ListImagePrewarmTasksResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListImagePrewarmTasksResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    state: ImagePrewarmState | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ErrorResponse | ListImagePrewarmTasksResponse]:
    """List image prewarm tasks

    Args:
        page (int | Unset):
        page_size (int | Unset):
        state (ImagePrewarmState | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListImagePrewarmTasksResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        state=state,
        cluster_id=cluster_id,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    state: ImagePrewarmState | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ErrorResponse | ListImagePrewarmTasksResponse | None:
    """List image prewarm tasks

    Args:
        page (int | Unset):
        page_size (int | Unset):
        state (ImagePrewarmState | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListImagePrewarmTasksResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        state=state,
        cluster_id=cluster_id,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    state: ImagePrewarmState | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ErrorResponse | ListImagePrewarmTasksResponse]:
    """List image prewarm tasks

    Args:
        page (int | Unset):
        page_size (int | Unset):
        state (ImagePrewarmState | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListImagePrewarmTasksResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        state=state,
        cluster_id=cluster_id,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    state: ImagePrewarmState | Unset = UNSET,
    cluster_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ErrorResponse | ListImagePrewarmTasksResponse | None:
    """List image prewarm tasks

    Args:
        page (int | Unset):
        page_size (int | Unset):
        state (ImagePrewarmState | Unset):
        cluster_id (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListImagePrewarmTasksResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            state=state,
            cluster_id=cluster_id,
            name=name,
        )
    ).parsed
