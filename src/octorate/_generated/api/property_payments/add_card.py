from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.api_reservation_resp_dto import ApiReservationRespDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/payment/OCTORATE/{ota_name}/addCard"


def _get_kwargs(
    ota_name: str,
    *,
    body: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/payment/OCTORATE/{ota_name}/addCard".format(
            ota_name=quote(str(ota_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ApiReservationRespDTO | None:
    if response.status_code == 200:
        response_200 = ApiReservationRespDTO._from_json(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ApiError._from_json(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError._from_json(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ApiError._from_json(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ApiReservationRespDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    ota_name: str,
    *,
    client: AuthenticatedClient,
    body: str | Unset = UNSET,
) -> Response[ApiError | ApiReservationRespDTO]:
    """Add Card

     We're PCI compliant. This means that in case you need to add a new card to a reservation we ask you
    to communicate the details to a specific partner and NOT to our endpoint. If you need this option,
    please contact us in order to prepare the necessary staff. <br/> Anyway here there are some of the
    details of the call you will do to our partner. It's in the same format of the others APIs.  You
    still need to provide the token to access the property. Prepare a fallback scenario in case Octorate
    or our partner replies with an error. As response you will get the updated reservation with the
    credit card details. Please prepare a scenario to resend the card if the connection to us is not
    available.

    Args:
        ota_name (str):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiReservationRespDTO]
    """

    kwargs = _get_kwargs(
        ota_name=ota_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ota_name: str,
    *,
    client: AuthenticatedClient,
    body: str | Unset = UNSET,
) -> ApiError | ApiReservationRespDTO | None:
    """Add Card

     We're PCI compliant. This means that in case you need to add a new card to a reservation we ask you
    to communicate the details to a specific partner and NOT to our endpoint. If you need this option,
    please contact us in order to prepare the necessary staff. <br/> Anyway here there are some of the
    details of the call you will do to our partner. It's in the same format of the others APIs.  You
    still need to provide the token to access the property. Prepare a fallback scenario in case Octorate
    or our partner replies with an error. As response you will get the updated reservation with the
    credit card details. Please prepare a scenario to resend the card if the connection to us is not
    available.

    Args:
        ota_name (str):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiReservationRespDTO
    """

    return (
        await asyncio_detailed(
            ota_name=ota_name,
            client=client,
            body=body,
        )
    ).parsed
