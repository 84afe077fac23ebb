from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.special_offer_dto import SpecialOfferDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/chat/{property_}/threads/{thread_id}/specialOffer"


def _get_kwargs(
    property_: str,
    thread_id: int,
    *,
    body: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/chat/{property_}/threads/{thread_id}/specialOffer".format(
            property_=quote(str(property_), safe=""),
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SpecialOfferDTO | None:
    if response.status_code == 200:
        response_200 = SpecialOfferDTO._from_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SpecialOfferDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    property_: str,
    thread_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: str | Unset = UNSET,
) -> Response[Any | SpecialOfferDTO]:
    """Create a new special offer

    Args:
        property_ (str):
        thread_id (int):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SpecialOfferDTO]
    """

    kwargs = _get_kwargs(
        property_=property_,
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    thread_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: str | Unset = UNSET,
) -> Any | SpecialOfferDTO | None:
    """Create a new special offer

    Args:
        property_ (str):
        thread_id (int):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SpecialOfferDTO
    """

    return (
        await asyncio_detailed(
            property_=property_,
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
