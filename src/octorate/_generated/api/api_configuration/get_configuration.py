from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_configuration_response import ApiConfigurationResponse
from ...types import Response

METHOD = "GET"
PATH = "/rest/v1/api/configuration"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/api/configuration",
    }

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
) -> Response[ApiConfigurationResponse]:
    """Read Configuration

     Retrieve the current configuration. Use this method to <br/><ul><li>Check your current redirect
    uri</li><li>Setup information like your name, category or icon</li><li>Check your configuration:
    i.e. licence, allowed permissions, if you are in sandbox mode, if you have any reseller account
    linked </li></ul>

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiConfigurationResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ApiConfigurationResponse | None:
    """Read Configuration

     Retrieve the current configuration. Use this method to <br/><ul><li>Check your current redirect
    uri</li><li>Setup information like your name, category or icon</li><li>Check your configuration:
    i.e. licence, allowed permissions, if you are in sandbox mode, if you have any reseller account
    linked </li></ul>

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiConfigurationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
