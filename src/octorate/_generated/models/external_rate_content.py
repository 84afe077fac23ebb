from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_rate_content_only_agoda_supports_it_type_of_channel_where_sell_this_rate import (
    ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate,
)
from ..models.external_rate_content_only_booking_suite_relation_between_the_parent_rate_type import (
    ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType,
)
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format import (
        ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat,
    )
    from ..models.external_rate_derived import ExternalRateDerived
    from ..models.external_rate_restriction import ExternalRateRestriction
    from ..models.portal_custom_item_string import PortalCustomItemString


@_attrs_define
class ExternalRateContent(LazyModel):
    """
    Attributes:
        name_used_by_the_property_manager_to_identity_this_rate (str | Unset):
        relative_ids_in_the_external_channels (PortalCustomItemString | Unset):
        last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name
            _of_the_portal_in_octorate_format (ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCas
            eKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat | Unset):
        only_agoda_supports_it_type_of_threatment_of_this_rate (PortalCustomItemString | Unset):
        only_agoda_supports_it_type_of_channel_where_sell_this_rate
            (ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate | Unset):
        only_booking_suite_relation_between_the_parent_rate_value (int | Unset):
        only_booking_suite_relation_between_the_parent_rate_type
            (ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType | Unset):
        booking_com_all_the_appliable_rate_restrictions (list[ExternalRateRestriction] | Unset):
        derived (list[ExternalRateDerived] | Unset):
        java_id (str | Unset):
        serialized_name (str | Unset):
    """

    name_used_by_the_property_manager_to_identity_this_rate: str | Unset = UNSET
    relative_ids_in_the_external_channels: PortalCustomItemString | Unset = UNSET
    last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format: (
        ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat
        | Unset
    ) = UNSET
    only_agoda_supports_it_type_of_threatment_of_this_rate: PortalCustomItemString | Unset = UNSET
    only_agoda_supports_it_type_of_channel_where_sell_this_rate: (
        ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate | Unset
    ) = UNSET
    only_booking_suite_relation_between_the_parent_rate_value: int | Unset = UNSET
    only_booking_suite_relation_between_the_parent_rate_type: (
        ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType | Unset
    ) = UNSET
    booking_com_all_the_appliable_rate_restrictions: list[ExternalRateRestriction] | Unset = UNSET
    derived: list[ExternalRateDerived] | Unset = UNSET
    java_id: str | Unset = UNSET
    serialized_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        name_used_by_the_property_manager_to_identity_this_rate = (
            self.name_used_by_the_property_manager_to_identity_this_rate
        )

        relative_ids_in_the_external_channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relative_ids_in_the_external_channels, Unset):
            relative_ids_in_the_external_channels = (
                self.relative_ids_in_the_external_channels.to_dict()
            )

        last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format: (
            dict[str, Any] | Unset
        ) = UNSET
        if not isinstance(
            self.last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format,
            Unset,
        ):
            last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = self.last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format.to_dict()

        only_agoda_supports_it_type_of_threatment_of_this_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.only_agoda_supports_it_type_of_threatment_of_this_rate, Unset):
            only_agoda_supports_it_type_of_threatment_of_this_rate = (
                self.only_agoda_supports_it_type_of_threatment_of_this_rate.to_dict()
            )

        only_agoda_supports_it_type_of_channel_where_sell_this_rate: str | Unset = UNSET
        if not isinstance(self.only_agoda_supports_it_type_of_channel_where_sell_this_rate, Unset):
            only_agoda_supports_it_type_of_channel_where_sell_this_rate = (
                self.only_agoda_supports_it_type_of_channel_where_sell_this_rate.value
            )

        only_booking_suite_relation_between_the_parent_rate_value = (
            self.only_booking_suite_relation_between_the_parent_rate_value
        )

        only_booking_suite_relation_between_the_parent_rate_type: str | Unset = UNSET
        if not isinstance(self.only_booking_suite_relation_between_the_parent_rate_type, Unset):
            only_booking_suite_relation_between_the_parent_rate_type = (
                self.only_booking_suite_relation_between_the_parent_rate_type.value
            )

        booking_com_all_the_appliable_rate_restrictions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.booking_com_all_the_appliable_rate_restrictions, Unset):
            booking_com_all_the_appliable_rate_restrictions = []
            for (
                booking_com_all_the_appliable_rate_restrictions_item_data
            ) in self.booking_com_all_the_appliable_rate_restrictions:
                booking_com_all_the_appliable_rate_restrictions_item = (
                    booking_com_all_the_appliable_rate_restrictions_item_data.to_dict()
                )
                booking_com_all_the_appliable_rate_restrictions.append(
                    booking_com_all_the_appliable_rate_restrictions_item
                )

        derived: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.derived, Unset):
            derived = []
            for derived_item_data in self.derived:
                derived_item = derived_item_data.to_dict()
                derived.append(derived_item)

        java_id = self.java_id

        serialized_name = self.serialized_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_used_by_the_property_manager_to_identity_this_rate is not UNSET:
            field_dict["Name used by the property manager to identity this rate"] = (
                name_used_by_the_property_manager_to_identity_this_rate
            )
        if relative_ids_in_the_external_channels is not UNSET:
            field_dict["relative ids in the external channels"] = (
                relative_ids_in_the_external_channels
            )
        if (
            last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format
            is not UNSET
        ):
            field_dict[
                "last activation status for this portal. May be unavailable, in this case key of the map is missing. Key is the name of the portal in Octorate format."
            ] = last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format
        if only_agoda_supports_it_type_of_threatment_of_this_rate is not UNSET:
            field_dict["(Only Agoda supports it) - Type of threatment of this rate"] = (
                only_agoda_supports_it_type_of_threatment_of_this_rate
            )
        if only_agoda_supports_it_type_of_channel_where_sell_this_rate is not UNSET:
            field_dict["(Only Agoda supports it) - Type of channel (Where sell this rate)"] = (
                only_agoda_supports_it_type_of_channel_where_sell_this_rate
            )
        if only_booking_suite_relation_between_the_parent_rate_value is not UNSET:
            field_dict["(Only BookingSuite) - Relation between the parent rate (value) "] = (
                only_booking_suite_relation_between_the_parent_rate_value
            )
        if only_booking_suite_relation_between_the_parent_rate_type is not UNSET:
            field_dict["(Only BookingSuite) - Relation between the parent rate (type) "] = (
                only_booking_suite_relation_between_the_parent_rate_type
            )
        if booking_com_all_the_appliable_rate_restrictions is not UNSET:
            field_dict["(Booking.com) All the appliable rate restrictions"] = (
                booking_com_all_the_appliable_rate_restrictions
            )
        if derived is not UNSET:
            field_dict["derived"] = derived
        if java_id is not UNSET:
            field_dict["javaId"] = java_id
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


def _load_name_used_by_the_property_manager_to_identity_this_rate(
    d: Mapping[str, Any],
) -> str | Unset:
    return d.get("Name used by the property manager to identity this rate", UNSET)


def _load_relative_ids_in_the_external_channels(
    d: Mapping[str, Any],
) -> PortalCustomItemString | Unset:
    _relative_ids_in_the_external_channels = d.get("relative ids in the external channels", UNSET)
    relative_ids_in_the_external_channels: PortalCustomItemString | Unset
    if isinstance(_relative_ids_in_the_external_channels, Unset):
        relative_ids_in_the_external_channels = UNSET
    else:
        relative_ids_in_the_external_channels = PortalCustomItemString._from_json(
            _relative_ids_in_the_external_channels
        )

    return relative_ids_in_the_external_channels


def _load_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format(
    d: Mapping[str, Any],
) -> (
    ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat
    | Unset
):
    _last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = d.get(
        "last activation status for this portal. May be unavailable, in this case key of the map is missing. Key is the name of the portal in Octorate format.",
        UNSET,
    )
    last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format: (
        ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat
        | Unset
    )
    if isinstance(
        _last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format,
        Unset,
    ):
        last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = UNSET
    else:
        last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat._from_json(
            _last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format
        )

    return last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format


def _load_only_agoda_supports_it_type_of_threatment_of_this_rate(
    d: Mapping[str, Any],
) -> PortalCustomItemString | Unset:
    _only_agoda_supports_it_type_of_threatment_of_this_rate = d.get(
        "(Only Agoda supports it) - Type of threatment of this rate", UNSET
    )
    only_agoda_supports_it_type_of_threatment_of_this_rate: PortalCustomItemString | Unset
    if isinstance(_only_agoda_supports_it_type_of_threatment_of_this_rate, Unset):
        only_agoda_supports_it_type_of_threatment_of_this_rate = UNSET
    else:
        only_agoda_supports_it_type_of_threatment_of_this_rate = PortalCustomItemString._from_json(
            _only_agoda_supports_it_type_of_threatment_of_this_rate
        )

    return only_agoda_supports_it_type_of_threatment_of_this_rate


def _load_only_agoda_supports_it_type_of_channel_where_sell_this_rate(
    d: Mapping[str, Any],
) -> ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate | Unset:
    _only_agoda_supports_it_type_of_channel_where_sell_this_rate = d.get(
        "(Only Agoda supports it) - Type of channel (Where sell this rate)", UNSET
    )
    only_agoda_supports_it_type_of_channel_where_sell_this_rate: (
        ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate | Unset
    )
    if isinstance(_only_agoda_supports_it_type_of_channel_where_sell_this_rate, Unset):
        only_agoda_supports_it_type_of_channel_where_sell_this_rate = UNSET
    else:
        only_agoda_supports_it_type_of_channel_where_sell_this_rate = enum_member(
            ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate,
            _only_agoda_supports_it_type_of_channel_where_sell_this_rate,
        )

    return only_agoda_supports_it_type_of_channel_where_sell_this_rate


def _load_only_booking_suite_relation_between_the_parent_rate_value(
    d: Mapping[str, Any],
) -> int | Unset:
    return d.get("(Only BookingSuite) - Relation between the parent rate (value) ", UNSET)


def _load_only_booking_suite_relation_between_the_parent_rate_type(
    d: Mapping[str, Any],
) -> ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType | Unset:
    _only_booking_suite_relation_between_the_parent_rate_type = d.get(
        "(Only BookingSuite) - Relation between the parent rate (type) ", UNSET
    )
    only_booking_suite_relation_between_the_parent_rate_type: (
        ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType | Unset
    )
    if isinstance(_only_booking_suite_relation_between_the_parent_rate_type, Unset):
        only_booking_suite_relation_between_the_parent_rate_type = UNSET
    else:
        only_booking_suite_relation_between_the_parent_rate_type = enum_member(
            ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType,
            _only_booking_suite_relation_between_the_parent_rate_type,
        )

    return only_booking_suite_relation_between_the_parent_rate_type


def _load_booking_com_all_the_appliable_rate_restrictions(
    d: Mapping[str, Any],
) -> list[ExternalRateRestriction] | Unset:
    _booking_com_all_the_appliable_rate_restrictions = d.get(
        "(Booking.com) All the appliable rate restrictions", UNSET
    )
    booking_com_all_the_appliable_rate_restrictions: list[ExternalRateRestriction] | Unset = UNSET
    if _booking_com_all_the_appliable_rate_restrictions is not UNSET:
        booking_com_all_the_appliable_rate_restrictions = ExternalRateRestriction._from_json_list(
            _booking_com_all_the_appliable_rate_restrictions
        )

    return booking_com_all_the_appliable_rate_restrictions


def _load_derived(d: Mapping[str, Any]) -> list[ExternalRateDerived] | Unset:
    _derived = d.get("derived", UNSET)
    derived: list[ExternalRateDerived] | Unset = UNSET
    if _derived is not UNSET:
        derived = ExternalRateDerived._from_json_list(_derived)

    return derived


def _load_java_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("javaId", UNSET)


def _load_serialized_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("serializedName", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "Name used by the property manager to identity this rate",
        "relative ids in the external channels",
        "last activation status for this portal. May be unavailable, in this case key of the map is missing. Key is the name of the portal in Octorate format.",
        "(Only Agoda supports it) - Type of threatment of this rate",
        "(Only Agoda supports it) - Type of channel (Where sell this rate)",
        "(Only BookingSuite) - Relation between the parent rate (value) ",
        "(Only BookingSuite) - Relation between the parent rate (type) ",
        "(Booking.com) All the appliable rate restrictions",
        "derived",
        "javaId",
        "serializedName",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalRateContent, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name_used_by_the_property_manager_to_identity_this_rate" not in seen:
        _set(
            self,
            "name_used_by_the_property_manager_to_identity_this_rate",
            d.get("Name used by the property manager to identity this rate", UNSET),
        )
    if "relative_ids_in_the_external_channels" not in seen:
        _relative_ids_in_the_external_channels = d.get(
            "relative ids in the external channels", UNSET
        )
        relative_ids_in_the_external_channels: PortalCustomItemString | Unset
        if isinstance(_relative_ids_in_the_external_channels, Unset):
            relative_ids_in_the_external_channels = UNSET
        else:
            relative_ids_in_the_external_channels = PortalCustomItemString._from_json(
                _relative_ids_in_the_external_channels
            )

        _set(self, "relative_ids_in_the_external_channels", relative_ids_in_the_external_channels)
    if (
        "last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format"
        not in seen
    ):
        _last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = d.get(
            "last activation status for this portal. May be unavailable, in this case key of the map is missing. Key is the name of the portal in Octorate format.",
            UNSET,
        )
        last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format: (
            ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat
            | Unset
        )
        if isinstance(
            _last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format,
            Unset,
        ):
            last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = UNSET
        else:
            last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat._from_json(
                _last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format
            )

        _set(
            self,
            "last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format",
            last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format,
        )
    if "only_agoda_supports_it_type_of_threatment_of_this_rate" not in seen:
        _only_agoda_supports_it_type_of_threatment_of_this_rate = d.get(
            "(Only Agoda supports it) - Type of threatment of this rate", UNSET
        )
        only_agoda_supports_it_type_of_threatment_of_this_rate: PortalCustomItemString | Unset
        if isinstance(_only_agoda_supports_it_type_of_threatment_of_this_rate, Unset):
            only_agoda_supports_it_type_of_threatment_of_this_rate = UNSET
        else:
            only_agoda_supports_it_type_of_threatment_of_this_rate = (
                PortalCustomItemString._from_json(
                    _only_agoda_supports_it_type_of_threatment_of_this_rate
                )
            )

        _set(
            self,
            "only_agoda_supports_it_type_of_threatment_of_this_rate",
            only_agoda_supports_it_type_of_threatment_of_this_rate,
        )
    if "only_agoda_supports_it_type_of_channel_where_sell_this_rate" not in seen:
        _only_agoda_supports_it_type_of_channel_where_sell_this_rate = d.get(
            "(Only Agoda supports it) - Type of channel (Where sell this rate)", UNSET
        )
        only_agoda_supports_it_type_of_channel_where_sell_this_rate: (
            ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate | Unset
        )
        if isinstance(_only_agoda_supports_it_type_of_channel_where_sell_this_rate, Unset):
            only_agoda_supports_it_type_of_channel_where_sell_this_rate = UNSET
        else:
            only_agoda_supports_it_type_of_channel_where_sell_this_rate = enum_member(
                ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate,
                _only_agoda_supports_it_type_of_channel_where_sell_this_rate,
            )

        _set(
            self,
            "only_agoda_supports_it_type_of_channel_where_sell_this_rate",
            only_agoda_supports_it_type_of_channel_where_sell_this_rate,
        )
    if "only_booking_suite_relation_between_the_parent_rate_value" not in seen:
        _set(
            self,
            "only_booking_suite_relation_between_the_parent_rate_value",
            d.get("(Only BookingSuite) - Relation between the parent rate (value) ", UNSET),
        )
    if "only_booking_suite_relation_between_the_parent_rate_type" not in seen:
        _only_booking_suite_relation_between_the_parent_rate_type = d.get(
            "(Only BookingSuite) - Relation between the parent rate (type) ", UNSET
        )
        only_booking_suite_relation_between_the_parent_rate_type: (
            ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType | Unset
        )
        if isinstance(_only_booking_suite_relation_between_the_parent_rate_type, Unset):
            only_booking_suite_relation_between_the_parent_rate_type = UNSET
        else:
            only_booking_suite_relation_between_the_parent_rate_type = enum_member(
                ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType,
                _only_booking_suite_relation_between_the_parent_rate_type,
            )

        _set(
            self,
            "only_booking_suite_relation_between_the_parent_rate_type",
            only_booking_suite_relation_between_the_parent_rate_type,
        )
    if "booking_com_all_the_appliable_rate_restrictions" not in seen:
        _booking_com_all_the_appliable_rate_restrictions = d.get(
            "(Booking.com) All the appliable rate restrictions", UNSET
        )
        booking_com_all_the_appliable_rate_restrictions: list[ExternalRateRestriction] | Unset = (
            UNSET
        )
        if _booking_com_all_the_appliable_rate_restrictions is not UNSET:
            booking_com_all_the_appliable_rate_restrictions = (
                ExternalRateRestriction._from_json_list(
                    _booking_com_all_the_appliable_rate_restrictions
                )
            )

        _set(
            self,
            "booking_com_all_the_appliable_rate_restrictions",
            booking_com_all_the_appliable_rate_restrictions,
        )
    if "derived" not in seen:
        _derived = d.get("derived", UNSET)
        derived: list[ExternalRateDerived] | Unset = UNSET
        if _derived is not UNSET:
            derived = ExternalRateDerived._from_json_list(_derived)

        _set(self, "derived", derived)
    if "java_id" not in seen:
        _set(self, "java_id", d.get("javaId", UNSET))
    if "serialized_name" not in seen:
        _set(self, "serialized_name", d.get("serializedName", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateContent._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "name_used_by_the_property_manager_to_identity_this_rate": _load_name_used_by_the_property_manager_to_identity_this_rate,
        "relative_ids_in_the_external_channels": _load_relative_ids_in_the_external_channels,
        "last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format": _load_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format,
        "only_agoda_supports_it_type_of_threatment_of_this_rate": _load_only_agoda_supports_it_type_of_threatment_of_this_rate,
        "only_agoda_supports_it_type_of_channel_where_sell_this_rate": _load_only_agoda_supports_it_type_of_channel_where_sell_this_rate,
        "only_booking_suite_relation_between_the_parent_rate_value": _load_only_booking_suite_relation_between_the_parent_rate_value,
        "only_booking_suite_relation_between_the_parent_rate_type": _load_only_booking_suite_relation_between_the_parent_rate_type,
        "booking_com_all_the_appliable_rate_restrictions": _load_booking_com_all_the_appliable_rate_restrictions,
        "derived": _load_derived,
        "java_id": _load_java_id,
        "serialized_name": _load_serialized_name,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "relative_ids_in_the_external_channels",
        "last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format",
        "only_agoda_supports_it_type_of_threatment_of_this_rate",
        "booking_com_all_the_appliable_rate_restrictions",
        "derived",
        "additional_properties",
    ),
    keys={
        "name_used_by_the_property_manager_to_identity_this_rate": "Name used by the property manager to identity this rate",
        "relative_ids_in_the_external_channels": "relative ids in the external channels",
        "last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format": "last activation status for this portal. May be unavailable, in this case key of the map is missing. Key is the name of the portal in Octorate format.",
        "only_agoda_supports_it_type_of_threatment_of_this_rate": "(Only Agoda supports it) - Type of threatment of this rate",
        "only_agoda_supports_it_type_of_channel_where_sell_this_rate": "(Only Agoda supports it) - Type of channel (Where sell this rate)",
        "only_booking_suite_relation_between_the_parent_rate_value": "(Only BookingSuite) - Relation between the parent rate (value) ",
        "only_booking_suite_relation_between_the_parent_rate_type": "(Only BookingSuite) - Relation between the parent rate (type) ",
        "booking_com_all_the_appliable_rate_restrictions": "(Booking.com) All the appliable rate restrictions",
        "derived": "derived",
        "java_id": "javaId",
        "serialized_name": "serializedName",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format import (
    ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat,  # noqa: E402
)
from ..models.external_rate_derived import ExternalRateDerived  # noqa: E402
from ..models.external_rate_restriction import ExternalRateRestriction  # noqa: E402
from ..models.portal_custom_item_string import PortalCustomItemString  # noqa: E402
