from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_catalog_templates_source import (
    ListCatalogTemplatesSource,
)
from ...models.template_list import TemplateList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: ListCatalogTemplatesSource | Unset = "official",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/catalog/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TemplateList:
    if response.status_code == 200:
        response_200 = TemplateList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TemplateList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: ListCatalogTemplatesSource | Unset = "official",
) -> Response[ErrorResponse | TemplateList]:
    """Templates anyone can use, by who publishes them (at most 100, no paging)

     The schema is a bare list; RunPod's own description and example of this operation also show an
    always-exhausted pagination object, which this description leaves out.

    Args:
        source (ListCatalogTemplatesSource | Unset):  Default: 'official'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateList]
    """

    kwargs = _get_kwargs(
        source=source,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    source: ListCatalogTemplatesSource | Unset = "official",
) -> ErrorResponse | TemplateList | None:
    """Templates anyone can use, by who publishes them (at most 100, no paging)

     The schema is a bare list; RunPod's own description and example of this operation also show an
    always-exhausted pagination object, which this description leaves out.

    Args:
        source (ListCatalogTemplatesSource | Unset):  Default: 'official'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateList
    """

    return sync_detailed(
        client=client,
        source=source,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: ListCatalogTemplatesSource | Unset = "official",
) -> Response[ErrorResponse | TemplateList]:
    """Templates anyone can use, by who publishes them (at most 100, no paging)

     The schema is a bare list; RunPod's own description and example of this operation also show an
    always-exhausted pagination object, which this description leaves out.

    Args:
        source (ListCatalogTemplatesSource | Unset):  Default: 'official'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateList]
    """

    kwargs = _get_kwargs(
        source=source,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source: ListCatalogTemplatesSource | Unset = "official",
) -> ErrorResponse | TemplateList | None:
    """Templates anyone can use, by who publishes them (at most 100, no paging)

     The schema is a bare list; RunPod's own description and example of this operation also show an
    always-exhausted pagination object, which this description leaves out.

    Args:
        source (ListCatalogTemplatesSource | Unset):  Default: 'official'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateList
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
        )
    ).parsed
