from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ContentCodeMapping")


@_attrs_define
class ContentCodeMapping:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        imported = d.pop("imported", UNSET)

        _portal = d.pop("portal", UNSET)
        portal: ContentCodeMappingPortal | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(ContentCodeMappingPortal, _portal)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _description = d.pop("description", UNSET)
        description: ContentCodeMappingDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = ContentCodeMappingDescription.from_dict(_description)

        _title = d.pop("title", UNSET)
        title: ContentCodeMappingTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = ContentCodeMappingTitle.from_dict(_title)

        json = d.pop("json", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ContentCodeMappingType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ContentCodeMappingType, _type_)

        _sub_type = d.pop("subType", UNSET)
        sub_type: ContentCodeMappingSubType | Unset
        if isinstance(_sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = enum_member(ContentCodeMappingSubType, _sub_type)

        portal_attributes = d.pop("portalAttributes", UNSET)

        portal_value = d.pop("portalValue", UNSET)

        _last_edit = d.pop("lastEdit", UNSET)
        last_edit: datetime.datetime | Unset
        if isinstance(_last_edit, Unset):
            last_edit = UNSET
        else:
            last_edit = parse_datetime(_last_edit)

        octorate_value = d.pop("octorateValue", UNSET)

        ignore_mapping = d.pop("ignoreMapping", UNSET)

        score = d.pop("score", UNSET)

        _validation_schema = d.pop("validationSchema", UNSET)
        validation_schema: ContentCodeValidation | Unset
        if isinstance(_validation_schema, Unset):
            validation_schema = UNSET
        else:
            validation_schema = ContentCodeValidation.from_dict(_validation_schema)

        english_description = d.pop("englishDescription", UNSET)

        _converted_octorate = d.pop("convertedOctorate", UNSET)
        converted_octorate: EnumContent | Unset
        if isinstance(_converted_octorate, Unset):
            converted_octorate = UNSET
        else:
            converted_octorate = EnumContent.from_dict(_converted_octorate)

        portal_booking = d.pop("portalBooking", UNSET)

        convertible = d.pop("convertible", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ContentMappingSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ContentMappingSchema.from_dict(_schema)

        serialized_name = d.pop("serializedName", UNSET)

        content_code_mapping = cls(
            id=id,
            imported=imported,
            portal=portal,
            country=country,
            description=description,
            title=title,
            json=json,
            type_=type_,
            sub_type=sub_type,
            portal_attributes=portal_attributes,
            portal_value=portal_value,
            last_edit=last_edit,
            octorate_value=octorate_value,
            ignore_mapping=ignore_mapping,
            score=score,
            validation_schema=validation_schema,
            english_description=english_description,
            converted_octorate=converted_octorate,
            portal_booking=portal_booking,
            convertible=convertible,
            schema=schema,
            serialized_name=serialized_name,
        )

        content_code_mapping.additional_properties = d
        return content_code_mapping

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
from ..models.content_code_mapping_description import ContentCodeMappingDescription  # noqa: E402
from ..models.content_code_mapping_title import ContentCodeMappingTitle  # noqa: E402
from ..models.content_code_validation import ContentCodeValidation  # noqa: E402
from ..models.content_mapping_schema import ContentMappingSchema  # noqa: E402
from ..models.enum_content import EnumContent  # noqa: E402
