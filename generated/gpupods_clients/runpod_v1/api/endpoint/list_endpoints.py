from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint import Endpoint
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["includeTemplate"] = include_template

    params["includeWorkers"] = include_workers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/endpoints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Endpoint] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_endpoints_item_data in _response_200:
            componentsschemas_endpoints_item = Endpoint.from_dict(
                componentsschemas_endpoints_item_data
            )

            response_200.append(componentsschemas_endpoints_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Endpoint]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Response[Error | list[Endpoint]]:
    """List the account's serverless endpoints

    Args:
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Endpoint]]
    """

    kwargs = _get_kwargs(
        include_template=include_template,
        include_workers=include_workers,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Error | list[Endpoint] | None:
    """List the account's serverless endpoints

    Args:
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Endpoint]
    """

    return sync_detailed(
        client=client,
        include_template=include_template,
        include_workers=include_workers,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Response[Error | list[Endpoint]]:
    """List the account's serverless endpoints

    Args:
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Endpoint]]
    """

    kwargs = _get_kwargs(
        include_template=include_template,
        include_workers=include_workers,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    include_template: bool | Unset = False,
    include_workers: bool | Unset = False,
) -> Error | list[Endpoint] | None:
    """List the account's serverless endpoints

    Args:
        include_template (bool | Unset):  Default: False.
        include_workers (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Endpoint]
    """

    return (
        await asyncio_detailed(
            client=client,
            include_template=include_template,
            include_workers=include_workers,
        )
    ).parsed
