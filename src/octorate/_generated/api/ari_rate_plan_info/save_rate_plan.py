from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_rate_dto import ApiRateDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/rateplans/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    body: ApiRateDTO | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/rateplans/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    body: ApiRateDTO | Unset = UNSET,
) -> Response[Any]:
    """Update a rate plan

    Args:
        accommodation (str):
        body (ApiRateDTO | Unset): List of rateplans accepted by the Room. Used mainly in Booking
            Engine only. For specific functionality of this field, try on the frontend using also the
            booking engine. For Channel connectivity, you can ignore

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
