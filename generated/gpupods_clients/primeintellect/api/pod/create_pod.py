from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_pod_config import APIPodConfig
from ...models.body_create_pod_api_v1_pods_post import BodyCreatePodApiV1PodsPost
from ...models.error_response import ErrorResponse
from ...models.http_error_detail import HTTPErrorDetail
from ...types import Response


def _get_kwargs(
    *,
    body: BodyCreatePodApiV1PodsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/pods/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> APIPodConfig | ErrorResponse | HTTPErrorDetail | None:
    if response.status_code == 200:
        response_200 = APIPodConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = HTTPErrorDetail.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = HTTPErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = HTTPErrorDetail.from_dict(response.json())

        return response_402

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
) -> Response[APIPodConfig | ErrorResponse | HTTPErrorDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodApiV1PodsPost,
) -> Response[APIPodConfig | ErrorResponse | HTTPErrorDetail]:
    """Start a pod from an offer found through the availability calls

    Args:
        body (BodyCreatePodApiV1PodsPost): What to start, on which provider, and who shares it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIPodConfig | ErrorResponse | HTTPErrorDetail]
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
    body: BodyCreatePodApiV1PodsPost,
) -> APIPodConfig | ErrorResponse | HTTPErrorDetail | None:
    """Start a pod from an offer found through the availability calls

    Args:
        body (BodyCreatePodApiV1PodsPost): What to start, on which provider, and who shares it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIPodConfig | ErrorResponse | HTTPErrorDetail
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodApiV1PodsPost,
) -> Response[APIPodConfig | ErrorResponse | HTTPErrorDetail]:
    """Start a pod from an offer found through the availability calls

    Args:
        body (BodyCreatePodApiV1PodsPost): What to start, on which provider, and who shares it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[APIPodConfig | ErrorResponse | HTTPErrorDetail]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreatePodApiV1PodsPost,
) -> APIPodConfig | ErrorResponse | HTTPErrorDetail | None:
    """Start a pod from an offer found through the availability calls

    Args:
        body (BodyCreatePodApiV1PodsPost): What to start, on which provider, and who shares it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        APIPodConfig | ErrorResponse | HTTPErrorDetail
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
