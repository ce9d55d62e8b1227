from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_endpoint_request import CreateEndpointRequest
from ...models.endpoint import Endpoint
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEndpointRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/serverless",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Endpoint | ErrorResponse:
    if response.status_code == 201:
        response_201 = Endpoint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Endpoint | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,
) -> Response[Endpoint | ErrorResponse]:
    """Set up a new queue or load-balancer endpoint

     Takes an image (or a serverless templateId) and exactly one of gpu or cpu; neither or both is a 400.
    Load-balancer endpoints must scale on REQUEST_COUNT.

    Args:
        body (CreateEndpointRequest): image is required unless templateId is given; send exactly
            one of gpu or cpu (checked by the server, 400); a LOAD_BALANCER endpoint must use
            RequestCountScaling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | ErrorResponse]
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
    body: CreateEndpointRequest,
) -> Endpoint | ErrorResponse | None:
    """Set up a new queue or load-balancer endpoint

     Takes an image (or a serverless templateId) and exactly one of gpu or cpu; neither or both is a 400.
    Load-balancer endpoints must scale on REQUEST_COUNT.

    Args:
        body (CreateEndpointRequest): image is required unless templateId is given; send exactly
            one of gpu or cpu (checked by the server, 400); a LOAD_BALANCER endpoint must use
            RequestCountScaling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,
) -> Response[Endpoint | ErrorResponse]:
    """Set up a new queue or load-balancer endpoint

     Takes an image (or a serverless templateId) and exactly one of gpu or cpu; neither or both is a 400.
    Load-balancer endpoints must scale on REQUEST_COUNT.

    Args:
        body (CreateEndpointRequest): image is required unless templateId is given; send exactly
            one of gpu or cpu (checked by the server, 400); a LOAD_BALANCER endpoint must use
            RequestCountScaling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Endpoint | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointRequest,
) -> Endpoint | ErrorResponse | None:
    """Set up a new queue or load-balancer endpoint

     Takes an image (or a serverless templateId) and exactly one of gpu or cpu; neither or both is a 400.
    Load-balancer endpoints must scale on REQUEST_COUNT.

    Args:
        body (CreateEndpointRequest): image is required unless templateId is given; send exactly
            one of gpu or cpu (checked by the server, 400); a LOAD_BALANCER endpoint must use
            RequestCountScaling.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Endpoint | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
