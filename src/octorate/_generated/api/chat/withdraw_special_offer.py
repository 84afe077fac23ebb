from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.special_offer_dto import SpecialOfferDTO
from ...types import Response

METHOD = "PATCH"
PATH = "/rest/v1/chat/{property_}/threads/{thread_id}/specialOffer/{special_offer_id}/withdraw"


def _get_kwargs(
    property_: str,
    thread_id: int,
    special_offer_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v1/chat/{property_}/threads/{thread_id}/specialOffer/{special_offer_id}/withdraw".format(
            property_=quote(str(property_), safe=""),
            thread_id=quote(str(thread_id), safe=""),
            special_offer_id=quote(str(special_offer_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SpecialOfferDTO | None:
    if response.status_code == 200:
        response_200 = SpecialOfferDTO._from_json(response.json())

        return response_200

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
    special_offer_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | SpecialOfferDTO]:
    """Withdraw the special offer

    Args:
        property_ (str):
        thread_id (int):
        special_offer_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SpecialOfferDTO]
    """

    kwargs = _get_kwargs(
        property_=property_,
        thread_id=thread_id,
        special_offer_id=special_offer_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    thread_id: int,
    special_offer_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | SpecialOfferDTO | None:
    """Withdraw the special offer

    Args:
        property_ (str):
        thread_id (int):
        special_offer_id (int):

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
            special_offer_id=special_offer_id,
            client=client,
        )
    ).parsed
