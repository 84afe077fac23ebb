from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_checkin_status_status import UpdateCheckinStatusStatus
from ...types import UNSET, Response, Unset

METHOD = "PUT"
PATH = "/rest/v1/checkin/{accommodation}/{reservation_id}"


def _get_kwargs(
    accommodation: str,
    reservation_id: int,
    *,
    status: UpdateCheckinStatusStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1/checkin/{accommodation}/{reservation_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            reservation_id=quote(str(reservation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
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
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
    status: UpdateCheckinStatusStatus | Unset = UNSET,
) -> Response[Any]:
    """Update the general status of the reservation as checked in, checked out or no show.

    Args:
        accommodation (str):
        reservation_id (int):
        status (UpdateCheckinStatusStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        reservation_id=reservation_id,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
