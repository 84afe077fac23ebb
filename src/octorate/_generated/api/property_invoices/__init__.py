"""Operations tagged "property_invoices"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.download_summary_document_language import DownloadSummaryDocumentLanguage
    from ...models.get_invoices_date_type import GetInvoicesDateType
    from ...models.get_invoices_document_types_item import GetInvoicesDocumentTypesItem
    from ...models.get_invoices_fiscal_invoice_group import GetInvoicesFiscalInvoiceGroup
    from ...models.get_invoices_sort import GetInvoicesSort
    from ...models.get_invoices_sort_order import GetInvoicesSortOrder
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyInvoices:
    """Operations tagged "property_invoices"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_double_heading_invoice(
        self,
        codice: str,
        refer: str,
        *,
        send_mail_receipt_ownercc: bool | Unset = UNSET,
        send_mail_receipt_guestcc: bool | Unset = UNSET,
        send_mail_invoice_guestcc: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v2/invoice/{codice}/{refer}/createDoubleHeadingInvoice
        Operation ``create_double_heading_invoice``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_double_heading_invoice", __name__)
        request = op._get_kwargs(
            codice=codice,
            refer=refer,
            send_mail_receipt_ownercc=send_mail_receipt_ownercc,
            send_mail_receipt_guestcc=send_mail_receipt_guestcc,
            send_mail_invoice_guestcc=send_mail_invoice_guestcc,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "codice": codice,
                "refer": refer,
            },
        )

    async def download_summary_document(
        self,
        accommodation_id: str,
        id_document_encrypted: str,
        *,
        language: DownloadSummaryDocumentLanguage | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v2/invoice/pdf/{accommodation_id}/summary/{id_document_encrypted}
        Operation ``download_summary_document``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".download_summary_document", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            id_document_encrypted=id_document_encrypted,
            language=language,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "idDocumentEncrypted": id_document_encrypted,
            },
        )

    async def get_invoices(
        self,
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
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v2/invoice/{codice}
        Operation ``get_invoices``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_invoices", __name__)
        request = op._get_kwargs(
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
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "codice": codice,
            },
        )

    async def issue_summary_document(
        self,
        accommodation_id: str,
        refer: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v2/invoice/{accommodation_id}/summary/{refer}
        Operation ``issue_summary_document``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".issue_summary_document", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            refer=refer,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "refer": refer,
            },
        )
