from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/payment/{property_id}/register"


def _get_kwargs(
    property_id: str,
    *,
    copy_network: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["copyNetwork"] = copy_network

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/payment/{property_id}/register".format(
            property_id=quote(str(property_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 500:
        response_500 = ApiError._from_json(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    property_id: str,
    *,
    client: AuthenticatedClient,
    copy_network: bool | Unset = UNSET,
) -> Response[Any | ApiError]:
    """Card PIN Status

     Check if the given property is allowed to see credit cards

    Args:
        property_id (str): The Property ID Example: 16997.
        copy_network (bool | Unset): Set TRUE to copy on each child accommodation, if you don't
            know we suggest set true

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        property_id=property_id,
        copy_network=copy_network,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_id: str,
    *,
    client: AuthenticatedClient,
    copy_network: bool | Unset = UNSET,
) -> Any | ApiError | None:
    """Card PIN Status

     Check if the given property is allowed to see credit cards

    Args:
        property_id (str): The Property ID Example: 16997.
        copy_network (bool | Unset): Set TRUE to copy on each child accommodation, if you don't
            know we suggest set true

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError
    """

    return (
        await asyncio_detailed(
            property_id=property_id,
            client=client,
            copy_network=copy_network,
        )
    ).parsed
