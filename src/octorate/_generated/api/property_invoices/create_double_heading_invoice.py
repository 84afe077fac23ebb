from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v2/invoice/{codice}/{refer}/createDoubleHeadingInvoice"


def _get_kwargs(
    codice: str,
    refer: str,
    *,
    send_mail_receipt_ownercc: bool | Unset = UNSET,
    send_mail_receipt_guestcc: bool | Unset = UNSET,
    send_mail_invoice_guestcc: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendMailReceiptOwnercc"] = send_mail_receipt_ownercc

    params["sendMailReceiptGuestcc"] = send_mail_receipt_guestcc

    params["sendMailInvoiceGuestcc"] = send_mail_invoice_guestcc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v2/invoice/{codice}/{refer}/createDoubleHeadingInvoice".format(
            codice=quote(str(codice), safe=""),
            refer=quote(str(refer), safe=""),
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
    codice: str,
    refer: str,
    *,
    client: AuthenticatedClient | Client,
    send_mail_receipt_ownercc: bool | Unset = UNSET,
    send_mail_receipt_guestcc: bool | Unset = UNSET,
    send_mail_invoice_guestcc: bool | Unset = UNSET,
) -> Response[Any]:
    """Creates double billing from a reservation and sends the receipts/invoices to owner and guest.

    Args:
        codice (str):
        refer (str):
        send_mail_receipt_ownercc (bool | Unset):
        send_mail_receipt_guestcc (bool | Unset):
        send_mail_invoice_guestcc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        codice=codice,
        refer=refer,
        send_mail_receipt_ownercc=send_mail_receipt_ownercc,
        send_mail_receipt_guestcc=send_mail_receipt_guestcc,
        send_mail_invoice_guestcc=send_mail_invoice_guestcc,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
