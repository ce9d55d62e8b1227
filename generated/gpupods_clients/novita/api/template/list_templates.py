from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_templates_response import ListTemplatesResponse
from ...models.template_channel import TemplateChannel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    channel: list[TemplateChannel] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageNum"] = page_num

    params["name"] = name

    params["type"] = type_

    json_channel: list[str] | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = []
        for channel_item_data in channel:
            channel_item: str = channel_item_data
            json_channel.append(channel_item)

    params["channel"] = json_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListTemplatesResponse | None:
    if response.status_code == 200:
        response_200 = ListTemplatesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListTemplatesResponse]:
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
    type_: str | Unset = UNSET,
    channel: list[TemplateChannel] | Unset = UNSET,
) -> Response[ErrorResponse | ListTemplatesResponse]:
    """List instance templates

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        type_ (str | Unset):
        channel (list[TemplateChannel] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTemplatesResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        name=name,
        type_=type_,
        channel=channel,
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
    type_: str | Unset = UNSET,
    channel: list[TemplateChannel] | Unset = UNSET,
) -> ErrorResponse | ListTemplatesResponse | None:
    """List instance templates

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        type_ (str | Unset):
        channel (list[TemplateChannel] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTemplatesResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_num=page_num,
        name=name,
        type_=type_,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    channel: list[TemplateChannel] | Unset = UNSET,
) -> Response[ErrorResponse | ListTemplatesResponse]:
    """List instance templates

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        type_ (str | Unset):
        channel (list[TemplateChannel] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListTemplatesResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_num=page_num,
        name=name,
        type_=type_,
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = UNSET,
    page_num: int | Unset = UNSET,
    name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    channel: list[TemplateChannel] | Unset = UNSET,
) -> ErrorResponse | ListTemplatesResponse | None:
    """List instance templates

    Args:
        page_size (int | Unset):
        page_num (int | Unset):
        name (str | Unset):
        type_ (str | Unset):
        channel (list[TemplateChannel] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListTemplatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_num=page_num,
            name=name,
            type_=type_,
            channel=channel,
        )
    ).parsed
