import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_invoices_date_type import GetInvoicesDateType
from ...models.get_invoices_document_types_item import GetInvoicesDocumentTypesItem
from ...models.get_invoices_fiscal_invoice_group import GetInvoicesFiscalInvoiceGroup
from ...models.get_invoices_sort import GetInvoicesSort
from ...models.get_invoices_sort_order import GetInvoicesSortOrder
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v2/invoice/{codice}"


def _get_kwargs(
    codice: str,
    *,
    ids: list[int] | Unset = UNSET,
    reservations: list[int] | Unset = UNSET,
    reservation_refers: list[str] | Unset = UNSET,
    customer: str | Unset = UNSET,
    date_type: GetInvoicesDateType | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_types: list[GetInvoicesDocumentTypesItem] | Unset = UNSET,
    paid: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    fiscal_invoice_group: GetInvoicesFiscalInvoiceGroup | Unset = UNSET,
    autoinvoice: bool | Unset = UNSET,
    passive: bool | Unset = False,
    invoice_query: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
    sort: GetInvoicesSort | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_reservations: list[int] | Unset = UNSET
    if not isinstance(reservations, Unset):
        json_reservations = reservations

    params["reservations[]"] = json_reservations

    json_reservation_refers: list[str] | Unset = UNSET
    if not isinstance(reservation_refers, Unset):
        json_reservation_refers = reservation_refers

    params["reservationRefers[]"] = json_reservation_refers

    params["customer"] = customer

    json_date_type: str | Unset = UNSET
    if not isinstance(date_type, Unset):
        json_date_type = date_type.value

    params["dateType"] = json_date_type

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    json_document_types: list[str] | Unset = UNSET
    if not isinstance(document_types, Unset):
        json_document_types = []
        for document_types_item_data in document_types:
            document_types_item = document_types_item_data.value
            json_document_types.append(document_types_item)

    params["documentTypes[]"] = json_document_types

    params["paid"] = paid

    params["expired"] = expired

    json_fiscal_invoice_group: str | Unset = UNSET
    if not isinstance(fiscal_invoice_group, Unset):
        json_fiscal_invoice_group = fiscal_invoice_group.value

    params["fiscalInvoiceGroup"] = json_fiscal_invoice_group

    params["autoinvoice"] = autoinvoice

    params["passive"] = passive

    params["invoiceQuery"] = invoice_query

    params["fields"] = fields

    params["size"] = size

    params["page"] = page

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v2/invoice/{codice}".format(
            codice=quote(str(codice), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    ids: list[int] | Unset = UNSET,
    reservations: list[int] | Unset = UNSET,
    reservation_refers: list[str] | Unset = UNSET,
    customer: str | Unset = UNSET,
    date_type: GetInvoicesDateType | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    document_types: list[GetInvoicesDocumentTypesItem] | Unset = UNSET,
    paid: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    fiscal_invoice_group: GetInvoicesFiscalInvoiceGroup | Unset = UNSET,
    autoinvoice: bool | Unset = UNSET,
    passive: bool | Unset = False,
    invoice_query: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
    sort: GetInvoicesSort | Unset = UNSET,
    sort_order: GetInvoicesSortOrder | Unset = UNSET,
) -> Response[Any]:
    """Read the invoices

    Args:
        codice (str):
        ids (list[int] | Unset):
        reservations (list[int] | Unset):
        reservation_refers (list[str] | Unset):
        customer (str | Unset):
        date_type (GetInvoicesDateType | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        document_types (list[GetInvoicesDocumentTypesItem] | Unset):
        paid (bool | Unset):
        expired (bool | Unset):
        fiscal_invoice_group (GetInvoicesFiscalInvoiceGroup | Unset):
        autoinvoice (bool | Unset):
        passive (bool | Unset):  Default: False.
        invoice_query (str | Unset):
        fields (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):
        sort (GetInvoicesSort | Unset):
        sort_order (GetInvoicesSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        codice=codice,
        ids=ids,
        reservations=reservations,
        reservation_refers=reservation_refers,
        customer=customer,
        date_type=date_type,
        start_date=start_date,
        end_date=end_date,
        document_types=document_types,
        paid=paid,
        expired=expired,
        fiscal_invoice_group=fiscal_invoice_group,
        autoinvoice=autoinvoice,
        passive=passive,
        invoice_query=invoice_query,
        fields=fields,
        size=size,
        page=page,
        sort=sort,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
