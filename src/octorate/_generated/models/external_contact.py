from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_contact_code_type import ExternalContactCodeType
from ..models.external_contact_language_octo import ExternalContactLanguageOcto
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_property_charge import OctoratePropertyCharge
    from ..models.place_interface import PlaceInterface


T = TypeVar("T", bound="ExternalContact")


@_attrs_define
class ExternalContact:
    """
    Attributes:
        type_ (str): The type of the contact as described by the portal types. Check manual and available metas, for
            more information Example: general.
        person_name (str): The name of the person or the company Example: Marco.
        portal (PortalNames | Unset):  Example: AIRBNB.
        person_family_name (str | Unset): The last name of the person Example: Rossi.
        company_name (str | Unset): Legal Name of the company Example: Rossi & co snc.
        phone (str | Unset):
        male (bool | Unset): Set as TRUE if this person is a male, as FALSE if not (or who is in charge for this
            contact) Example: True.
        mail (str | Unset):
        place (PlaceInterface | Unset): Place information
        language_octo (ExternalContactLanguageOcto | Unset):
        portal_value (str | Unset):
        code_type (ExternalContactCodeType | Unset):
        contract (bool | Unset):
        deletable (bool | Unset):
        editable (bool | Unset):
        property_charge (OctoratePropertyCharge | Unset):
    """

    type_: str
    person_name: str
    portal: PortalNames | Unset = UNSET
    person_family_name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    male: bool | Unset = UNSET
    mail: str | Unset = UNSET
    place: PlaceInterface | Unset = UNSET
    language_octo: ExternalContactLanguageOcto | Unset = UNSET
    portal_value: str | Unset = UNSET
    code_type: ExternalContactCodeType | Unset = UNSET
    contract: bool | Unset = UNSET
    deletable: bool | Unset = UNSET
    editable: bool | Unset = UNSET
    property_charge: OctoratePropertyCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        person_name = self.person_name

        portal: str | Unset = UNSET
        if not isinstance(self.portal, Unset):
            portal = self.portal.value

        person_family_name = self.person_family_name

        company_name = self.company_name

        phone = self.phone

        male = self.male

        mail = self.mail

        place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place, Unset):
            place = self.place.to_dict()

        language_octo: str | Unset = UNSET
        if not isinstance(self.language_octo, Unset):
            language_octo = self.language_octo.value

        portal_value = self.portal_value

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type.value

        contract = self.contract

        deletable = self.deletable

        editable = self.editable

        property_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_charge, Unset):
            property_charge = self.property_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "personName": person_name,
            }
        )
        if portal is not UNSET:
            field_dict["portal"] = portal
        if person_family_name is not UNSET:
            field_dict["personFamilyName"] = person_family_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if male is not UNSET:
            field_dict["male"] = male
        if mail is not UNSET:
            field_dict["mail"] = mail
        if place is not UNSET:
            field_dict["place"] = place
        if language_octo is not UNSET:
            field_dict["languageOcto"] = language_octo
        if portal_value is not UNSET:
            field_dict["portalValue"] = portal_value
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if contract is not UNSET:
            field_dict["contract"] = contract
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if editable is not UNSET:
            field_dict["editable"] = editable
        if property_charge is not UNSET:
            field_dict["propertyCharge"] = property_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        person_name = d.pop("personName")

        _portal = d.pop("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        person_family_name = d.pop("personFamilyName", UNSET)

        company_name = d.pop("companyName", UNSET)

        phone = d.pop("phone", UNSET)

        male = d.pop("male", UNSET)

        mail = d.pop("mail", UNSET)

        _place = d.pop("place", UNSET)
        place: PlaceInterface | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = PlaceInterface.from_dict(_place)

        _language_octo = d.pop("languageOcto", UNSET)
        language_octo: ExternalContactLanguageOcto | Unset
        if isinstance(_language_octo, Unset):
            language_octo = UNSET
        else:
            language_octo = enum_member(ExternalContactLanguageOcto, _language_octo)

        portal_value = d.pop("portalValue", UNSET)

        _code_type = d.pop("codeType", UNSET)
        code_type: ExternalContactCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalContactCodeType, _code_type)

        contract = d.pop("contract", UNSET)

        deletable = d.pop("deletable", UNSET)

        editable = d.pop("editable", UNSET)

        _property_charge = d.pop("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge.from_dict(_property_charge)

        external_contact = cls(
            type_=type_,
            person_name=person_name,
            portal=portal,
            person_family_name=person_family_name,
            company_name=company_name,
            phone=phone,
            male=male,
            mail=mail,
            place=place,
            language_octo=language_octo,
            portal_value=portal_value,
            code_type=code_type,
            contract=contract,
            deletable=deletable,
            editable=editable,
            property_charge=property_charge,
        )

        external_contact.additional_properties = d
        return external_contact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
from ..models.place_interface import PlaceInterface  # noqa: E402
