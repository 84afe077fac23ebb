from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.content_code_mapping_portal import ContentCodeMappingPortal
from ..models.content_code_mapping_sub_type import ContentCodeMappingSubType
from ..models.content_code_mapping_type import ContentCodeMappingType
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.content_code_mapping_description import ContentCodeMappingDescription
    from ..models.content_code_mapping_title import ContentCodeMappingTitle
    from ..models.content_code_validation import ContentCodeValidation
    from ..models.content_mapping_schema import ContentMappingSchema
    from ..models.enum_content import EnumContent


@_attrs_define
class ContentCodeMapping(LazyModel):
    """
    Attributes:
        id (int | Unset):
        imported (bool | Unset):
        portal (ContentCodeMappingPortal | Unset):  Example: AIRBNB.
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        description (ContentCodeMappingDescription | Unset):  Example: {'EN': 'These are the LanguageMap value in
            English!'}.
        title (ContentCodeMappingTitle | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        json (str | Unset):
        type_ (ContentCodeMappingType | Unset): The main category of this item
        sub_type (ContentCodeMappingSubType | Unset): Used to understand whether for instance an amenities can used as
            another field.
        portal_attributes (str | Unset): Some additional settings provided for the portal
        portal_value (str | Unset):
        last_edit (datetime.datetime | Unset):
        octorate_value (str | Unset):
        ignore_mapping (bool | Unset):
        score (int | Unset):
        validation_schema (ContentCodeValidation | Unset):
        english_description (str | Unset):
        converted_octorate (EnumContent | Unset):
        portal_booking (bool | Unset):
        convertible (bool | Unset):
        schema (ContentMappingSchema | Unset):
        serialized_name (str | Unset):
    """

    id: int | Unset = UNSET
    imported: bool | Unset = UNSET
    portal: ContentCodeMappingPortal | Unset = UNSET
    country: CountryCode | Unset = UNSET
    description: ContentCodeMappingDescription | Unset = UNSET
    title: ContentCodeMappingTitle | Unset = UNSET
    json: str | Unset = UNSET
    type_: ContentCodeMappingType | Unset = UNSET
    sub_type: ContentCodeMappingSubType | Unset = UNSET
    portal_attributes: str | Unset = UNSET
    portal_value: str | Unset = UNSET
    last_edit: datetime.datetime | Unset = UNSET
    octorate_value: str | Unset = UNSET
    ignore_mapping: bool | Unset = UNSET
    score: int | Unset = UNSET
    validation_schema: ContentCodeValidation | Unset = UNSET
    english_description: str | Unset = UNSET
    converted_octorate: EnumContent | Unset = UNSET
    portal_booking: bool | Unset = UNSET
    convertible: bool | Unset = UNSET
    schema: ContentMappingSchema | Unset = UNSET
    serialized_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        imported = self.imported

        portal: str | Unset = UNSET
        if not isinstance(self.portal, Unset):
            portal = self.portal.value

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        json = self.json

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        sub_type: str | Unset = UNSET
        if not isinstance(self.sub_type, Unset):
            sub_type = self.sub_type.value

        portal_attributes = self.portal_attributes

        portal_value = self.portal_value

        last_edit: str | Unset = UNSET
        if not isinstance(self.last_edit, Unset):
            last_edit = self.last_edit.isoformat()

        octorate_value = self.octorate_value

        ignore_mapping = self.ignore_mapping

        score = self.score

        validation_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_schema, Unset):
            validation_schema = self.validation_schema.to_dict()

        english_description = self.english_description

        converted_octorate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_octorate, Unset):
            converted_octorate = self.converted_octorate.to_dict()

        portal_booking = self.portal_booking

        convertible = self.convertible

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        serialized_name = self.serialized_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if imported is not UNSET:
            field_dict["imported"] = imported
        if portal is not UNSET:
            field_dict["portal"] = portal
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title
        if json is not UNSET:
            field_dict["json"] = json
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sub_type is not UNSET:
            field_dict["subType"] = sub_type
        if portal_attributes is not UNSET:
            field_dict["portalAttributes"] = portal_attributes
        if portal_value is not UNSET:
            field_dict["portalValue"] = portal_value
        if last_edit is not UNSET:
            field_dict["lastEdit"] = last_edit
        if octorate_value is not UNSET:
            field_dict["octorateValue"] = octorate_value
        if ignore_mapping is not UNSET:
            field_dict["ignoreMapping"] = ignore_mapping
        if score is not UNSET:
            field_dict["score"] = score
        if validation_schema is not UNSET:
            field_dict["validationSchema"] = validation_schema
        if english_description is not UNSET:
            field_dict["englishDescription"] = english_description
        if converted_octorate is not UNSET:
            field_dict["convertedOctorate"] = converted_octorate
        if portal_booking is not UNSET:
            field_dict["portalBooking"] = portal_booking
        if convertible is not UNSET:
            field_dict["convertible"] = convertible
        if schema is not UNSET:
            field_dict["schema"] = schema
        if serialized_name is not UNSET:
            field_dict["serializedName"] = serialized_name

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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_imported(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("imported", UNSET)


def _load_portal(d: Mapping[str, Any]) -> ContentCodeMappingPortal | Unset:
    _portal = d.get("portal", UNSET)
    portal: ContentCodeMappingPortal | Unset
    if isinstance(_portal, Unset):
        portal = UNSET
    else:
        portal = enum_member(ContentCodeMappingPortal, _portal)

    return portal


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


def _load_description(d: Mapping[str, Any]) -> ContentCodeMappingDescription | Unset:
    _description = d.get("description", UNSET)
    description: ContentCodeMappingDescription | Unset
    if isinstance(_description, Unset):
        description = UNSET
    else:
        description = ContentCodeMappingDescription._from_json(_description)

    return description


def _load_title(d: Mapping[str, Any]) -> ContentCodeMappingTitle | Unset:
    _title = d.get("title", UNSET)
    title: ContentCodeMappingTitle | Unset
    if isinstance(_title, Unset):
        title = UNSET
    else:
        title = ContentCodeMappingTitle._from_json(_title)

    return title


def _load_json(d: Mapping[str, Any]) -> str | Unset:
    return d.get("json", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ContentCodeMappingType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ContentCodeMappingType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ContentCodeMappingType, _type_)

    return type_


def _load_sub_type(d: Mapping[str, Any]) -> ContentCodeMappingSubType | Unset:
    _sub_type = d.get("subType", UNSET)
    sub_type: ContentCodeMappingSubType | Unset
    if isinstance(_sub_type, Unset):
        sub_type = UNSET
    else:
        sub_type = enum_member(ContentCodeMappingSubType, _sub_type)

    return sub_type


def _load_portal_attributes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalAttributes", UNSET)


def _load_portal_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalValue", UNSET)


def _load_last_edit(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_edit = d.get("lastEdit", UNSET)
    last_edit: datetime.datetime | Unset
    if isinstance(_last_edit, Unset):
        last_edit = UNSET
    else:
        last_edit = parse_datetime(_last_edit)

    return last_edit


def _load_octorate_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("octorateValue", UNSET)


def _load_ignore_mapping(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("ignoreMapping", UNSET)


def _load_score(d: Mapping[str, Any]) -> int | Unset:
    return d.get("score", UNSET)


def _load_validation_schema(d: Mapping[str, Any]) -> ContentCodeValidation | Unset:
    _validation_schema = d.get("validationSchema", UNSET)
    validation_schema: ContentCodeValidation | Unset
    if isinstance(_validation_schema, Unset):
        validation_schema = UNSET
    else:
        validation_schema = ContentCodeValidation._from_json(_validation_schema)

    return validation_schema


def _load_english_description(d: Mapping[str, Any]) -> str | Unset:
    return d.get("englishDescription", UNSET)


def _load_converted_octorate(d: Mapping[str, Any]) -> EnumContent | Unset:
    _converted_octorate = d.get("convertedOctorate", UNSET)
    converted_octorate: EnumContent | Unset
    if isinstance(_converted_octorate, Unset):
        converted_octorate = UNSET
    else:
        converted_octorate = EnumContent._from_json(_converted_octorate)

    return converted_octorate


def _load_portal_booking(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("portalBooking", UNSET)


def _load_convertible(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("convertible", UNSET)


def _load_schema(d: Mapping[str, Any]) -> ContentMappingSchema | Unset:
    _schema = d.get("schema", UNSET)
    schema: ContentMappingSchema | Unset
    if isinstance(_schema, Unset):
        schema = UNSET
    else:
        schema = ContentMappingSchema._from_json(_schema)

    return schema


def _load_serialized_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("serializedName", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "imported",
        "portal",
        "country",
        "description",
        "title",
        "json",
        "type",
        "subType",
        "portalAttributes",
        "portalValue",
        "lastEdit",
        "octorateValue",
        "ignoreMapping",
        "score",
        "validationSchema",
        "englishDescription",
        "convertedOctorate",
        "portalBooking",
        "convertible",
        "schema",
        "serializedName",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ContentCodeMapping, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "imported" not in seen:
        _set(self, "imported", d.get("imported", UNSET))
    if "portal" not in seen:
        _portal = d.get("portal", UNSET)
        portal: ContentCodeMappingPortal | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(ContentCodeMappingPortal, _portal)

        _set(self, "portal", portal)
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "description" not in seen:
        _description = d.get("description", UNSET)
        description: ContentCodeMappingDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = ContentCodeMappingDescription._from_json(_description)

        _set(self, "description", description)
    if "title" not in seen:
        _title = d.get("title", UNSET)
        title: ContentCodeMappingTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = ContentCodeMappingTitle._from_json(_title)

        _set(self, "title", title)
    if "json" not in seen:
        _set(self, "json", d.get("json", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ContentCodeMappingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ContentCodeMappingType, _type_)

        _set(self, "type_", type_)
    if "sub_type" not in seen:
        _sub_type = d.get("subType", UNSET)
        sub_type: ContentCodeMappingSubType | Unset
        if isinstance(_sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = enum_member(ContentCodeMappingSubType, _sub_type)

        _set(self, "sub_type", sub_type)
    if "portal_attributes" not in seen:
        _set(self, "portal_attributes", d.get("portalAttributes", UNSET))
    if "portal_value" not in seen:
        _set(self, "portal_value", d.get("portalValue", UNSET))
    if "last_edit" not in seen:
        _last_edit = d.get("lastEdit", UNSET)
        last_edit: datetime.datetime | Unset
        if isinstance(_last_edit, Unset):
            last_edit = UNSET
        else:
            last_edit = parse_datetime(_last_edit)

        _set(self, "last_edit", last_edit)
    if "octorate_value" not in seen:
        _set(self, "octorate_value", d.get("octorateValue", UNSET))
    if "ignore_mapping" not in seen:
        _set(self, "ignore_mapping", d.get("ignoreMapping", UNSET))
    if "score" not in seen:
        _set(self, "score", d.get("score", UNSET))
    if "validation_schema" not in seen:
        _validation_schema = d.get("validationSchema", UNSET)
        validation_schema: ContentCodeValidation | Unset
        if isinstance(_validation_schema, Unset):
            validation_schema = UNSET
        else:
            validation_schema = ContentCodeValidation._from_json(_validation_schema)

        _set(self, "validation_schema", validation_schema)
    if "english_description" not in seen:
        _set(self, "english_description", d.get("englishDescription", UNSET))
    if "converted_octorate" not in seen:
        _converted_octorate = d.get("convertedOctorate", UNSET)
        converted_octorate: EnumContent | Unset
        if isinstance(_converted_octorate, Unset):
            converted_octorate = UNSET
        else:
            converted_octorate = EnumContent._from_json(_converted_octorate)

        _set(self, "converted_octorate", converted_octorate)
    if "portal_booking" not in seen:
        _set(self, "portal_booking", d.get("portalBooking", UNSET))
    if "convertible" not in seen:
        _set(self, "convertible", d.get("convertible", UNSET))
    if "schema" not in seen:
        _schema = d.get("schema", UNSET)
        schema: ContentMappingSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ContentMappingSchema._from_json(_schema)

        _set(self, "schema", schema)
    if "serialized_name" not in seen:
        _set(self, "serialized_name", d.get("serializedName", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ContentCodeMapping._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "imported": _load_imported,
        "portal": _load_portal,
        "country": _load_country,
        "description": _load_description,
        "title": _load_title,
        "json": _load_json,
        "type_": _load_type_,
        "sub_type": _load_sub_type,
        "portal_attributes": _load_portal_attributes,
        "portal_value": _load_portal_value,
        "last_edit": _load_last_edit,
        "octorate_value": _load_octorate_value,
        "ignore_mapping": _load_ignore_mapping,
        "score": _load_score,
        "validation_schema": _load_validation_schema,
        "english_description": _load_english_description,
        "converted_octorate": _load_converted_octorate,
        "portal_booking": _load_portal_booking,
        "convertible": _load_convertible,
        "schema": _load_schema,
        "serialized_name": _load_serialized_name,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "description",
        "title",
        "validation_schema",
        "converted_octorate",
        "schema",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "imported": "imported",
        "portal": "portal",
        "country": "country",
        "description": "description",
        "title": "title",
        "json": "json",
        "type_": "type",
        "sub_type": "subType",
        "portal_attributes": "portalAttributes",
        "portal_value": "portalValue",
        "last_edit": "lastEdit",
        "octorate_value": "octorateValue",
        "ignore_mapping": "ignoreMapping",
        "score": "score",
        "validation_schema": "validationSchema",
        "english_description": "englishDescription",
        "converted_octorate": "convertedOctorate",
        "portal_booking": "portalBooking",
        "convertible": "convertible",
        "schema": "schema",
        "serialized_name": "serializedName",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.content_code_mapping_description import ContentCodeMappingDescription  # noqa: E402
from ..models.content_code_mapping_title import ContentCodeMappingTitle  # noqa: E402
from ..models.content_code_validation import ContentCodeValidation  # noqa: E402
from ..models.content_mapping_schema import ContentMappingSchema  # noqa: E402
from ..models.enum_content import EnumContent  # noqa: E402
