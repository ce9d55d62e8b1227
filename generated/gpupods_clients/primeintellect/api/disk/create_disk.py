from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_disk_config import APIDiskConfig
from ...models.body_create_disk_api_v1_disks_post import BodyCreateDiskApiV1DisksPost
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...types import Response


def _get_kwargs(
    *,
    body: BodyCreateDiskApiV1DisksPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/disks/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIDiskConfig | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = APIDiskConfig.from_dict(response.json())

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
) -> Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDiskApiV1DisksPost,
) -> Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]:
    """Create a network disk at a location taken from the disk offers

    Args:
        body (BodyCreateDiskApiV1DisksPost): The disk to create, its provider and optionally its
            team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDiskApiV1DisksPost,
) -> APIDiskConfig | ErrorResponse | HTTPErrorDetail | None:
    """Create a network disk at a location taken from the disk offers

    Args:
        body (BodyCreateDiskApiV1DisksPost): The disk to create, its provider and optionally its
            team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIDiskConfig | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDiskApiV1DisksPost,
) -> Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]:
    """Create a network disk at a location taken from the disk offers

    Args:
        body (BodyCreateDiskApiV1DisksPost): The disk to create, its provider and optionally its
            team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIDiskConfig | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateDiskApiV1DisksPost,
) -> APIDiskConfig | ErrorResponse | HTTPErrorDetail | None:
    """Create a network disk at a location taken from the disk offers

    Args:
        body (BodyCreateDiskApiV1DisksPost): The disk to create, its provider and optionally its
            team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIDiskConfig | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
