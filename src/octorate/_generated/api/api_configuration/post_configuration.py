from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_configuration_request import ApiConfigurationRequest
from ...models.api_configuration_response import ApiConfigurationResponse
from ...types import UNSET, Response, Unset

METHOD = "PATCH"
PATH = "/rest/v1/api/configuration"


def _get_kwargs(
    *,
    body: ApiConfigurationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v1/api/configuration",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiConfigurationResponse | None:
    if response.status_code == 200:
        response_200 = ApiConfigurationResponse._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiConfigurationResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApiConfigurationRequest | Unset = UNSET,
) -> Response[ApiConfigurationResponse]:
    """Write Configuration

     Setup your api options, you can either specify one of requested fields or all of them, we will
    process only the changed one. <br/> Ideally, you should to this step at least the first time

    Args:
        body (ApiConfigurationRequest | Unset): Configure your application

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiConfigurationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApiConfigurationRequest | Unset = UNSET,
) -> ApiConfigurationResponse | None:
    """Write Configuration

     Setup your api options, you can either specify one of requested fields or all of them, we will
    process only the changed one. <br/> Ideally, you should to this step at least the first time

    Args:
        body (ApiConfigurationRequest | Unset): Configure your application

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiConfigurationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
