from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.migrate_api_key_body import MigrateApiKeyBody
from ...models.o_auth_token_2 import OAuthToken2
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/identity/migrate"


def _get_kwargs(
    *,
    body: MigrateApiKeyBody | Unset = UNSET,
    key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(key, Unset):
        headers["key"] = key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/identity/migrate",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthToken2:
    response_default = OAuthToken2._from_json(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuthToken2]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MigrateApiKeyBody | Unset = UNSET,
    key: str | Unset = UNSET,
) -> Response[OAuthToken2]:
    """Migrate Old

     Migrate the old Api Key to a new Access + Refresh Token. Can be execute once, it will NOT invalidate
    your api key for the old api system. This method will give you one token per property.

    Args:
        key (str | Unset):
        body (MigrateApiKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthToken2]
    """

    kwargs = _get_kwargs(
        body=body,
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MigrateApiKeyBody | Unset = UNSET,
    key: str | Unset = UNSET,
) -> OAuthToken2 | None:
    """Migrate Old

     Migrate the old Api Key to a new Access + Refresh Token. Can be execute once, it will NOT invalidate
    your api key for the old api system. This method will give you one token per property.

    Args:
        key (str | Unset):
        body (MigrateApiKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthToken2
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            key=key,
        )
    ).parsed
