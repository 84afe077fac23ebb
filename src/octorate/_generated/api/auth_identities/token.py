from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_token_2 import OAuthToken2
from ...models.token_body import TokenBody
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/identity/token"


def _get_kwargs(
    *,
    body: TokenBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/identity/token",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OAuthToken2 | None:
    if response.status_code == 200:
        response_200 = OAuthToken2._from_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | OAuthToken2]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenBody | Unset = UNSET,
) -> Response[Any | OAuthToken2]:
    """Properties Token

     General Usage: Allow connection for existing octorate customers. <br/> This method interest you if
    you want to access the data of the properties. So reading reservations, writing new rooms, and
    reading content are part of this authentication scheme.  In this case the authentication is granular
    and for each user. We expect that the single user gives you the authorization to proceed. In case
    you're creating a new property you don't need this api method but you will find it inside the
    response of created accommodation.<br/>We expect that the user has granted the authorization to
    proceed to connect your api.<br/>After that we have redirect the user back to your site
    (Redirect_uri) appending as url param the value code. <br/>Consume here the previously provided one
    shoot grant and retrieve the token. You have 3 minutes to consume the grant after you will have to
    ask again the authorization

    Args:
        body (TokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthToken2]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenBody | Unset = UNSET,
) -> Any | OAuthToken2 | None:
    """Properties Token

     General Usage: Allow connection for existing octorate customers. <br/> This method interest you if
    you want to access the data of the properties. So reading reservations, writing new rooms, and
    reading content are part of this authentication scheme.  In this case the authentication is granular
    and for each user. We expect that the single user gives you the authorization to proceed. In case
    you're creating a new property you don't need this api method but you will find it inside the
    response of created accommodation.<br/>We expect that the user has granted the authorization to
    proceed to connect your api.<br/>After that we have redirect the user back to your site
    (Redirect_uri) appending as url param the value code. <br/>Consume here the previously provided one
    shoot grant and retrieve the token. You have 3 minutes to consume the grant after you will have to
    ask again the authorization

    Args:
        body (TokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthToken2
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
