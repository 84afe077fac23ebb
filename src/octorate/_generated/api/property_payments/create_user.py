from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...types import Response

METHOD = "POST"
PATH = "/rest/v1/payment/{property_id}/register"


def _get_kwargs(
    property_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/payment/{property_id}/register".format(
            property_id=quote(str(property_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ApiError._from_json(response.json())

        return response_400

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
) -> Response[Any | ApiError]:
    """Register Card PIN

     Allow the final guest to handle the credit card, take care: We will send an email and SMS to the
    email/telephone registered inside the accommodation. Make sure these value are right. In case of
    multi-property account, we suggest you to send the request for the main account, when you will check
    the status, we will copy the user to the other accommodations.

    Args:
        property_id (str): Property ID that have set mobile phone and email

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError]
    """

    kwargs = _get_kwargs(
        property_id=property_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | ApiError | None:
    """Register Card PIN

     Allow the final guest to handle the credit card, take care: We will send an email and SMS to the
    email/telephone registered inside the accommodation. Make sure these value are right. In case of
    multi-property account, we suggest you to send the request for the main account, when you will check
    the status, we will copy the user to the other accommodations.

    Args:
        property_id (str): Property ID that have set mobile phone and email

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
        )
    ).parsed
