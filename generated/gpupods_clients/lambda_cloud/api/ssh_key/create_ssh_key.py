from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_ssh_key_add_ssh_key_request import CreateSshKeyAddSSHKeyRequest
from ...models.create_ssh_key_response_200 import CreateSshKeyResponse200
from ...models.create_ssh_key_response_400 import CreateSshKeyResponse400
from ...models.create_ssh_key_response_401 import CreateSshKeyResponse401
from ...models.create_ssh_key_response_403 import CreateSshKeyResponse403
from ...models.create_ssh_key_response_404 import CreateSshKeyResponse404
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSshKeyAddSSHKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ssh-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse401
    | CreateSshKeyResponse403
    | CreateSshKeyResponse404
    | None
):
    if response.status_code == 200:
        response_200 = CreateSshKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateSshKeyResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateSshKeyResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateSshKeyResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateSshKeyResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse401
    | CreateSshKeyResponse403
    | CreateSshKeyResponse404
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
    body: CreateSshKeyAddSSHKeyRequest,
) -> Response[
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse401
    | CreateSshKeyResponse403
    | CreateSshKeyResponse404
]:
    """Add a public key, or have a key pair generated

     With `public_key`, stores that key. Without it, Lambda generates a key pair and answers with the
    private key as well; it is shown this once and not kept. Names are unique.

    Args:
        body (CreateSshKeyAddSSHKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse401 | CreateSshKeyResponse403 | CreateSshKeyResponse404]
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
    client: AuthenticatedClient | Client,
    body: CreateSshKeyAddSSHKeyRequest,
) -> (
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse401
    | CreateSshKeyResponse403
    | CreateSshKeyResponse404
    | None
):
    """Add a public key, or have a key pair generated

     With `public_key`, stores that key. Without it, Lambda generates a key pair and answers with the
    private key as well; it is shown this once and not kept. Names are unique.

    Args:
        body (CreateSshKeyAddSSHKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse401 | CreateSshKeyResponse403 | CreateSshKeyResponse404
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSshKeyAddSSHKeyRequest,
) -> Response[
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse401
    | CreateSshKeyResponse403
    | CreateSshKeyResponse404
]:
    """Add a public key, or have a key pair generated

     With `public_key`, stores that key. Without it, Lambda generates a key pair and answers with the
    private key as well; it is shown this once and not kept. Names are unique.

    Args:
        body (CreateSshKeyAddSSHKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse401 | CreateSshKeyResponse403 | CreateSshKeyResponse404]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSshKeyAddSSHKeyRequest,
) -> (
    CreateSshKeyResponse200
    | CreateSshKeyResponse400
    | CreateSshKeyResponse401
    | CreateSshKeyResponse403
    | CreateSshKeyResponse404
    | None
):
    """Add a public key, or have a key pair generated

     With `public_key`, stores that key. Without it, Lambda generates a key pair and answers with the
    private key as well; it is shown this once and not kept. Names are unique.

    Args:
        body (CreateSshKeyAddSSHKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSshKeyResponse200 | CreateSshKeyResponse400 | CreateSshKeyResponse401 | CreateSshKeyResponse403 | CreateSshKeyResponse404
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
