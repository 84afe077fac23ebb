from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.download_summary_document_language import DownloadSummaryDocumentLanguage
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v2/invoice/pdf/{accommodation_id}/summary/{id_document_encrypted}"


def _get_kwargs(
    accommodation_id: str,
    id_document_encrypted: str,
    *,
    language: DownloadSummaryDocumentLanguage | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v2/invoice/pdf/{accommodation_id}/summary/{id_document_encrypted}".format(
            accommodation_id=quote(str(accommodation_id), safe=""),
            id_document_encrypted=quote(str(id_document_encrypted), safe=""),
        ),
        "params": params,
    }

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
    accommodation_id: str,
    id_document_encrypted: str,
    *,
    client: AuthenticatedClient | Client,
    language: DownloadSummaryDocumentLanguage | Unset = UNSET,
) -> Response[Any]:
    """Download the PDF of a persisted summary document

    Args:
        accommodation_id (str):
        id_document_encrypted (str):
        language (DownloadSummaryDocumentLanguage | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation_id=accommodation_id,
        id_document_encrypted=id_document_encrypted,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
