from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.push_photos_body import PushPhotosBody
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/accommodation/{accommodation}/photos"


def _get_kwargs(
    accommodation: str,
    *,
    body: PushPhotosBody | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["url"] = url_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/accommodation/{accommodation}/photos".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

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
    body: PushPhotosBody | Unset = UNSET,
    url_query: str | Unset = UNSET,
) -> Response[Any]:
    """Push a PHOTO to the property

    Args:
        accommodation (str):
        url_query (str | Unset):
        body (PushPhotosBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        body=body,
        url_query=url_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
