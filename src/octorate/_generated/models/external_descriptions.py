from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_descriptions_description import ExternalDescriptionsDescription
    from ..models.language_map import LanguageMap
    from ..models.portal_language_map import PortalLanguageMap


@_attrs_define
class ExternalDescriptions(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_directions(d: Mapping[str, Any]) -> str | Unset:
    return d.get("directions", UNSET)


def _load_description(d: Mapping[str, Any]) -> ExternalDescriptionsDescription | Unset:
    _description = d.get("description", UNSET)
    description: ExternalDescriptionsDescription | Unset
    if isinstance(_description, Unset):
        description = UNSET
    else:
        description = ExternalDescriptionsDescription._from_json(_description)

    return description


def _load_house_rules(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _house_rules = d.get("houseRules", UNSET)
    house_rules: LanguageMap | Unset
    if isinstance(_house_rules, Unset):
        house_rules = UNSET
    else:
        house_rules = LanguageMap._from_json(_house_rules)

    return house_rules


def _load_space_information(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _space_information = d.get("spaceInformation", UNSET)
    space_information: LanguageMap | Unset
    if isinstance(_space_information, Unset):
        space_information = UNSET
    else:
        space_information = LanguageMap._from_json(_space_information)

    return space_information


def _load_access(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _access = d.get("access", UNSET)
    access: LanguageMap | Unset
    if isinstance(_access, Unset):
        access = UNSET
    else:
        access = LanguageMap._from_json(_access)

    return access


def _load_host_interaction(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _host_interaction = d.get("hostInteraction", UNSET)
    host_interaction: LanguageMap | Unset
    if isinstance(_host_interaction, Unset):
        host_interaction = UNSET
    else:
        host_interaction = LanguageMap._from_json(_host_interaction)

    return host_interaction


def _load_neightboor_hood(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _neightboor_hood = d.get("neightboorHood", UNSET)
    neightboor_hood: LanguageMap | Unset
    if isinstance(_neightboor_hood, Unset):
        neightboor_hood = UNSET
    else:
        neightboor_hood = LanguageMap._from_json(_neightboor_hood)

    return neightboor_hood


def _load_transportation(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _transportation = d.get("transportation", UNSET)
    transportation: LanguageMap | Unset
    if isinstance(_transportation, Unset):
        transportation = UNSET
    else:
        transportation = LanguageMap._from_json(_transportation)

    return transportation


def _load_details(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _details = d.get("details", UNSET)
    details: LanguageMap | Unset
    if isinstance(_details, Unset):
        details = UNSET
    else:
        details = LanguageMap._from_json(_details)

    return details


def _load_payment_notes(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _payment_notes = d.get("paymentNotes", UNSET)
    payment_notes: LanguageMap | Unset
    if isinstance(_payment_notes, Unset):
        payment_notes = UNSET
    else:
        payment_notes = LanguageMap._from_json(_payment_notes)

    return payment_notes


def _load_headline(d: Mapping[str, Any]) -> PortalLanguageMap | Unset:
    _headline = d.get("headline", UNSET)
    headline: PortalLanguageMap | Unset
    if isinstance(_headline, Unset):
        headline = UNSET
    else:
        headline = PortalLanguageMap._from_json(_headline)

    return headline


_KNOWN_KEYS = frozenset(
    (
        "directions",
        "description",
        "houseRules",
        "spaceInformation",
        "access",
        "hostInteraction",
        "neightboorHood",
        "transportation",
        "details",
        "paymentNotes",
        "headline",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalDescriptions, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "directions" not in seen:
        _set(self, "directions", d.get("directions", UNSET))
    if "description" not in seen:
        _description = d.get("description", UNSET)
        description: ExternalDescriptionsDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = ExternalDescriptionsDescription._from_json(_description)

        _set(self, "description", description)
    if "house_rules" not in seen:
        _house_rules = d.get("houseRules", UNSET)
        house_rules: LanguageMap | Unset
        if isinstance(_house_rules, Unset):
            house_rules = UNSET
        else:
            house_rules = LanguageMap._from_json(_house_rules)

        _set(self, "house_rules", house_rules)
    if "space_information" not in seen:
        _space_information = d.get("spaceInformation", UNSET)
        space_information: LanguageMap | Unset
        if isinstance(_space_information, Unset):
            space_information = UNSET
        else:
            space_information = LanguageMap._from_json(_space_information)

        _set(self, "space_information", space_information)
    if "access" not in seen:
        _access = d.get("access", UNSET)
        access: LanguageMap | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = LanguageMap._from_json(_access)

        _set(self, "access", access)
    if "host_interaction" not in seen:
        _host_interaction = d.get("hostInteraction", UNSET)
        host_interaction: LanguageMap | Unset
        if isinstance(_host_interaction, Unset):
            host_interaction = UNSET
        else:
            host_interaction = LanguageMap._from_json(_host_interaction)

        _set(self, "host_interaction", host_interaction)
    if "neightboor_hood" not in seen:
        _neightboor_hood = d.get("neightboorHood", UNSET)
        neightboor_hood: LanguageMap | Unset
        if isinstance(_neightboor_hood, Unset):
            neightboor_hood = UNSET
        else:
            neightboor_hood = LanguageMap._from_json(_neightboor_hood)

        _set(self, "neightboor_hood", neightboor_hood)
    if "transportation" not in seen:
        _transportation = d.get("transportation", UNSET)
        transportation: LanguageMap | Unset
        if isinstance(_transportation, Unset):
            transportation = UNSET
        else:
            transportation = LanguageMap._from_json(_transportation)

        _set(self, "transportation", transportation)
    if "details" not in seen:
        _details = d.get("details", UNSET)
        details: LanguageMap | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = LanguageMap._from_json(_details)

        _set(self, "details", details)
    if "payment_notes" not in seen:
        _payment_notes = d.get("paymentNotes", UNSET)
        payment_notes: LanguageMap | Unset
        if isinstance(_payment_notes, Unset):
            payment_notes = UNSET
        else:
            payment_notes = LanguageMap._from_json(_payment_notes)

        _set(self, "payment_notes", payment_notes)
    if "headline" not in seen:
        _headline = d.get("headline", UNSET)
        headline: PortalLanguageMap | Unset
        if isinstance(_headline, Unset):
            headline = UNSET
        else:
            headline = PortalLanguageMap._from_json(_headline)

        _set(self, "headline", headline)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalDescriptions._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "directions": _load_directions,
        "description": _load_description,
        "house_rules": _load_house_rules,
        "space_information": _load_space_information,
        "access": _load_access,
        "host_interaction": _load_host_interaction,
        "neightboor_hood": _load_neightboor_hood,
        "transportation": _load_transportation,
        "details": _load_details,
        "payment_notes": _load_payment_notes,
        "headline": _load_headline,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "description",
        "house_rules",
        "space_information",
        "access",
        "host_interaction",
        "neightboor_hood",
        "transportation",
        "details",
        "payment_notes",
        "headline",
        "additional_properties",
    ),
    keys={
        "directions": "directions",
        "description": "description",
        "house_rules": "houseRules",
        "space_information": "spaceInformation",
        "access": "access",
        "host_interaction": "hostInteraction",
        "neightboor_hood": "neightboorHood",
        "transportation": "transportation",
        "details": "details",
        "payment_notes": "paymentNotes",
        "headline": "headline",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_descriptions_description import ExternalDescriptionsDescription  # noqa: E402
from ..models.language_map import LanguageMap  # noqa: E402
from ..models.portal_language_map import PortalLanguageMap  # noqa: E402
