from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.apissh_key_config import APISSHKeyConfig
from ...models.apissh_key_upload_request_config import APISSHKeyUploadRequestConfig
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...types import Response


def _get_kwargs(
    *,
    body: APISSHKeyUploadRequestConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ssh_keys/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APISSHKeyConfig | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = APISSHKeyConfig.from_dict(response.json())

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
) -> Response[APISSHKeyConfig | ErrorResponse | HTTPErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUploadRequestConfig,
) -> Response[APISSHKeyConfig | ErrorResponse | HTTPErrorDetail]:
    """Add an SSH public key to the account

    Args:
        body (APISSHKeyUploadRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APISSHKeyConfig | ErrorResponse | HTTPErrorDetail]
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
    body: APISSHKeyUploadRequestConfig,
) -> APISSHKeyConfig | ErrorResponse | HTTPErrorDetail | None:
    """Add an SSH public key to the account

    Args:
        body (APISSHKeyUploadRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APISSHKeyConfig | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUploadRequestConfig,
) -> Response[APISSHKeyConfig | ErrorResponse | HTTPErrorDetail]:
    """Add an SSH public key to the account

    Args:
        body (APISSHKeyUploadRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APISSHKeyConfig | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: APISSHKeyUploadRequestConfig,
) -> APISSHKeyConfig | ErrorResponse | HTTPErrorDetail | None:
    """Add an SSH public key to the account

    Args:
        body (APISSHKeyUploadRequestConfig):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APISSHKeyConfig | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
