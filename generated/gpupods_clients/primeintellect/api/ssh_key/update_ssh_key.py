from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apissh_key_update_request_config import APISSHKeyUpdateRequestConfig
from ...models.apissh_key_update_response_config import APISSHKeyUpdateResponseConfig
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...types import Response


def _get_kwargs(
    key_id: str,
    *,
    body: APISSHKeyUpdateRequestConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/ssh_keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = APISSHKeyUpdateResponseConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HTTPErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = HTTPErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUpdateRequestConfig,
) -> Response[APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail]:
    """Mark an SSH key as the primary one

    Args:
        key_id (str):
        body (APISSHKeyUpdateRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUpdateRequestConfig,
) -> APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail | None:
    """Mark an SSH key as the primary one

    Args:
        key_id (str):
        body (APISSHKeyUpdateRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUpdateRequestConfig,
) -> Response[APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail]:
    """Mark an SSH key as the primary one

    Args:
        key_id (str):
        body (APISSHKeyUpdateRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUpdateRequestConfig,
) -> APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail | None:
    """Mark an SSH key as the primary one

    Args:
        key_id (str):
        body (APISSHKeyUpdateRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APISSHKeyUpdateResponseConfig | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
