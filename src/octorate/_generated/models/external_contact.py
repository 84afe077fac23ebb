from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_contact_code_type import ExternalContactCodeType
from ..models.external_contact_language_octo import ExternalContactLanguageOcto
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_property_charge import OctoratePropertyCharge
    from ..models.place_interface import PlaceInterface


@_attrs_define
class ExternalContact(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


_set = object.__setattr__

# Field loaders: each turns the raw JSON object into one attribute's value, the first time
# that attribute is read (see octorate._hooks.LazyModel).


def _load_type_(d: Mapping[str, Any]) -> str:
    return d["type"]


def _load_person_name(d: Mapping[str, Any]) -> str:
    return d["personName"]


def _load_portal(d: Mapping[str, Any]) -> PortalNames | Unset:
    _portal = d.get("portal", UNSET)
    portal: PortalNames | Unset
    if isinstance(_portal, Unset):
        portal = UNSET
    else:
        portal = enum_member(PortalNames, _portal)

    return portal


def _load_person_family_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("personFamilyName", UNSET)


def _load_company_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("companyName", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_male(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("male", UNSET)


def _load_mail(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mail", UNSET)


def _load_place(d: Mapping[str, Any]) -> PlaceInterface | Unset:
    _place = d.get("place", UNSET)
    place: PlaceInterface | Unset
    if isinstance(_place, Unset):
        place = UNSET
    else:
        place = PlaceInterface._from_json(_place)

    return place


def _load_language_octo(d: Mapping[str, Any]) -> ExternalContactLanguageOcto | Unset:
    _language_octo = d.get("languageOcto", UNSET)
    language_octo: ExternalContactLanguageOcto | Unset
    if isinstance(_language_octo, Unset):
        language_octo = UNSET
    else:
        language_octo = enum_member(ExternalContactLanguageOcto, _language_octo)

    return language_octo


def _load_portal_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalValue", UNSET)


def _load_code_type(d: Mapping[str, Any]) -> ExternalContactCodeType | Unset:
    _code_type = d.get("codeType", UNSET)
    code_type: ExternalContactCodeType | Unset
    if isinstance(_code_type, Unset):
        code_type = UNSET
    else:
        code_type = enum_member(ExternalContactCodeType, _code_type)

    return code_type


def _load_contract(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("contract", UNSET)


def _load_deletable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("deletable", UNSET)


def _load_editable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("editable", UNSET)


def _load_property_charge(d: Mapping[str, Any]) -> OctoratePropertyCharge | Unset:
    _property_charge = d.get("propertyCharge", UNSET)
    property_charge: OctoratePropertyCharge | Unset
    if isinstance(_property_charge, Unset):
        property_charge = UNSET
    else:
        property_charge = OctoratePropertyCharge._from_json(_property_charge)

    return property_charge


_KNOWN_KEYS = frozenset(
    (
        "type",
        "personName",
        "portal",
        "personFamilyName",
        "companyName",
        "phone",
        "male",
        "mail",
        "place",
        "languageOcto",
        "portalValue",
        "codeType",
        "contract",
        "deletable",
        "editable",
        "propertyCharge",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalContact, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_" not in seen:
        _set(self, "type_", d["type"])
    if "person_name" not in seen:
        _set(self, "person_name", d["personName"])
    if "portal" not in seen:
        _portal = d.get("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        _set(self, "portal", portal)
    if "person_family_name" not in seen:
        _set(self, "person_family_name", d.get("personFamilyName", UNSET))
    if "company_name" not in seen:
        _set(self, "company_name", d.get("companyName", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "male" not in seen:
        _set(self, "male", d.get("male", UNSET))
    if "mail" not in seen:
        _set(self, "mail", d.get("mail", UNSET))
    if "place" not in seen:
        _place = d.get("place", UNSET)
        place: PlaceInterface | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = PlaceInterface._from_json(_place)

        _set(self, "place", place)
    if "language_octo" not in seen:
        _language_octo = d.get("languageOcto", UNSET)
        language_octo: ExternalContactLanguageOcto | Unset
        if isinstance(_language_octo, Unset):
            language_octo = UNSET
        else:
            language_octo = enum_member(ExternalContactLanguageOcto, _language_octo)

        _set(self, "language_octo", language_octo)
    if "portal_value" not in seen:
        _set(self, "portal_value", d.get("portalValue", UNSET))
    if "code_type" not in seen:
        _code_type = d.get("codeType", UNSET)
        code_type: ExternalContactCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalContactCodeType, _code_type)

        _set(self, "code_type", code_type)
    if "contract" not in seen:
        _set(self, "contract", d.get("contract", UNSET))
    if "deletable" not in seen:
        _set(self, "deletable", d.get("deletable", UNSET))
    if "editable" not in seen:
        _set(self, "editable", d.get("editable", UNSET))
    if "property_charge" not in seen:
        _property_charge = d.get("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge._from_json(_property_charge)

        _set(self, "property_charge", property_charge)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalContact._octorate_fields = FieldTable(
    required=frozenset(
        (
            "type",
            "personName",
        )
    ),
    loaders={
        "type_": _load_type_,
        "person_name": _load_person_name,
        "portal": _load_portal,
        "person_family_name": _load_person_family_name,
        "company_name": _load_company_name,
        "phone": _load_phone,
        "male": _load_male,
        "mail": _load_mail,
        "place": _load_place,
        "language_octo": _load_language_octo,
        "portal_value": _load_portal_value,
        "code_type": _load_code_type,
        "contract": _load_contract,
        "deletable": _load_deletable,
        "editable": _load_editable,
        "property_charge": _load_property_charge,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "place",
        "property_charge",
        "additional_properties",
    ),
    keys={
        "type_": "type",
        "person_name": "personName",
        "portal": "portal",
        "person_family_name": "personFamilyName",
        "company_name": "companyName",
        "phone": "phone",
        "male": "male",
        "mail": "mail",
        "place": "place",
        "language_octo": "languageOcto",
        "portal_value": "portalValue",
        "code_type": "codeType",
        "contract": "contract",
        "deletable": "deletable",
        "editable": "editable",
        "property_charge": "propertyCharge",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
from ..models.place_interface import PlaceInterface  # noqa: E402
