from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_reservation_card import ApiReservationCard
from ...models.detokenize_language import DetokenizeLanguage
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/payment/{reservation_id}/detokenize"


def _get_kwargs(
    reservation_id: int,
    *,
    language: DetokenizeLanguage | Unset = UNSET,
    ask_cvv: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params["askCvv"] = ask_cvv

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/payment/{reservation_id}/detokenize".format(
            reservation_id=quote(str(reservation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiReservationCard | None:
    if response.status_code == 200:
        response_200 = ApiReservationCard._from_json(response.json())

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
) -> Response[ApiError | ApiReservationCard]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    reservation_id: int,
    *,
    client: AuthenticatedClient,
    language: DetokenizeLanguage | Unset = UNSET,
    ask_cvv: bool | Unset = UNSET,
) -> Response[ApiError | ApiReservationCard]:
    """Detokenize/Show Card

     Ask Octorate to give you the link to see the credit card

    Args:
        reservation_id (int): The reservation ID
        language (DetokenizeLanguage | Unset): The language of the credit card page
        ask_cvv (bool | Unset): Set true to ask also the visualization of the CVV

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiReservationCard]
    """

    kwargs = _get_kwargs(
        reservation_id=reservation_id,
        language=language,
        ask_cvv=ask_cvv,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reservation_id: int,
    *,
    client: AuthenticatedClient,
    language: DetokenizeLanguage | Unset = UNSET,
    ask_cvv: bool | Unset = UNSET,
) -> ApiError | ApiReservationCard | None:
    """Detokenize/Show Card

     Ask Octorate to give you the link to see the credit card

    Args:
        reservation_id (int): The reservation ID
        language (DetokenizeLanguage | Unset): The language of the credit card page
        ask_cvv (bool | Unset): Set true to ask also the visualization of the CVV

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiReservationCard
    """

    return (
        await asyncio_detailed(
            reservation_id=reservation_id,
            client=client,
            language=language,
            ask_cvv=ask_cvv,
        )
    ).parsed
