from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_portal_request_dto import ApiPortalRequestDTO
from ...types import UNSET, Response, Unset

METHOD = "PUT"
PATH = "/rest/v1/portal/apiportal"


def _get_kwargs(
    *,
    body: ApiPortalRequestDTO | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1/portal/apiportal",
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
    *,
    client: AuthenticatedClient,
    body: ApiPortalRequestDTO | Unset = UNSET,
) -> Response[Any]:
    """Update the API portal

     Some Application wants to receive ARI (Availability and rates inventory) from Octorate. In order to
    do it you should before create a new Portal inside the Octorate system. This call will update the
    current details.

    Args:
        body (ApiPortalRequestDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
