from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_descriptions_description import ExternalDescriptionsDescription
    from ..models.language_map import LanguageMap
    from ..models.portal_language_map import PortalLanguageMap


T = TypeVar("T", bound="ExternalDescriptions")


@_attrs_define
class ExternalDescriptions:
    """
    Attributes:
        directions (str | Unset):  Example: Follow the A12 motorway and exit to the first exist, our house is on the
            left side.
        description (ExternalDescriptionsDescription | Unset):  Example: {'EN': 'These are the LanguageMap value in
            English!'}.
        house_rules (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        space_information (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        access (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        host_interaction (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        neightboor_hood (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        transportation (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        details (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        payment_notes (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        headline (PortalLanguageMap | Unset):  Example: {'fallback': {'EN': "This is the LanguageMap value in English!
            It's used when a portal value is not available"}, 'values': {'AIRBNB': {'IT': 'This is a value in italian!'},
            'HOMEAWAY': {'ES': 'This is a value in Spanish!'}, 'BOOKING': {'EN': 'This is a value for a LanguageMap  in
            English!', 'IT': 'This is a value in italian!'}}}.
    """

    directions: str | Unset = UNSET
    description: ExternalDescriptionsDescription | Unset = UNSET
    house_rules: LanguageMap | Unset = UNSET
    space_information: LanguageMap | Unset = UNSET
    access: LanguageMap | Unset = UNSET
    host_interaction: LanguageMap | Unset = UNSET
    neightboor_hood: LanguageMap | Unset = UNSET
    transportation: LanguageMap | Unset = UNSET
    details: LanguageMap | Unset = UNSET
    payment_notes: LanguageMap | Unset = UNSET
    headline: PortalLanguageMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directions = self.directions

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        house_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.house_rules, Unset):
            house_rules = self.house_rules.to_dict()

        space_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space_information, Unset):
            space_information = self.space_information.to_dict()

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        host_interaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_interaction, Unset):
            host_interaction = self.host_interaction.to_dict()

        neightboor_hood: dict[str, Any] | Unset = UNSET
        if not isinstance(self.neightboor_hood, Unset):
            neightboor_hood = self.neightboor_hood.to_dict()

        transportation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transportation, Unset):
            transportation = self.transportation.to_dict()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        payment_notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_notes, Unset):
            payment_notes = self.payment_notes.to_dict()

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if directions is not UNSET:
            field_dict["directions"] = directions
        if description is not UNSET:
            field_dict["description"] = description
        if house_rules is not UNSET:
            field_dict["houseRules"] = house_rules
        if space_information is not UNSET:
            field_dict["spaceInformation"] = space_information
        if access is not UNSET:
            field_dict["access"] = access
        if host_interaction is not UNSET:
            field_dict["hostInteraction"] = host_interaction
        if neightboor_hood is not UNSET:
            field_dict["neightboorHood"] = neightboor_hood
        if transportation is not UNSET:
            field_dict["transportation"] = transportation
        if details is not UNSET:
            field_dict["details"] = details
        if payment_notes is not UNSET:
            field_dict["paymentNotes"] = payment_notes
        if headline is not UNSET:
            field_dict["headline"] = headline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        directions = d.pop("directions", UNSET)

        _description = d.pop("description", UNSET)
        description: ExternalDescriptionsDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = ExternalDescriptionsDescription.from_dict(_description)

        _house_rules = d.pop("houseRules", UNSET)
        house_rules: LanguageMap | Unset
        if isinstance(_house_rules, Unset):
            house_rules = UNSET
        else:
            house_rules = LanguageMap.from_dict(_house_rules)

        _space_information = d.pop("spaceInformation", UNSET)
        space_information: LanguageMap | Unset
        if isinstance(_space_information, Unset):
            space_information = UNSET
        else:
            space_information = LanguageMap.from_dict(_space_information)

        _access = d.pop("access", UNSET)
        access: LanguageMap | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = LanguageMap.from_dict(_access)

        _host_interaction = d.pop("hostInteraction", UNSET)
        host_interaction: LanguageMap | Unset
        if isinstance(_host_interaction, Unset):
            host_interaction = UNSET
        else:
            host_interaction = LanguageMap.from_dict(_host_interaction)

        _neightboor_hood = d.pop("neightboorHood", UNSET)
        neightboor_hood: LanguageMap | Unset
        if isinstance(_neightboor_hood, Unset):
            neightboor_hood = UNSET
        else:
            neightboor_hood = LanguageMap.from_dict(_neightboor_hood)

        _transportation = d.pop("transportation", UNSET)
        transportation: LanguageMap | Unset
        if isinstance(_transportation, Unset):
            transportation = UNSET
        else:
            transportation = LanguageMap.from_dict(_transportation)

        _details = d.pop("details", UNSET)
        details: LanguageMap | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = LanguageMap.from_dict(_details)

        _payment_notes = d.pop("paymentNotes", UNSET)
        payment_notes: LanguageMap | Unset
        if isinstance(_payment_notes, Unset):
            payment_notes = UNSET
        else:
            payment_notes = LanguageMap.from_dict(_payment_notes)

        _headline = d.pop("headline", UNSET)
        headline: PortalLanguageMap | Unset
        if isinstance(_headline, Unset):
            headline = UNSET
        else:
            headline = PortalLanguageMap.from_dict(_headline)

        external_descriptions = cls(
            directions=directions,
            description=description,
            house_rules=house_rules,
            space_information=space_information,
            access=access,
            host_interaction=host_interaction,
            neightboor_hood=neightboor_hood,
            transportation=transportation,
            details=details,
            payment_notes=payment_notes,
            headline=headline,
        )

        external_descriptions.additional_properties = d
        return external_descriptions

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
from ..models.external_descriptions_description import ExternalDescriptionsDescription  # noqa: E402
from ..models.language_map import LanguageMap  # noqa: E402
from ..models.portal_language_map import PortalLanguageMap  # noqa: E402
