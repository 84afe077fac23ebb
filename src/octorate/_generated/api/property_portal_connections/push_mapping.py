from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_mapping import ApiMapping
from ...types import UNSET, File, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/connection/mapping/{accommodation}/{connection}"


def _get_kwargs(
    accommodation: str,
    connection: int,
    *,
    body: File | Unset = UNSET,
    product: int,
    external_product: int,
    query: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["product"] = product

    params["externalProduct"] = external_product

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/connection/mapping/{accommodation}/{connection}".format(
            accommodation=quote(str(accommodation), safe=""),
            connection=quote(str(connection), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiMapping | None:
    if response.status_code == 200:
        response_200 = ApiMapping._from_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | ApiMapping]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    connection: int,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    product: int,
    external_product: int,
    query: str | Unset = UNSET,
) -> Response[Any | ApiMapping]:
    """Create Mapping

     Create a new connection between an external product and an Octorate product. We expect to always
    have an external item even though the ota doesn't require it because we will push prices only for
    connected sites.

    Args:
        accommodation (str):
        connection (int):
        product (int):
        external_product (int):
        query (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiMapping]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        connection=connection,
        body=body,
        product=product,
        external_product=external_product,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    connection: int,
    *,
    client: AuthenticatedClient,
    body: File | Unset = UNSET,
    product: int,
    external_product: int,
    query: str | Unset = UNSET,
) -> Any | ApiMapping | None:
    """Create Mapping

     Create a new connection between an external product and an Octorate product. We expect to always
    have an external item even though the ota doesn't require it because we will push prices only for
    connected sites.

    Args:
        accommodation (str):
        connection (int):
        product (int):
        external_product (int):
        query (str | Unset):
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiMapping
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            connection=connection,
            client=client,
            body=body,
            product=product,
            external_product=external_product,
            query=query,
        )
    ).parsed
