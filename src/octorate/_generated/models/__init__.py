"""Data models used in inputs and outputs; each is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_text_to_field_body import AddTextToFieldBody
    from .add_text_to_field_body_additional_property import AddTextToFieldBodyAdditionalProperty
    from .api_accommodation_dto import ApiAccommodationDTO
    from .api_accommodation_dto_company_type import ApiAccommodationDTOCompanyType
    from .api_accommodation_dto_language import ApiAccommodationDTOLanguage
    from .api_accommodation_dto_property_category import ApiAccommodationDTOPropertyCategory
    from .api_accommodation_dto_rating import ApiAccommodationDTORating
    from .api_accommodation_dto_time_zone_type_1 import ApiAccommodationDTOTimeZoneType1
    from .api_accommodation_head_dto import ApiAccommodationHeadDTO
    from .api_accommodation_light import ApiAccommodationLight
    from .api_accommodation_light_time_zone_type_1 import ApiAccommodationLightTimeZoneType1
    from .api_accommodation_response import ApiAccommodationResponse
    from .api_amenity import ApiAmenity
    from .api_amenity_values import ApiAmenityValues
    from .api_bulk_reservation import ApiBulkReservation
    from .api_calendar_day import ApiCalendarDay
    from .api_calendar_room import ApiCalendarRoom
    from .api_calendar_room_list import ApiCalendarRoomList
    from .api_calendar_room_list_additional_info import ApiCalendarRoomListAdditionalInfo
    from .api_clpms_dto import ApiClpmsDTO
    from .api_clpms_dto_arrival_time import ApiClpmsDTOArrivalTime
    from .api_clpms_dto_features_item import ApiClpmsDTOFeaturesItem
    from .api_clpms_dto_payment_processor import ApiClpmsDTOPaymentProcessor
    from .api_configuration_request import ApiConfigurationRequest
    from .api_configuration_request_category import ApiConfigurationRequestCategory
    from .api_configuration_reseller import ApiConfigurationReseller
    from .api_configuration_response import ApiConfigurationResponse
    from .api_configuration_response_category import ApiConfigurationResponseCategory
    from .api_connection_dto import ApiConnectionDTO
    from .api_connection_dto_calendar_values_item import ApiConnectionDTOCalendarValuesItem
    from .api_connection_dto_status import ApiConnectionDTOStatus
    from .api_contact import ApiContact
    from .api_error import ApiError
    from .api_external_room_dto import ApiExternalRoomDTO
    from .api_external_room_dto_list import ApiExternalRoomDTOList
    from .api_external_room_dto_list_additional_info import ApiExternalRoomDTOListAdditionalInfo
    from .api_extra_bed_request import ApiExtraBedRequest
    from .api_extra_detail_dto import ApiExtraDetailDTO
    from .api_extra_product import ApiExtraProduct
    from .api_extra_product_description_type_0 import ApiExtraProductDescriptionType0
    from .api_extra_product_list import ApiExtraProductList
    from .api_extra_product_list_additional_info import ApiExtraProductListAdditionalInfo
    from .api_extra_product_model import ApiExtraProductModel
    from .api_extra_product_title_type_0 import ApiExtraProductTitleType0
    from .api_extra_product_unit import ApiExtraProductUnit
    from .api_extra_product_valid_days_item import ApiExtraProductValidDaysItem
    from .api_extra_product_vat_exemption import ApiExtraProductVatExemption
    from .api_extras import ApiExtras
    from .api_fee_request import ApiFeeRequest
    from .api_fee_request_category import ApiFeeRequestCategory
    from .api_invoice_options_dto import ApiInvoiceOptionsDTO
    from .api_invoice_payoff_dto import ApiInvoicePayoffDTO
    from .api_invoice_payoff_dto_payment_mode import ApiInvoicePayoffDTOPaymentMode
    from .api_item_response import ApiItemResponse
    from .api_item_response_data import ApiItemResponseData
    from .api_item_response_list import ApiItemResponseList
    from .api_item_response_list_additional_info import ApiItemResponseListAdditionalInfo
    from .api_json_patch_dto import ApiJsonPatchDTO
    from .api_json_patch_dto_op import ApiJsonPatchDTOOp
    from .api_json_patch_dto_type import ApiJsonPatchDTOType
    from .api_layout_dto import ApiLayoutDTO
    from .api_layout_dto_vat_label import ApiLayoutDTOVatLabel
    from .api_license_form import ApiLicenseForm
    from .api_license_form_billing_network_mode import ApiLicenseFormBillingNetworkMode
    from .api_license_form_channel_manager import ApiLicenseFormChannelManager
    from .api_link import ApiLink
    from .api_list_response import ApiListResponse
    from .api_list_response_additional_info import ApiListResponseAdditionalInfo
    from .api_list_response_additional_info_additional_property import (
        ApiListResponseAdditionalInfoAdditionalProperty,
    )
    from .api_list_response_data_item import ApiListResponseDataItem
    from .api_listing_light_type_0 import ApiListingLightType0
    from .api_listing_place_dto import ApiListingPlaceDTO
    from .api_log_dto import ApiLogDTO
    from .api_log_dto_reference_type import ApiLogDTOReferenceType
    from .api_log_dto_result import ApiLogDTOResult
    from .api_log_dto_type import ApiLogDTOType
    from .api_mapping import ApiMapping
    from .api_mapping_list import ApiMappingList
    from .api_mapping_list_additional_info import ApiMappingListAdditionalInfo
    from .api_network_info import ApiNetworkInfo
    from .api_object_light import ApiObjectLight
    from .api_page import ApiPage
    from .api_payment_step_dto import ApiPaymentStepDTO
    from .api_payment_step_dto_calculate_values_item import ApiPaymentStepDTOCalculateValuesItem
    from .api_payment_step_dto_cancellation_detail import ApiPaymentStepDTOCancellationDetail
    from .api_payment_step_dto_cancellation_title import ApiPaymentStepDTOCancellationTitle
    from .api_payment_step_dto_filter_pay_mode_item import ApiPaymentStepDTOFilterPayModeItem
    from .api_payment_step_dto_list import ApiPaymentStepDTOList
    from .api_payment_step_dto_list_additional_info import ApiPaymentStepDTOListAdditionalInfo
    from .api_payment_step_dto_step_type import ApiPaymentStepDTOStepType
    from .api_permission import ApiPermission
    from .api_permission_accommodation import ApiPermissionAccommodation
    from .api_permission_card_detail import ApiPermissionCardDetail
    from .api_permission_content import ApiPermissionContent
    from .api_permission_license import ApiPermissionLicense
    from .api_permission_reservation import ApiPermissionReservation
    from .api_pms_room import ApiPmsRoom
    from .api_pms_room_cleaning_days_item import ApiPmsRoomCleaningDaysItem
    from .api_pms_room_list import ApiPmsRoomList
    from .api_pms_room_list_additional_info import ApiPmsRoomListAdditionalInfo
    from .api_pms_room_time_zone_type_1 import ApiPmsRoomTimeZoneType1
    from .api_portal_dto_resp import ApiPortalDTOResp
    from .api_portal_dto_resp_calendar_values_item import ApiPortalDTORespCalendarValuesItem
    from .api_portal_dto_resp_portal_category import ApiPortalDTORespPortalCategory
    from .api_portal_request_dto import ApiPortalRequestDTO
    from .api_portal_request_dto_calendar_values_item import ApiPortalRequestDTOCalendarValuesItem
    from .api_rate_dto import ApiRateDTO
    from .api_rate_dto_description import ApiRateDTODescription
    from .api_rate_dto_label import ApiRateDTOLabel
    from .api_rate_dto_price_model import ApiRateDTOPriceModel
    from .api_rate_dto_title import ApiRateDTOTitle
    from .api_rate_dto_treatment import ApiRateDTOTreatment
    from .api_rate_plan_date import ApiRatePlanDate
    from .api_reservation_card import ApiReservationCard
    from .api_reservation_card_card_status import ApiReservationCardCardStatus
    from .api_reservation_card_payment_processor import ApiReservationCardPaymentProcessor
    from .api_reservation_card_scheme import ApiReservationCardScheme
    from .api_reservation_card_type import ApiReservationCardType
    from .api_reservation_component import ApiReservationComponent
    from .api_reservation_component_type import ApiReservationComponentType
    from .api_reservation_guest_dto import ApiReservationGuestDTO
    from .api_reservation_guest_dto_accommodated_type import ApiReservationGuestDTOAccommodatedType
    from .api_reservation_guest_dto_age_range import ApiReservationGuestDTOAgeRange
    from .api_reservation_guest_dto_city_tax_exemption import ApiReservationGuestDTOCityTaxExemption
    from .api_reservation_guest_dto_degree import ApiReservationGuestDTODegree
    from .api_reservation_guest_dto_family_relationship_type import (
        ApiReservationGuestDTOFamilyRelationshipType,
    )
    from .api_reservation_guest_dto_language import ApiReservationGuestDTOLanguage
    from .api_reservation_guest_dto_sex import ApiReservationGuestDTOSex
    from .api_reservation_guest_dto_source import ApiReservationGuestDTOSource
    from .api_reservation_guest_dto_tourism_type import ApiReservationGuestDTOTourismType
    from .api_reservation_guest_dto_travel_refer import ApiReservationGuestDTOTravelRefer
    from .api_reservation_guest_dto_travel_way import ApiReservationGuestDTOTravelWay
    from .api_reservation_guest_dto_type import ApiReservationGuestDTOType
    from .api_reservation_guest_dtov2 import ApiReservationGuestDTOV2
    from .api_reservation_guest_dtov2_accommodated_type import (
        ApiReservationGuestDTOV2AccommodatedType,
    )
    from .api_reservation_guest_dtov2_age_range import ApiReservationGuestDTOV2AgeRange
    from .api_reservation_guest_dtov2_city_tax_exemption import (
        ApiReservationGuestDTOV2CityTaxExemption,
    )
    from .api_reservation_guest_dtov2_degree import ApiReservationGuestDTOV2Degree
    from .api_reservation_guest_dtov2_family_relationship_type import (
        ApiReservationGuestDTOV2FamilyRelationshipType,
    )
    from .api_reservation_guest_dtov2_language import ApiReservationGuestDTOV2Language
    from .api_reservation_guest_dtov2_sex import ApiReservationGuestDTOV2Sex
    from .api_reservation_guest_dtov2_source import ApiReservationGuestDTOV2Source
    from .api_reservation_guest_dtov2_tourism_type import ApiReservationGuestDTOV2TourismType
    from .api_reservation_guest_dtov2_travel_refer import ApiReservationGuestDTOV2TravelRefer
    from .api_reservation_guest_dtov2_travel_way import ApiReservationGuestDTOV2TravelWay
    from .api_reservation_guest_dtov2_type import ApiReservationGuestDTOV2Type
    from .api_reservation_metadata_dto import ApiReservationMetadataDTO
    from .api_reservation_metadata_dto_meta_data_type import ApiReservationMetadataDTOMetaDataType
    from .api_reservation_payment_dto import ApiReservationPaymentDTO
    from .api_reservation_payment_dto_payment_mode import ApiReservationPaymentDTOPaymentMode
    from .api_reservation_payment_dto_source import ApiReservationPaymentDTOSource
    from .api_reservation_payment_dto_status import ApiReservationPaymentDTOStatus
    from .api_reservation_payment_dto_type import ApiReservationPaymentDTOType
    from .api_reservation_req_dto import ApiReservationReqDTO
    from .api_reservation_req_dto_city_tax_exemption import ApiReservationReqDTOCityTaxExemption
    from .api_reservation_req_dto_company_collect import ApiReservationReqDTOCompanyCollect
    from .api_reservation_req_dto_currency_type_1 import ApiReservationReqDTOCurrencyType1
    from .api_reservation_req_dto_json import ApiReservationReqDTOJson
    from .api_reservation_req_dto_json_additional_property import (
        ApiReservationReqDTOJsonAdditionalProperty,
    )
    from .api_reservation_req_dto_payment_mode import ApiReservationReqDTOPaymentMode
    from .api_reservation_req_dto_purpose import ApiReservationReqDTOPurpose
    from .api_reservation_req_dto_status import ApiReservationReqDTOStatus
    from .api_reservation_resp_dto import ApiReservationRespDTO
    from .api_reservation_resp_dto_cancelled_by import ApiReservationRespDTOCancelledBy
    from .api_reservation_resp_dto_city_tax_exemption import ApiReservationRespDTOCityTaxExemption
    from .api_reservation_resp_dto_company_collect import ApiReservationRespDTOCompanyCollect
    from .api_reservation_resp_dto_currency_type_1 import ApiReservationRespDTOCurrencyType1
    from .api_reservation_resp_dto_json import ApiReservationRespDTOJson
    from .api_reservation_resp_dto_json_additional_property import (
        ApiReservationRespDTOJsonAdditionalProperty,
    )
    from .api_reservation_resp_dto_list import ApiReservationRespDTOList
    from .api_reservation_resp_dto_list_additional_info import (
        ApiReservationRespDTOListAdditionalInfo,
    )
    from .api_reservation_resp_dto_payment_mode import ApiReservationRespDTOPaymentMode
    from .api_reservation_resp_dto_payment_status import ApiReservationRespDTOPaymentStatus
    from .api_reservation_resp_dto_payment_type import ApiReservationRespDTOPaymentType
    from .api_reservation_resp_dto_purpose import ApiReservationRespDTOPurpose
    from .api_reservation_resp_dto_status import ApiReservationRespDTOStatus
    from .api_reservation_room_code_dto import ApiReservationRoomCodeDTO
    from .api_reservation_room_code_dto_source import ApiReservationRoomCodeDTOSource
    from .api_reservation_split import ApiReservationSplit
    from .api_review_category_dto import ApiReviewCategoryDTO
    from .api_review_category_dto_category import ApiReviewCategoryDTOCategory
    from .api_review_category_tag_dto import ApiReviewCategoryTagDTO
    from .api_review_category_tag_dto_review_category_tag_type import (
        ApiReviewCategoryTagDTOReviewCategoryTagType,
    )
    from .api_review_dto import ApiReviewDTO
    from .api_review_dto_reviewer_role import ApiReviewDTOReviewerRole
    from .api_review_dto_status import ApiReviewDTOStatus
    from .api_room_amenity_dto import ApiRoomAmenityDTO
    from .api_room_dto import ApiRoomDTO
    from .api_room_dto_activities_info import ApiRoomDTOActivitiesInfo
    from .api_room_dto_basic_name import ApiRoomDTOBasicName
    from .api_room_dto_checkin_info import ApiRoomDTOCheckinInfo
    from .api_room_dto_description import ApiRoomDTODescription
    from .api_room_dto_description_lang_map import ApiRoomDTODescriptionLangMap
    from .api_room_dto_guest_info import ApiRoomDTOGuestInfo
    from .api_room_dto_headline import ApiRoomDTOHeadline
    from .api_room_dto_headline_lang_map import ApiRoomDTOHeadlineLangMap
    from .api_room_dto_invoice_info import ApiRoomDTOInvoiceInfo
    from .api_room_dto_labels import ApiRoomDTOLabels
    from .api_room_dto_near_info import ApiRoomDTONearInfo
    from .api_room_dto_rate_name import ApiRoomDTORateName
    from .api_room_dto_room_category import ApiRoomDTORoomCategory
    from .api_room_dto_selling_name import ApiRoomDTOSellingName
    from .api_room_dto_wifi import ApiRoomDTOWifi
    from .api_room_maintenance_dto import ApiRoomMaintenanceDTO
    from .api_room_maintenance_dto_frequency import ApiRoomMaintenanceDTOFrequency
    from .api_room_management_basic_dto import ApiRoomManagementBasicDTO
    from .api_room_management_dto import ApiRoomManagementDTO
    from .api_room_rate_dtov3 import ApiRoomRateDTOV3
    from .api_room_rate_dtov3_activities_info import ApiRoomRateDTOV3ActivitiesInfo
    from .api_room_rate_dtov3_basic_name import ApiRoomRateDTOV3BasicName
    from .api_room_rate_dtov3_checkin_info import ApiRoomRateDTOV3CheckinInfo
    from .api_room_rate_dtov3_description import ApiRoomRateDTOV3Description
    from .api_room_rate_dtov3_guest_info import ApiRoomRateDTOV3GuestInfo
    from .api_room_rate_dtov3_headline import ApiRoomRateDTOV3Headline
    from .api_room_rate_dtov3_invoice_info import ApiRoomRateDTOV3InvoiceInfo
    from .api_room_rate_dtov3_near_info import ApiRoomRateDTOV3NearInfo
    from .api_room_rate_dtov3_rate_name import ApiRoomRateDTOV3RateName
    from .api_room_rate_dtov3_room_category import ApiRoomRateDTOV3RoomCategory
    from .api_room_rate_dtov3_wifi import ApiRoomRateDTOV3Wifi
    from .api_sub_room import ApiSubRoom
    from .api_sub_room_bathroom import ApiSubRoomBathroom
    from .api_sub_room_bathroom_location import ApiSubRoomBathroomLocation
    from .api_sub_room_bathroom_type import ApiSubRoomBathroomType
    from .api_sub_room_bed import ApiSubRoomBed
    from .api_sub_room_bed_bed_type import ApiSubRoomBedBedType
    from .api_sub_room_configuration import ApiSubRoomConfiguration
    from .api_sub_room_type import ApiSubRoomType
    from .api_user_ref import ApiUserRef
    from .api_user_ref_type import ApiUserRefType
    from .attachment_dto import AttachmentDTO
    from .attachment_dto_repository import AttachmentDTORepository
    from .attachment_dto_type import AttachmentDTOType
    from .calendar_bulk_request import CalendarBulkRequest
    from .calendar_bulk_response import CalendarBulkResponse
    from .calendar_bulk_values import CalendarBulkValues
    from .calendar_close_open_portalname import CalendarCloseOpenPortalname
    from .chat_attachment_dto import ChatAttachmentDTO
    from .chat_attachment_dto_repository import ChatAttachmentDTORepository
    from .chat_attachment_dto_type import ChatAttachmentDTOType
    from .chat_message_attribute_dto import ChatMessageAttributeDTO
    from .chat_message_attribute_dto_type import ChatMessageAttributeDTOType
    from .chat_message_dto import ChatMessageDTO
    from .chat_message_dto_processor import ChatMessageDTOProcessor
    from .chat_message_dto_status import ChatMessageDTOStatus
    from .chat_message_reader_dto import ChatMessageReaderDTO
    from .chat_thread_attribute_dto import ChatThreadAttributeDTO
    from .chat_thread_attribute_dto_type import ChatThreadAttributeDTOType
    from .chat_thread_dto import ChatThreadDTO
    from .chat_thread_dto_default_processor import ChatThreadDTODefaultProcessor
    from .chat_thread_external_dto import ChatThreadExternalDTO
    from .content_code_mapping import ContentCodeMapping
    from .content_code_mapping_description import ContentCodeMappingDescription
    from .content_code_mapping_portal import ContentCodeMappingPortal
    from .content_code_mapping_sub_type import ContentCodeMappingSubType
    from .content_code_mapping_title import ContentCodeMappingTitle
    from .content_code_mapping_type import ContentCodeMappingType
    from .content_code_validation import ContentCodeValidation
    from .content_mapping_schema import ContentMappingSchema
    from .country_code import CountryCode
    from .create_subscription_body import CreateSubscriptionBody
    from .create_subscription_event import CreateSubscriptionEvent
    from .derived_rule import DerivedRule
    from .derived_rule_price import DerivedRulePrice
    from .derived_rule_reference_type import DerivedRuleReferenceType
    from .detokenize_language import DetokenizeLanguage
    from .download_summary_document_language import DownloadSummaryDocumentLanguage
    from .enum_content import EnumContent
    from .enum_content_type_content import EnumContentTypeContent
    from .execute_action_action import ExecuteActionAction
    from .external_accommodation_extra_bed import ExternalAccommodationExtraBed
    from .external_accommodation_extra_bed_apply_guest_booking import (
        ExternalAccommodationExtraBedApplyGuestBooking,
    )
    from .external_accommodation_extra_bed_code_type import ExternalAccommodationExtraBedCodeType
    from .external_accomodation import ExternalAccomodation
    from .external_accomodation_booking_pets_policy import ExternalAccomodationBookingPetsPolicy
    from .external_availability_conf import ExternalAvailabilityConf
    from .external_availability_conf_airbnb_checkin_category import (
        ExternalAvailabilityConfAirbnbCheckinCategory,
    )
    from .external_availability_conf_week_day_checkin_item import (
        ExternalAvailabilityConfWeekDayCheckinItem,
    )
    from .external_availability_conf_week_day_checkout_item import (
        ExternalAvailabilityConfWeekDayCheckoutItem,
    )
    from .external_bed_descriptor import ExternalBedDescriptor
    from .external_bed_descriptor_bed_type import ExternalBedDescriptorBedType
    from .external_bed_descriptor_transient_external import ExternalBedDescriptorTransientExternal
    from .external_cancellation_policy import ExternalCancellationPolicy
    from .external_cancellation_policy_code_type import ExternalCancellationPolicyCodeType
    from .external_cancellation_policy_deadline import ExternalCancellationPolicyDeadline
    from .external_cancellation_policy_deadline_units_item import (
        ExternalCancellationPolicyDeadlineUnitsItem,
    )
    from .external_cancellation_policy_deadline_units_item_duration import (
        ExternalCancellationPolicyDeadlineUnitsItemDuration,
    )
    from .external_contact import ExternalContact
    from .external_contact_code_type import ExternalContactCodeType
    from .external_contact_language_octo import ExternalContactLanguageOcto
    from .external_descriptions import ExternalDescriptions
    from .external_descriptions_description import ExternalDescriptionsDescription
    from .external_discount import ExternalDiscount
    from .external_discount_model import ExternalDiscountModel
    from .external_discount_type import ExternalDiscountType
    from .external_fee import ExternalFee
    from .external_fee_airbnb_fee_type import ExternalFeeAirbnbFeeType
    from .external_fee_category import ExternalFeeCategory
    from .external_fee_code_type import ExternalFeeCodeType
    from .external_fee_configuration import ExternalFeeConfiguration
    from .external_fee_internet import ExternalFeeInternet
    from .external_fee_parking import ExternalFeeParking
    from .external_listing import ExternalListing
    from .external_listing_airbnb_approval_status import ExternalListingAirbnbApprovalStatus
    from .external_listing_airbnb_property_group import ExternalListingAirbnbPropertyGroup
    from .external_listing_airbnb_property_type import ExternalListingAirbnbPropertyType
    from .external_listing_airbnb_room_type import ExternalListingAirbnbRoomType
    from .external_listing_bathroom_with_item import ExternalListingBathroomWithItem
    from .external_listing_bedroom_type import ExternalListingBedroomType
    from .external_listing_booking_property_group import ExternalListingBookingPropertyGroup
    from .external_listing_external_url import ExternalListingExternalUrl
    from .external_listing_room_class import ExternalListingRoomClass
    from .external_listing_room_type_category import ExternalListingRoomTypeCategory
    from .external_pricing import ExternalPricing
    from .external_pricing_distribution_model_item import ExternalPricingDistributionModelItem
    from .external_pricing_homeaway_pricing import ExternalPricingHomeawayPricing
    from .external_pricing_pricing_model import ExternalPricingPricingModel
    from .external_pricing_tax_collection_type import ExternalPricingTaxCollectionType
    from .external_pricing_tax_collection_type_additional_property import (
        ExternalPricingTaxCollectionTypeAdditionalProperty,
    )
    from .external_property_profile import ExternalPropertyProfile
    from .external_property_profile_host_location import ExternalPropertyProfileHostLocation
    from .external_rate_content import ExternalRateContent
    from .external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format import (
        ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat,
    )
    from .external_rate_content_only_agoda_supports_it_type_of_channel_where_sell_this_rate import (
        ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate,
    )
    from .external_rate_content_only_booking_suite_relation_between_the_parent_rate_type import (
        ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType,
    )
    from .external_rate_derived import ExternalRateDerived
    from .external_rate_restriction import ExternalRateRestriction
    from .external_rate_restriction_max_advance_period import (
        ExternalRateRestrictionMaxAdvancePeriod,
    )
    from .external_rate_restriction_max_advance_period_chronology import (
        ExternalRateRestrictionMaxAdvancePeriodChronology,
    )
    from .external_rate_restriction_max_advance_period_units_item import (
        ExternalRateRestrictionMaxAdvancePeriodUnitsItem,
    )
    from .external_rate_restriction_max_advance_period_units_item_duration import (
        ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration,
    )
    from .external_rate_restriction_min_advance_period import (
        ExternalRateRestrictionMinAdvancePeriod,
    )
    from .external_rate_restriction_min_advance_period_chronology import (
        ExternalRateRestrictionMinAdvancePeriodChronology,
    )
    from .external_rate_restriction_min_advance_period_units_item import (
        ExternalRateRestrictionMinAdvancePeriodUnitsItem,
    )
    from .external_rate_restriction_min_advance_period_units_item_duration import (
        ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration,
    )
    from .external_rate_restriction_model import ExternalRateRestrictionModel
    from .external_rate_restriction_rate_meal_type_item import (
        ExternalRateRestrictionRateMealTypeItem,
    )
    from .external_reservation_conf import ExternalReservationConf
    from .external_reservation_conf_booking_policy import ExternalReservationConfBookingPolicy
    from .external_reservation_conf_homeaway_booking_policy import (
        ExternalReservationConfHomeawayBookingPolicy,
    )
    from .external_reservation_conf_instant_booking_category import (
        ExternalReservationConfInstantBookingCategory,
    )
    from .external_room_descriptor import ExternalRoomDescriptor
    from .external_room_descriptor_location import ExternalRoomDescriptorLocation
    from .external_room_descriptor_type import ExternalRoomDescriptorType
    from .external_service import ExternalService
    from .external_service_code_type import ExternalServiceCodeType
    from .external_service_configuration import ExternalServiceConfiguration
    from .external_service_model import ExternalServiceModel
    from .external_service_value_type import ExternalServiceValueType
    from .external_subroom_configuration_descriptor import ExternalSubroomConfigurationDescriptor
    from .external_task import ExternalTask
    from .external_task_type import ExternalTaskType
    from .find_reservations_status import FindReservationsStatus
    from .find_reservations_type import FindReservationsType
    from .get_invoices_date_type import GetInvoicesDateType
    from .get_invoices_document_types_item import GetInvoicesDocumentTypesItem
    from .get_invoices_fiscal_invoice_group import GetInvoicesFiscalInvoiceGroup
    from .get_invoices_sort import GetInvoicesSort
    from .get_invoices_sort_order import GetInvoicesSortOrder
    from .get_list_categories_item import GetListCategoriesItem
    from .guest_dto import GuestDTO
    from .guest_dto_category import GuestDTOCategory
    from .guest_dto_commission_policy import GuestDTOCommissionPolicy
    from .guest_dto_document_country import GuestDTODocumentCountry
    from .guest_dto_language import GuestDTOLanguage
    from .guest_dto_payment_condition import GuestDTOPaymentCondition
    from .guest_dto_sex import GuestDTOSex
    from .guest_dto_status import GuestDTOStatus
    from .guest_dto_suggested_payment_mode import GuestDTOSuggestedPaymentMode
    from .guest_dto_type import GuestDTOType
    from .language_map import LanguageMap
    from .list_room_amenities_portal import ListRoomAmenitiesPortal
    from .mail_template_dto import MailTemplateDTO
    from .mail_template_dto_language import MailTemplateDTOLanguage
    from .migrate_api_key_body import MigrateApiKeyBody
    from .o_auth_identity import OAuthIdentity
    from .o_auth_resource import OAuthResource
    from .o_auth_resource_api_permission_level_item import OAuthResourceApiPermissionLevelItem
    from .o_auth_token_2 import OAuthToken2
    from .octorate_age_limit_details import OctorateAgeLimitDetails
    from .octorate_age_limit_details_age_limit import OctorateAgeLimitDetailsAgeLimit
    from .octorate_amount import OctorateAmount
    from .octorate_amount_base_item import OctorateAmountBaseItem
    from .octorate_amount_mode import OctorateAmountMode
    from .octorate_applicable import OctorateApplicable
    from .octorate_brazil_tax_details import OctorateBrazilTaxDetails
    from .octorate_brazil_tax_details_tax_payer_number_type import (
        OctorateBrazilTaxDetailsTaxPayerNumberType,
    )
    from .octorate_charge_details import OctorateChargeDetails
    from .octorate_charge_details_frequency import OctorateChargeDetailsFrequency
    from .octorate_charge_key import OctorateChargeKey
    from .octorate_charge_key_guest_origin import OctorateChargeKeyGuestOrigin
    from .octorate_charge_key_travel_purpose import OctorateChargeKeyTravelPurpose
    from .octorate_charge_period import OctorateChargePeriod
    from .octorate_child_age import OctorateChildAge
    from .octorate_configuration import OctorateConfiguration
    from .octorate_damage_policy import OctorateDamagePolicy
    from .octorate_damage_policy_collection_mode import OctorateDamagePolicyCollectionMode
    from .octorate_damage_policy_collection_when import OctorateDamagePolicyCollectionWhen
    from .octorate_damage_policy_policy_type import OctorateDamagePolicyPolicyType
    from .octorate_damage_policy_return_mode import OctorateDamagePolicyReturnMode
    from .octorate_damage_policy_return_when import OctorateDamagePolicyReturnWhen
    from .octorate_daytime import OctorateDaytime
    from .octorate_epoch_timestamp import OctorateEpochTimestamp
    from .octorate_french_tax_details import OctorateFrenchTaxDetails
    from .octorate_french_tax_details_category_id import OctorateFrenchTaxDetailsCategoryId
    from .octorate_french_tax_details_nature_id import OctorateFrenchTaxDetailsNatureId
    from .octorate_internet_details import OctorateInternetDetails
    from .octorate_internet_details_area import OctorateInternetDetailsArea
    from .octorate_internet_details_type import OctorateInternetDetailsType
    from .octorate_invoice_settings import OctorateInvoiceSettings
    from .octorate_invoice_settings_notification_channel import (
        OctorateInvoiceSettingsNotificationChannel,
    )
    from .octorate_kids_pool_details import OctorateKidsPoolDetails
    from .octorate_meal_details import OctorateMealDetails
    from .octorate_meal_details_breakfast_food_item_types_item import (
        OctorateMealDetailsBreakfastFoodItemTypesItem,
    )
    from .octorate_meal_details_breakfast_types_item import OctorateMealDetailsBreakfastTypesItem
    from .octorate_on_site_details import OctorateOnSiteDetails
    from .octorate_on_site_details_onsite_type import OctorateOnSiteDetailsOnsiteType
    from .octorate_parking_details import OctorateParkingDetails
    from .octorate_parking_details_has_accessible_parking_spots import (
        OctorateParkingDetailsHasAccessibleParkingSpots,
    )
    from .octorate_parking_details_has_ev_charging_station import (
        OctorateParkingDetailsHasEvChargingStation,
    )
    from .octorate_parking_details_has_gated_parking import OctorateParkingDetailsHasGatedParking
    from .octorate_parking_details_has_onsite_staff import OctorateParkingDetailsHasOnsiteStaff
    from .octorate_parking_details_has_security_cameras import (
        OctorateParkingDetailsHasSecurityCameras,
    )
    from .octorate_parking_details_has_valet_service import OctorateParkingDetailsHasValetService
    from .octorate_parking_details_parking_access import OctorateParkingDetailsParkingAccess
    from .octorate_parking_details_parking_location import OctorateParkingDetailsParkingLocation
    from .octorate_parking_details_parking_reservation import (
        OctorateParkingDetailsParkingReservation,
    )
    from .octorate_parking_details_parking_type import OctorateParkingDetailsParkingType
    from .octorate_payment_details import OctoratePaymentDetails
    from .octorate_payment_details_charge_mode import OctoratePaymentDetailsChargeMode
    from .octorate_property_charge import OctoratePropertyCharge
    from .octorate_property_checkin_additional_info import OctoratePropertyCheckinAdditionalInfo
    from .octorate_property_checkin_external_reference import (
        OctoratePropertyCheckinExternalReference,
    )
    from .octorate_property_checkin_external_reference_type import (
        OctoratePropertyCheckinExternalReferenceType,
    )
    from .octorate_property_checkin_instruction import OctoratePropertyCheckinInstruction
    from .octorate_property_checkin_instruction_how import OctoratePropertyCheckinInstructionHow
    from .octorate_property_checkin_instruction_when import OctoratePropertyCheckinInstructionWhen
    from .octorate_property_checkin_location import OctoratePropertyCheckinLocation
    from .octorate_property_checkin_method import OctoratePropertyCheckinMethod
    from .octorate_property_checkin_method_code_type import OctoratePropertyCheckinMethodCodeType
    from .octorate_property_checkin_method_configuration import (
        OctoratePropertyCheckinMethodConfiguration,
    )
    from .octorate_property_checkin_method_model import OctoratePropertyCheckinMethodModel
    from .octorate_property_checkin_method_stream_variation_name import (
        OctoratePropertyCheckinMethodStreamVariationName,
    )
    from .octorate_property_checkin_method_value_type import OctoratePropertyCheckinMethodValueType
    from .octorate_property_checkin_methods import OctoratePropertyCheckinMethods
    from .octorate_property_checkin_other_text import OctoratePropertyCheckinOtherText
    from .octorate_property_checkin_other_text_lang import OctoratePropertyCheckinOtherTextLang
    from .octorate_property_checkin_reference_details import OctoratePropertyCheckinReferenceDetails
    from .octorate_quiet_hours import OctorateQuietHours
    from .octorate_restaurant_details import OctorateRestaurantDetails
    from .octorate_restaurant_details_ambiances_item import OctorateRestaurantDetailsAmbiancesItem
    from .octorate_restaurant_details_cuisines_item import OctorateRestaurantDetailsCuisinesItem
    from .octorate_restaurant_details_meal_types_item import OctorateRestaurantDetailsMealTypesItem
    from .octorate_restaurant_details_open_for_meals_item import (
        OctorateRestaurantDetailsOpenForMealsItem,
    )
    from .octorate_schedule_details import OctorateScheduleDetails
    from .octorate_surcharge_details import OctorateSurchargeDetails
    from .octorate_surcharge_details_surcharge_type import OctorateSurchargeDetailsSurchargeType
    from .octorate_swimming_pool_details import OctorateSwimmingPoolDetails
    from .octorate_swimming_pool_details_allowed_age_type import (
        OctorateSwimmingPoolDetailsAllowedAgeType,
    )
    from .octorate_swimming_pool_details_availability_type import (
        OctorateSwimmingPoolDetailsAvailabilityType,
    )
    from .octorate_swimming_pool_details_swimming_pool_type import (
        OctorateSwimmingPoolDetailsSwimmingPoolType,
    )
    from .octorate_swimming_pool_dimensions import OctorateSwimmingPoolDimensions
    from .octorate_swimming_pool_dimensions_unit import OctorateSwimmingPoolDimensionsUnit
    from .octorate_temporarily_closed_details import OctorateTemporarilyClosedDetails
    from .octorate_temporarily_closed_entry import OctorateTemporarilyClosedEntry
    from .octorate_week_time_entry import OctorateWeekTimeEntry
    from .octorate_week_time_entry_day_of_week import OctorateWeekTimeEntryDayOfWeek
    from .octorate_wifi_info import OctorateWifiInfo
    from .permissions_dto import PermissionsDTO
    from .permissions_dto_admin import PermissionsDTOAdmin
    from .permissions_dto_admin_api import PermissionsDTOAdminApi
    from .permissions_dto_admin_cod_promo import PermissionsDTOAdminCodPromo
    from .permissions_dto_admin_dylog import PermissionsDTOAdminDylog
    from .permissions_dto_admin_settings import PermissionsDTOAdminSettings
    from .permissions_dto_admin_stats import PermissionsDTOAdminStats
    from .permissions_dto_admin_text import PermissionsDTOAdminText
    from .permissions_dto_admin_users import PermissionsDTOAdminUsers
    from .permissions_dto_assign_cod_promo import PermissionsDTOAssignCodPromo
    from .permissions_dto_availability import PermissionsDTOAvailability
    from .permissions_dto_billing import PermissionsDTOBilling
    from .permissions_dto_cash_closing import PermissionsDTOCashClosing
    from .permissions_dto_channel_manager import PermissionsDTOChannelManager
    from .permissions_dto_chat import PermissionsDTOChat
    from .permissions_dto_check_in import PermissionsDTOCheckIn
    from .permissions_dto_contact_info import PermissionsDTOContactInfo
    from .permissions_dto_house_keeping import PermissionsDTOHouseKeeping
    from .permissions_dto_invoices import PermissionsDTOInvoices
    from .permissions_dto_license import PermissionsDTOLicense
    from .permissions_dto_octosite import PermissionsDTOOctosite
    from .permissions_dto_prices import PermissionsDTOPrices
    from .permissions_dto_reservations import PermissionsDTOReservations
    from .permissions_dto_rooms import PermissionsDTORooms
    from .permissions_dto_sensitive_data import PermissionsDTOSensitiveData
    from .permissions_dto_settings import PermissionsDTOSettings
    from .permissions_dto_source import PermissionsDTOSource
    from .permissions_dto_stats import PermissionsDTOStats
    from .permissions_dto_subscription import PermissionsDTOSubscription
    from .permissions_dto_support import PermissionsDTOSupport
    from .permissions_dto_users import PermissionsDTOUsers
    from .person_dto import PersonDTO
    from .person_dto_admin_department import PersonDTOAdminDepartment
    from .person_dto_dashboard_widget_types_item import PersonDTODashboardWidgetTypesItem
    from .person_dto_preferred_language import PersonDTOPreferredLanguage
    from .person_dto_user_type import PersonDTOUserType
    from .place import Place
    from .place_interface import PlaceInterface
    from .place_place_name import PlacePlaceName
    from .place_place_type import PlacePlaceType
    from .police_account_dto import PoliceAccountDTO
    from .police_document_type_country import PoliceDocumentTypeCountry
    from .police_document_type_country_document_type import PoliceDocumentTypeCountryDocumentType
    from .portal_custom_item_string import PortalCustomItemString
    from .portal_custom_item_string_portal_values import PortalCustomItemStringPortalValues
    from .portal_custom_item_string_values import PortalCustomItemStringValues
    from .portal_custom_item_value_type import PortalCustomItemValueType
    from .portal_custom_item_value_type_fallback import PortalCustomItemValueTypeFallback
    from .portal_custom_item_value_type_portal_values import PortalCustomItemValueTypePortalValues
    from .portal_custom_item_value_type_portal_values_additional_property import (
        PortalCustomItemValueTypePortalValuesAdditionalProperty,
    )
    from .portal_custom_item_value_type_values import PortalCustomItemValueTypeValues
    from .portal_custom_item_value_type_values_additional_property import (
        PortalCustomItemValueTypeValuesAdditionalProperty,
    )
    from .portal_language_map import PortalLanguageMap
    from .portal_language_map_portal_values import PortalLanguageMapPortalValues
    from .portal_language_map_values import PortalLanguageMapValues
    from .portal_map_string_string import PortalMapStringString
    from .portal_map_string_value_type import PortalMapStringValueType
    from .portal_map_string_value_type_additional_property import (
        PortalMapStringValueTypeAdditionalProperty,
    )
    from .portal_names import PortalNames
    from .push_photos_body import PushPhotosBody
    from .push_room_portal_portalname import PushRoomPortalPortalname
    from .rate_plan_extra_dto import RatePlanExtraDTO
    from .refresh_body import RefreshBody
    from .reservation_external import ReservationExternal
    from .reservation_split_stream import ReservationSplitStream
    from .reservation_stream import ReservationStream
    from .reservation_stream_card import ReservationStreamCard
    from .reservation_stream_company_collect import ReservationStreamCompanyCollect
    from .reservation_stream_currency_type_1 import ReservationStreamCurrencyType1
    from .reservation_stream_day import ReservationStreamDay
    from .reservation_stream_extra import ReservationStreamExtra
    from .reservation_stream_guest import ReservationStreamGuest
    from .reservation_stream_guest_city_tax_exemption import ReservationStreamGuestCityTaxExemption
    from .reservation_stream_json import ReservationStreamJson
    from .reservation_stream_json_additional_property import ReservationStreamJsonAdditionalProperty
    from .reservation_stream_lang import ReservationStreamLang
    from .reservation_stream_payment_mode import ReservationStreamPaymentMode
    from .reservation_stream_police_guest import ReservationStreamPoliceGuest
    from .reservation_stream_police_guest_accommodated_type import (
        ReservationStreamPoliceGuestAccommodatedType,
    )
    from .reservation_stream_police_guest_age_range import ReservationStreamPoliceGuestAgeRange
    from .reservation_stream_police_guest_city_tax_exemption import (
        ReservationStreamPoliceGuestCityTaxExemption,
    )
    from .reservation_stream_purpose import ReservationStreamPurpose
    from .reservation_stream_status import ReservationStreamStatus
    from .retrieve_meta_portal_category_item import RetrieveMetaPortalCategoryItem
    from .search_content_item_category import SearchContentItemCategory
    from .search_room_discount import SearchRoomDiscount
    from .search_room_result import SearchRoomResult
    from .special_offer_dto import SpecialOfferDTO
    from .special_offer_dto_offer_type import SpecialOfferDTOOfferType
    from .tax_exemption_impl import TaxExemptionImpl
    from .tax_impl import TaxImpl
    from .tax_impl_tax_amount_type import TaxImplTaxAmountType
    from .tax_impl_tax_type import TaxImplTaxType
    from .tax_impl_taxable_base_item import TaxImplTaxableBaseItem
    from .token_body import TokenBody
    from .translate_message_language import TranslateMessageLanguage
    from .translate_missing_descriptions_language import TranslateMissingDescriptionsLanguage
    from .translate_missing_descriptions_v3_language import TranslateMissingDescriptionsV3Language
    from .update_checkin_status_status import UpdateCheckinStatusStatus
    from .webhook_subscription import WebhookSubscription
    from .webhook_subscription_type import WebhookSubscriptionType

_MODULES = {
    "AddTextToFieldBody": ".add_text_to_field_body",
    "AddTextToFieldBodyAdditionalProperty": ".add_text_to_field_body_additional_property",
    "ApiAccommodationDTO": ".api_accommodation_dto",
    "ApiAccommodationDTOCompanyType": ".api_accommodation_dto_company_type",
    "ApiAccommodationDTOLanguage": ".api_accommodation_dto_language",
    "ApiAccommodationDTOPropertyCategory": ".api_accommodation_dto_property_category",
    "ApiAccommodationDTORating": ".api_accommodation_dto_rating",
    "ApiAccommodationDTOTimeZoneType1": ".api_accommodation_dto_time_zone_type_1",
    "ApiAccommodationHeadDTO": ".api_accommodation_head_dto",
    "ApiAccommodationLight": ".api_accommodation_light",
    "ApiAccommodationLightTimeZoneType1": ".api_accommodation_light_time_zone_type_1",
    "ApiAccommodationResponse": ".api_accommodation_response",
    "ApiAmenity": ".api_amenity",
    "ApiAmenityValues": ".api_amenity_values",
    "ApiBulkReservation": ".api_bulk_reservation",
    "ApiCalendarDay": ".api_calendar_day",
    "ApiCalendarRoom": ".api_calendar_room",
    "ApiCalendarRoomList": ".api_calendar_room_list",
    "ApiCalendarRoomListAdditionalInfo": ".api_calendar_room_list_additional_info",
    "ApiClpmsDTO": ".api_clpms_dto",
    "ApiClpmsDTOArrivalTime": ".api_clpms_dto_arrival_time",
    "ApiClpmsDTOFeaturesItem": ".api_clpms_dto_features_item",
    "ApiClpmsDTOPaymentProcessor": ".api_clpms_dto_payment_processor",
    "ApiConfigurationRequest": ".api_configuration_request",
    "ApiConfigurationRequestCategory": ".api_configuration_request_category",
    "ApiConfigurationReseller": ".api_configuration_reseller",
    "ApiConfigurationResponse": ".api_configuration_response",
    "ApiConfigurationResponseCategory": ".api_configuration_response_category",
    "ApiConnectionDTO": ".api_connection_dto",
    "ApiConnectionDTOCalendarValuesItem": ".api_connection_dto_calendar_values_item",
    "ApiConnectionDTOStatus": ".api_connection_dto_status",
    "ApiContact": ".api_contact",
    "ApiError": ".api_error",
    "ApiExternalRoomDTO": ".api_external_room_dto",
    "ApiExternalRoomDTOList": ".api_external_room_dto_list",
    "ApiExternalRoomDTOListAdditionalInfo": ".api_external_room_dto_list_additional_info",
    "ApiExtraBedRequest": ".api_extra_bed_request",
    "ApiExtraDetailDTO": ".api_extra_detail_dto",
    "ApiExtraProduct": ".api_extra_product",
    "ApiExtraProductDescriptionType0": ".api_extra_product_description_type_0",
    "ApiExtraProductList": ".api_extra_product_list",
    "ApiExtraProductListAdditionalInfo": ".api_extra_product_list_additional_info",
    "ApiExtraProductModel": ".api_extra_product_model",
    "ApiExtraProductTitleType0": ".api_extra_product_title_type_0",
    "ApiExtraProductUnit": ".api_extra_product_unit",
    "ApiExtraProductValidDaysItem": ".api_extra_product_valid_days_item",
    "ApiExtraProductVatExemption": ".api_extra_product_vat_exemption",
    "ApiExtras": ".api_extras",
    "ApiFeeRequest": ".api_fee_request",
    "ApiFeeRequestCategory": ".api_fee_request_category",
    "ApiInvoiceOptionsDTO": ".api_invoice_options_dto",
    "ApiInvoicePayoffDTO": ".api_invoice_payoff_dto",
    "ApiInvoicePayoffDTOPaymentMode": ".api_invoice_payoff_dto_payment_mode",
    "ApiItemResponse": ".api_item_response",
    "ApiItemResponseData": ".api_item_response_data",
    "ApiItemResponseList": ".api_item_response_list",
    "ApiItemResponseListAdditionalInfo": ".api_item_response_list_additional_info",
    "ApiJsonPatchDTO": ".api_json_patch_dto",
    "ApiJsonPatchDTOOp": ".api_json_patch_dto_op",
    "ApiJsonPatchDTOType": ".api_json_patch_dto_type",
    "ApiLayoutDTO": ".api_layout_dto",
    "ApiLayoutDTOVatLabel": ".api_layout_dto_vat_label",
    "ApiLicenseForm": ".api_license_form",
    "ApiLicenseFormBillingNetworkMode": ".api_license_form_billing_network_mode",
    "ApiLicenseFormChannelManager": ".api_license_form_channel_manager",
    "ApiLink": ".api_link",
    "ApiListResponse": ".api_list_response",
    "ApiListResponseAdditionalInfo": ".api_list_response_additional_info",
    "ApiListResponseAdditionalInfoAdditionalProperty": ".api_list_response_additional_info_additional_property",
    "ApiListResponseDataItem": ".api_list_response_data_item",
    "ApiListingLightType0": ".api_listing_light_type_0",
    "ApiListingPlaceDTO": ".api_listing_place_dto",
    "ApiLogDTO": ".api_log_dto",
    "ApiLogDTOReferenceType": ".api_log_dto_reference_type",
    "ApiLogDTOResult": ".api_log_dto_result",
    "ApiLogDTOType": ".api_log_dto_type",
    "ApiMapping": ".api_mapping",
    "ApiMappingList": ".api_mapping_list",
    "ApiMappingListAdditionalInfo": ".api_mapping_list_additional_info",
    "ApiNetworkInfo": ".api_network_info",
    "ApiObjectLight": ".api_object_light",
    "ApiPage": ".api_page",
    "ApiPaymentStepDTO": ".api_payment_step_dto",
    "ApiPaymentStepDTOCalculateValuesItem": ".api_payment_step_dto_calculate_values_item",
    "ApiPaymentStepDTOCancellationDetail": ".api_payment_step_dto_cancellation_detail",
    "ApiPaymentStepDTOCancellationTitle": ".api_payment_step_dto_cancellation_title",
    "ApiPaymentStepDTOFilterPayModeItem": ".api_payment_step_dto_filter_pay_mode_item",
    "ApiPaymentStepDTOList": ".api_payment_step_dto_list",
    "ApiPaymentStepDTOListAdditionalInfo": ".api_payment_step_dto_list_additional_info",
    "ApiPaymentStepDTOStepType": ".api_payment_step_dto_step_type",
    "ApiPermission": ".api_permission",
    "ApiPermissionAccommodation": ".api_permission_accommodation",
    "ApiPermissionCardDetail": ".api_permission_card_detail",
    "ApiPermissionContent": ".api_permission_content",
    "ApiPermissionLicense": ".api_permission_license",
    "ApiPermissionReservation": ".api_permission_reservation",
    "ApiPmsRoom": ".api_pms_room",
    "ApiPmsRoomCleaningDaysItem": ".api_pms_room_cleaning_days_item",
    "ApiPmsRoomList": ".api_pms_room_list",
    "ApiPmsRoomListAdditionalInfo": ".api_pms_room_list_additional_info",
    "ApiPmsRoomTimeZoneType1": ".api_pms_room_time_zone_type_1",
    "ApiPortalDTOResp": ".api_portal_dto_resp",
    "ApiPortalDTORespCalendarValuesItem": ".api_portal_dto_resp_calendar_values_item",
    "ApiPortalDTORespPortalCategory": ".api_portal_dto_resp_portal_category",
    "ApiPortalRequestDTO": ".api_portal_request_dto",
    "ApiPortalRequestDTOCalendarValuesItem": ".api_portal_request_dto_calendar_values_item",
    "ApiRateDTO": ".api_rate_dto",
    "ApiRateDTODescription": ".api_rate_dto_description",
    "ApiRateDTOLabel": ".api_rate_dto_label",
    "ApiRateDTOPriceModel": ".api_rate_dto_price_model",
    "ApiRateDTOTitle": ".api_rate_dto_title",
    "ApiRateDTOTreatment": ".api_rate_dto_treatment",
    "ApiRatePlanDate": ".api_rate_plan_date",
    "ApiReservationCard": ".api_reservation_card",
    "ApiReservationCardCardStatus": ".api_reservation_card_card_status",
    "ApiReservationCardPaymentProcessor": ".api_reservation_card_payment_processor",
    "ApiReservationCardScheme": ".api_reservation_card_scheme",
    "ApiReservationCardType": ".api_reservation_card_type",
    "ApiReservationComponent": ".api_reservation_component",
    "ApiReservationComponentType": ".api_reservation_component_type",
    "ApiReservationGuestDTO": ".api_reservation_guest_dto",
    "ApiReservationGuestDTOAccommodatedType": ".api_reservation_guest_dto_accommodated_type",
    "ApiReservationGuestDTOAgeRange": ".api_reservation_guest_dto_age_range",
    "ApiReservationGuestDTOCityTaxExemption": ".api_reservation_guest_dto_city_tax_exemption",
    "ApiReservationGuestDTODegree": ".api_reservation_guest_dto_degree",
    "ApiReservationGuestDTOFamilyRelationshipType": ".api_reservation_guest_dto_family_relationship_type",
    "ApiReservationGuestDTOLanguage": ".api_reservation_guest_dto_language",
    "ApiReservationGuestDTOSex": ".api_reservation_guest_dto_sex",
    "ApiReservationGuestDTOSource": ".api_reservation_guest_dto_source",
    "ApiReservationGuestDTOTourismType": ".api_reservation_guest_dto_tourism_type",
    "ApiReservationGuestDTOTravelRefer": ".api_reservation_guest_dto_travel_refer",
    "ApiReservationGuestDTOTravelWay": ".api_reservation_guest_dto_travel_way",
    "ApiReservationGuestDTOType": ".api_reservation_guest_dto_type",
    "ApiReservationGuestDTOV2": ".api_reservation_guest_dtov2",
    "ApiReservationGuestDTOV2AccommodatedType": ".api_reservation_guest_dtov2_accommodated_type",
    "ApiReservationGuestDTOV2AgeRange": ".api_reservation_guest_dtov2_age_range",
    "ApiReservationGuestDTOV2CityTaxExemption": ".api_reservation_guest_dtov2_city_tax_exemption",
    "ApiReservationGuestDTOV2Degree": ".api_reservation_guest_dtov2_degree",
    "ApiReservationGuestDTOV2FamilyRelationshipType": ".api_reservation_guest_dtov2_family_relationship_type",
    "ApiReservationGuestDTOV2Language": ".api_reservation_guest_dtov2_language",
    "ApiReservationGuestDTOV2Sex": ".api_reservation_guest_dtov2_sex",
    "ApiReservationGuestDTOV2Source": ".api_reservation_guest_dtov2_source",
    "ApiReservationGuestDTOV2TourismType": ".api_reservation_guest_dtov2_tourism_type",
    "ApiReservationGuestDTOV2TravelRefer": ".api_reservation_guest_dtov2_travel_refer",
    "ApiReservationGuestDTOV2TravelWay": ".api_reservation_guest_dtov2_travel_way",
    "ApiReservationGuestDTOV2Type": ".api_reservation_guest_dtov2_type",
    "ApiReservationMetadataDTO": ".api_reservation_metadata_dto",
    "ApiReservationMetadataDTOMetaDataType": ".api_reservation_metadata_dto_meta_data_type",
    "ApiReservationPaymentDTO": ".api_reservation_payment_dto",
    "ApiReservationPaymentDTOPaymentMode": ".api_reservation_payment_dto_payment_mode",
    "ApiReservationPaymentDTOSource": ".api_reservation_payment_dto_source",
    "ApiReservationPaymentDTOStatus": ".api_reservation_payment_dto_status",
    "ApiReservationPaymentDTOType": ".api_reservation_payment_dto_type",
    "ApiReservationReqDTO": ".api_reservation_req_dto",
    "ApiReservationReqDTOCityTaxExemption": ".api_reservation_req_dto_city_tax_exemption",
    "ApiReservationReqDTOCompanyCollect": ".api_reservation_req_dto_company_collect",
    "ApiReservationReqDTOCurrencyType1": ".api_reservation_req_dto_currency_type_1",
    "ApiReservationReqDTOJson": ".api_reservation_req_dto_json",
    "ApiReservationReqDTOJsonAdditionalProperty": ".api_reservation_req_dto_json_additional_property",
    "ApiReservationReqDTOPaymentMode": ".api_reservation_req_dto_payment_mode",
    "ApiReservationReqDTOPurpose": ".api_reservation_req_dto_purpose",
    "ApiReservationReqDTOStatus": ".api_reservation_req_dto_status",
    "ApiReservationRespDTO": ".api_reservation_resp_dto",
    "ApiReservationRespDTOCancelledBy": ".api_reservation_resp_dto_cancelled_by",
    "ApiReservationRespDTOCityTaxExemption": ".api_reservation_resp_dto_city_tax_exemption",
    "ApiReservationRespDTOCompanyCollect": ".api_reservation_resp_dto_company_collect",
    "ApiReservationRespDTOCurrencyType1": ".api_reservation_resp_dto_currency_type_1",
    "ApiReservationRespDTOJson": ".api_reservation_resp_dto_json",
    "ApiReservationRespDTOJsonAdditionalProperty": ".api_reservation_resp_dto_json_additional_property",
    "ApiReservationRespDTOList": ".api_reservation_resp_dto_list",
    "ApiReservationRespDTOListAdditionalInfo": ".api_reservation_resp_dto_list_additional_info",
    "ApiReservationRespDTOPaymentMode": ".api_reservation_resp_dto_payment_mode",
    "ApiReservationRespDTOPaymentStatus": ".api_reservation_resp_dto_payment_status",
    "ApiReservationRespDTOPaymentType": ".api_reservation_resp_dto_payment_type",
    "ApiReservationRespDTOPurpose": ".api_reservation_resp_dto_purpose",
    "ApiReservationRespDTOStatus": ".api_reservation_resp_dto_status",
    "ApiReservationRoomCodeDTO": ".api_reservation_room_code_dto",
    "ApiReservationRoomCodeDTOSource": ".api_reservation_room_code_dto_source",
    "ApiReservationSplit": ".api_reservation_split",
    "ApiReviewCategoryDTO": ".api_review_category_dto",
    "ApiReviewCategoryDTOCategory": ".api_review_category_dto_category",
    "ApiReviewCategoryTagDTO": ".api_review_category_tag_dto",
    "ApiReviewCategoryTagDTOReviewCategoryTagType": ".api_review_category_tag_dto_review_category_tag_type",
    "ApiReviewDTO": ".api_review_dto",
    "ApiReviewDTOReviewerRole": ".api_review_dto_reviewer_role",
    "ApiReviewDTOStatus": ".api_review_dto_status",
    "ApiRoomAmenityDTO": ".api_room_amenity_dto",
    "ApiRoomDTO": ".api_room_dto",
    "ApiRoomDTOActivitiesInfo": ".api_room_dto_activities_info",
    "ApiRoomDTOBasicName": ".api_room_dto_basic_name",
    "ApiRoomDTOCheckinInfo": ".api_room_dto_checkin_info",
    "ApiRoomDTODescription": ".api_room_dto_description",
    "ApiRoomDTODescriptionLangMap": ".api_room_dto_description_lang_map",
    "ApiRoomDTOGuestInfo": ".api_room_dto_guest_info",
    "ApiRoomDTOHeadline": ".api_room_dto_headline",
    "ApiRoomDTOHeadlineLangMap": ".api_room_dto_headline_lang_map",
    "ApiRoomDTOInvoiceInfo": ".api_room_dto_invoice_info",
    "ApiRoomDTOLabels": ".api_room_dto_labels",
    "ApiRoomDTONearInfo": ".api_room_dto_near_info",
    "ApiRoomDTORateName": ".api_room_dto_rate_name",
    "ApiRoomDTORoomCategory": ".api_room_dto_room_category",
    "ApiRoomDTOSellingName": ".api_room_dto_selling_name",
    "ApiRoomDTOWifi": ".api_room_dto_wifi",
    "ApiRoomMaintenanceDTO": ".api_room_maintenance_dto",
    "ApiRoomMaintenanceDTOFrequency": ".api_room_maintenance_dto_frequency",
    "ApiRoomManagementBasicDTO": ".api_room_management_basic_dto",
    "ApiRoomManagementDTO": ".api_room_management_dto",
    "ApiRoomRateDTOV3": ".api_room_rate_dtov3",
    "ApiRoomRateDTOV3ActivitiesInfo": ".api_room_rate_dtov3_activities_info",
    "ApiRoomRateDTOV3BasicName": ".api_room_rate_dtov3_basic_name",
    "ApiRoomRateDTOV3CheckinInfo": ".api_room_rate_dtov3_checkin_info",
    "ApiRoomRateDTOV3Description": ".api_room_rate_dtov3_description",
    "ApiRoomRateDTOV3GuestInfo": ".api_room_rate_dtov3_guest_info",
    "ApiRoomRateDTOV3Headline": ".api_room_rate_dtov3_headline",
    "ApiRoomRateDTOV3InvoiceInfo": ".api_room_rate_dtov3_invoice_info",
    "ApiRoomRateDTOV3NearInfo": ".api_room_rate_dtov3_near_info",
    "ApiRoomRateDTOV3RateName": ".api_room_rate_dtov3_rate_name",
    "ApiRoomRateDTOV3RoomCategory": ".api_room_rate_dtov3_room_category",
    "ApiRoomRateDTOV3Wifi": ".api_room_rate_dtov3_wifi",
    "ApiSubRoom": ".api_sub_room",
    "ApiSubRoomBathroom": ".api_sub_room_bathroom",
    "ApiSubRoomBathroomLocation": ".api_sub_room_bathroom_location",
    "ApiSubRoomBathroomType": ".api_sub_room_bathroom_type",
    "ApiSubRoomBed": ".api_sub_room_bed",
    "ApiSubRoomBedBedType": ".api_sub_room_bed_bed_type",
    "ApiSubRoomConfiguration": ".api_sub_room_configuration",
    "ApiSubRoomType": ".api_sub_room_type",
    "ApiUserRef": ".api_user_ref",
    "ApiUserRefType": ".api_user_ref_type",
    "AttachmentDTO": ".attachment_dto",
    "AttachmentDTORepository": ".attachment_dto_repository",
    "AttachmentDTOType": ".attachment_dto_type",
    "CalendarBulkRequest": ".calendar_bulk_request",
    "CalendarBulkResponse": ".calendar_bulk_response",
    "CalendarBulkValues": ".calendar_bulk_values",
    "CalendarCloseOpenPortalname": ".calendar_close_open_portalname",
    "ChatAttachmentDTO": ".chat_attachment_dto",
    "ChatAttachmentDTORepository": ".chat_attachment_dto_repository",
    "ChatAttachmentDTOType": ".chat_attachment_dto_type",
    "ChatMessageAttributeDTO": ".chat_message_attribute_dto",
    "ChatMessageAttributeDTOType": ".chat_message_attribute_dto_type",
    "ChatMessageDTO": ".chat_message_dto",
    "ChatMessageDTOProcessor": ".chat_message_dto_processor",
    "ChatMessageDTOStatus": ".chat_message_dto_status",
    "ChatMessageReaderDTO": ".chat_message_reader_dto",
    "ChatThreadAttributeDTO": ".chat_thread_attribute_dto",
    "ChatThreadAttributeDTOType": ".chat_thread_attribute_dto_type",
    "ChatThreadDTO": ".chat_thread_dto",
    "ChatThreadDTODefaultProcessor": ".chat_thread_dto_default_processor",
    "ChatThreadExternalDTO": ".chat_thread_external_dto",
    "ContentCodeMapping": ".content_code_mapping",
    "ContentCodeMappingDescription": ".content_code_mapping_description",
    "ContentCodeMappingPortal": ".content_code_mapping_portal",
    "ContentCodeMappingSubType": ".content_code_mapping_sub_type",
    "ContentCodeMappingTitle": ".content_code_mapping_title",
    "ContentCodeMappingType": ".content_code_mapping_type",
    "ContentCodeValidation": ".content_code_validation",
    "ContentMappingSchema": ".content_mapping_schema",
    "CountryCode": ".country_code",
    "CreateSubscriptionBody": ".create_subscription_body",
    "CreateSubscriptionEvent": ".create_subscription_event",
    "DerivedRule": ".derived_rule",
    "DerivedRulePrice": ".derived_rule_price",
    "DerivedRuleReferenceType": ".derived_rule_reference_type",
    "DetokenizeLanguage": ".detokenize_language",
    "DownloadSummaryDocumentLanguage": ".download_summary_document_language",
    "EnumContent": ".enum_content",
    "EnumContentTypeContent": ".enum_content_type_content",
    "ExecuteActionAction": ".execute_action_action",
    "ExternalAccommodationExtraBed": ".external_accommodation_extra_bed",
    "ExternalAccommodationExtraBedApplyGuestBooking": ".external_accommodation_extra_bed_apply_guest_booking",
    "ExternalAccommodationExtraBedCodeType": ".external_accommodation_extra_bed_code_type",
    "ExternalAccomodation": ".external_accomodation",
    "ExternalAccomodationBookingPetsPolicy": ".external_accomodation_booking_pets_policy",
    "ExternalAvailabilityConf": ".external_availability_conf",
    "ExternalAvailabilityConfAirbnbCheckinCategory": ".external_availability_conf_airbnb_checkin_category",
    "ExternalAvailabilityConfWeekDayCheckinItem": ".external_availability_conf_week_day_checkin_item",
    "ExternalAvailabilityConfWeekDayCheckoutItem": ".external_availability_conf_week_day_checkout_item",
    "ExternalBedDescriptor": ".external_bed_descriptor",
    "ExternalBedDescriptorBedType": ".external_bed_descriptor_bed_type",
    "ExternalBedDescriptorTransientExternal": ".external_bed_descriptor_transient_external",
    "ExternalCancellationPolicy": ".external_cancellation_policy",
    "ExternalCancellationPolicyCodeType": ".external_cancellation_policy_code_type",
    "ExternalCancellationPolicyDeadline": ".external_cancellation_policy_deadline",
    "ExternalCancellationPolicyDeadlineUnitsItem": ".external_cancellation_policy_deadline_units_item",
    "ExternalCancellationPolicyDeadlineUnitsItemDuration": ".external_cancellation_policy_deadline_units_item_duration",
    "ExternalContact": ".external_contact",
    "ExternalContactCodeType": ".external_contact_code_type",
    "ExternalContactLanguageOcto": ".external_contact_language_octo",
    "ExternalDescriptions": ".external_descriptions",
    "ExternalDescriptionsDescription": ".external_descriptions_description",
    "ExternalDiscount": ".external_discount",
    "ExternalDiscountModel": ".external_discount_model",
    "ExternalDiscountType": ".external_discount_type",
    "ExternalFee": ".external_fee",
    "ExternalFeeAirbnbFeeType": ".external_fee_airbnb_fee_type",
    "ExternalFeeCategory": ".external_fee_category",
    "ExternalFeeCodeType": ".external_fee_code_type",
    "ExternalFeeConfiguration": ".external_fee_configuration",
    "ExternalFeeInternet": ".external_fee_internet",
    "ExternalFeeParking": ".external_fee_parking",
    "ExternalListing": ".external_listing",
    "ExternalListingAirbnbApprovalStatus": ".external_listing_airbnb_approval_status",
    "ExternalListingAirbnbPropertyGroup": ".external_listing_airbnb_property_group",
    "ExternalListingAirbnbPropertyType": ".external_listing_airbnb_property_type",
    "ExternalListingAirbnbRoomType": ".external_listing_airbnb_room_type",
    "ExternalListingBathroomWithItem": ".external_listing_bathroom_with_item",
    "ExternalListingBedroomType": ".external_listing_bedroom_type",
    "ExternalListingBookingPropertyGroup": ".external_listing_booking_property_group",
    "ExternalListingExternalUrl": ".external_listing_external_url",
    "ExternalListingRoomClass": ".external_listing_room_class",
    "ExternalListingRoomTypeCategory": ".external_listing_room_type_category",
    "ExternalPricing": ".external_pricing",
    "ExternalPricingDistributionModelItem": ".external_pricing_distribution_model_item",
    "ExternalPricingHomeawayPricing": ".external_pricing_homeaway_pricing",
    "ExternalPricingPricingModel": ".external_pricing_pricing_model",
    "ExternalPricingTaxCollectionType": ".external_pricing_tax_collection_type",
    "ExternalPricingTaxCollectionTypeAdditionalProperty": ".external_pricing_tax_collection_type_additional_property",
    "ExternalPropertyProfile": ".external_property_profile",
    "ExternalPropertyProfileHostLocation": ".external_property_profile_host_location",
    "ExternalRateContent": ".external_rate_content",
    "ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat": ".external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format",
    "ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate": ".external_rate_content_only_agoda_supports_it_type_of_channel_where_sell_this_rate",
    "ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType": ".external_rate_content_only_booking_suite_relation_between_the_parent_rate_type",
    "ExternalRateDerived": ".external_rate_derived",
    "ExternalRateRestriction": ".external_rate_restriction",
    "ExternalRateRestrictionMaxAdvancePeriod": ".external_rate_restriction_max_advance_period",
    "ExternalRateRestrictionMaxAdvancePeriodChronology": ".external_rate_restriction_max_advance_period_chronology",
    "ExternalRateRestrictionMaxAdvancePeriodUnitsItem": ".external_rate_restriction_max_advance_period_units_item",
    "ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration": ".external_rate_restriction_max_advance_period_units_item_duration",
    "ExternalRateRestrictionMinAdvancePeriod": ".external_rate_restriction_min_advance_period",
    "ExternalRateRestrictionMinAdvancePeriodChronology": ".external_rate_restriction_min_advance_period_chronology",
    "ExternalRateRestrictionMinAdvancePeriodUnitsItem": ".external_rate_restriction_min_advance_period_units_item",
    "ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration": ".external_rate_restriction_min_advance_period_units_item_duration",
    "ExternalRateRestrictionModel": ".external_rate_restriction_model",
    "ExternalRateRestrictionRateMealTypeItem": ".external_rate_restriction_rate_meal_type_item",
    "ExternalReservationConf": ".external_reservation_conf",
    "ExternalReservationConfBookingPolicy": ".external_reservation_conf_booking_policy",
    "ExternalReservationConfHomeawayBookingPolicy": ".external_reservation_conf_homeaway_booking_policy",
    "ExternalReservationConfInstantBookingCategory": ".external_reservation_conf_instant_booking_category",
    "ExternalRoomDescriptor": ".external_room_descriptor",
    "ExternalRoomDescriptorLocation": ".external_room_descriptor_location",
    "ExternalRoomDescriptorType": ".external_room_descriptor_type",
    "ExternalService": ".external_service",
    "ExternalServiceCodeType": ".external_service_code_type",
    "ExternalServiceConfiguration": ".external_service_configuration",
    "ExternalServiceModel": ".external_service_model",
    "ExternalServiceValueType": ".external_service_value_type",
    "ExternalSubroomConfigurationDescriptor": ".external_subroom_configuration_descriptor",
    "ExternalTask": ".external_task",
    "ExternalTaskType": ".external_task_type",
    "FindReservationsStatus": ".find_reservations_status",
    "FindReservationsType": ".find_reservations_type",
    "GetInvoicesDateType": ".get_invoices_date_type",
    "GetInvoicesDocumentTypesItem": ".get_invoices_document_types_item",
    "GetInvoicesFiscalInvoiceGroup": ".get_invoices_fiscal_invoice_group",
    "GetInvoicesSort": ".get_invoices_sort",
    "GetInvoicesSortOrder": ".get_invoices_sort_order",
    "GetListCategoriesItem": ".get_list_categories_item",
    "GuestDTO": ".guest_dto",
    "GuestDTOCategory": ".guest_dto_category",
    "GuestDTOCommissionPolicy": ".guest_dto_commission_policy",
    "GuestDTODocumentCountry": ".guest_dto_document_country",
    "GuestDTOLanguage": ".guest_dto_language",
    "GuestDTOPaymentCondition": ".guest_dto_payment_condition",
    "GuestDTOSex": ".guest_dto_sex",
    "GuestDTOStatus": ".guest_dto_status",
    "GuestDTOSuggestedPaymentMode": ".guest_dto_suggested_payment_mode",
    "GuestDTOType": ".guest_dto_type",
    "LanguageMap": ".language_map",
    "ListRoomAmenitiesPortal": ".list_room_amenities_portal",
    "MailTemplateDTO": ".mail_template_dto",
    "MailTemplateDTOLanguage": ".mail_template_dto_language",
    "MigrateApiKeyBody": ".migrate_api_key_body",
    "OAuthIdentity": ".o_auth_identity",
    "OAuthResource": ".o_auth_resource",
    "OAuthResourceApiPermissionLevelItem": ".o_auth_resource_api_permission_level_item",
    "OAuthToken2": ".o_auth_token_2",
    "OctorateAgeLimitDetails": ".octorate_age_limit_details",
    "OctorateAgeLimitDetailsAgeLimit": ".octorate_age_limit_details_age_limit",
    "OctorateAmount": ".octorate_amount",
    "OctorateAmountBaseItem": ".octorate_amount_base_item",
    "OctorateAmountMode": ".octorate_amount_mode",
    "OctorateApplicable": ".octorate_applicable",
    "OctorateBrazilTaxDetails": ".octorate_brazil_tax_details",
    "OctorateBrazilTaxDetailsTaxPayerNumberType": ".octorate_brazil_tax_details_tax_payer_number_type",
    "OctorateChargeDetails": ".octorate_charge_details",
    "OctorateChargeDetailsFrequency": ".octorate_charge_details_frequency",
    "OctorateChargeKey": ".octorate_charge_key",
    "OctorateChargeKeyGuestOrigin": ".octorate_charge_key_guest_origin",
    "OctorateChargeKeyTravelPurpose": ".octorate_charge_key_travel_purpose",
    "OctorateChargePeriod": ".octorate_charge_period",
    "OctorateChildAge": ".octorate_child_age",
    "OctorateConfiguration": ".octorate_configuration",
    "OctorateDamagePolicy": ".octorate_damage_policy",
    "OctorateDamagePolicyCollectionMode": ".octorate_damage_policy_collection_mode",
    "OctorateDamagePolicyCollectionWhen": ".octorate_damage_policy_collection_when",
    "OctorateDamagePolicyPolicyType": ".octorate_damage_policy_policy_type",
    "OctorateDamagePolicyReturnMode": ".octorate_damage_policy_return_mode",
    "OctorateDamagePolicyReturnWhen": ".octorate_damage_policy_return_when",
    "OctorateDaytime": ".octorate_daytime",
    "OctorateEpochTimestamp": ".octorate_epoch_timestamp",
    "OctorateFrenchTaxDetails": ".octorate_french_tax_details",
    "OctorateFrenchTaxDetailsCategoryId": ".octorate_french_tax_details_category_id",
    "OctorateFrenchTaxDetailsNatureId": ".octorate_french_tax_details_nature_id",
    "OctorateInternetDetails": ".octorate_internet_details",
    "OctorateInternetDetailsArea": ".octorate_internet_details_area",
    "OctorateInternetDetailsType": ".octorate_internet_details_type",
    "OctorateInvoiceSettings": ".octorate_invoice_settings",
    "OctorateInvoiceSettingsNotificationChannel": ".octorate_invoice_settings_notification_channel",
    "OctorateKidsPoolDetails": ".octorate_kids_pool_details",
    "OctorateMealDetails": ".octorate_meal_details",
    "OctorateMealDetailsBreakfastFoodItemTypesItem": ".octorate_meal_details_breakfast_food_item_types_item",
    "OctorateMealDetailsBreakfastTypesItem": ".octorate_meal_details_breakfast_types_item",
    "OctorateOnSiteDetails": ".octorate_on_site_details",
    "OctorateOnSiteDetailsOnsiteType": ".octorate_on_site_details_onsite_type",
    "OctorateParkingDetails": ".octorate_parking_details",
    "OctorateParkingDetailsHasAccessibleParkingSpots": ".octorate_parking_details_has_accessible_parking_spots",
    "OctorateParkingDetailsHasEvChargingStation": ".octorate_parking_details_has_ev_charging_station",
    "OctorateParkingDetailsHasGatedParking": ".octorate_parking_details_has_gated_parking",
    "OctorateParkingDetailsHasOnsiteStaff": ".octorate_parking_details_has_onsite_staff",
    "OctorateParkingDetailsHasSecurityCameras": ".octorate_parking_details_has_security_cameras",
    "OctorateParkingDetailsHasValetService": ".octorate_parking_details_has_valet_service",
    "OctorateParkingDetailsParkingAccess": ".octorate_parking_details_parking_access",
    "OctorateParkingDetailsParkingLocation": ".octorate_parking_details_parking_location",
    "OctorateParkingDetailsParkingReservation": ".octorate_parking_details_parking_reservation",
    "OctorateParkingDetailsParkingType": ".octorate_parking_details_parking_type",
    "OctoratePaymentDetails": ".octorate_payment_details",
    "OctoratePaymentDetailsChargeMode": ".octorate_payment_details_charge_mode",
    "OctoratePropertyCharge": ".octorate_property_charge",
    "OctoratePropertyCheckinAdditionalInfo": ".octorate_property_checkin_additional_info",
    "OctoratePropertyCheckinExternalReference": ".octorate_property_checkin_external_reference",
    "OctoratePropertyCheckinExternalReferenceType": ".octorate_property_checkin_external_reference_type",
    "OctoratePropertyCheckinInstruction": ".octorate_property_checkin_instruction",
    "OctoratePropertyCheckinInstructionHow": ".octorate_property_checkin_instruction_how",
    "OctoratePropertyCheckinInstructionWhen": ".octorate_property_checkin_instruction_when",
    "OctoratePropertyCheckinLocation": ".octorate_property_checkin_location",
    "OctoratePropertyCheckinMethod": ".octorate_property_checkin_method",
    "OctoratePropertyCheckinMethodCodeType": ".octorate_property_checkin_method_code_type",
    "OctoratePropertyCheckinMethodConfiguration": ".octorate_property_checkin_method_configuration",
    "OctoratePropertyCheckinMethodModel": ".octorate_property_checkin_method_model",
    "OctoratePropertyCheckinMethodStreamVariationName": ".octorate_property_checkin_method_stream_variation_name",
    "OctoratePropertyCheckinMethodValueType": ".octorate_property_checkin_method_value_type",
    "OctoratePropertyCheckinMethods": ".octorate_property_checkin_methods",
    "OctoratePropertyCheckinOtherText": ".octorate_property_checkin_other_text",
    "OctoratePropertyCheckinOtherTextLang": ".octorate_property_checkin_other_text_lang",
    "OctoratePropertyCheckinReferenceDetails": ".octorate_property_checkin_reference_details",
    "OctorateQuietHours": ".octorate_quiet_hours",
    "OctorateRestaurantDetails": ".octorate_restaurant_details",
    "OctorateRestaurantDetailsAmbiancesItem": ".octorate_restaurant_details_ambiances_item",
    "OctorateRestaurantDetailsCuisinesItem": ".octorate_restaurant_details_cuisines_item",
    "OctorateRestaurantDetailsMealTypesItem": ".octorate_restaurant_details_meal_types_item",
    "OctorateRestaurantDetailsOpenForMealsItem": ".octorate_restaurant_details_open_for_meals_item",
    "OctorateScheduleDetails": ".octorate_schedule_details",
    "OctorateSurchargeDetails": ".octorate_surcharge_details",
    "OctorateSurchargeDetailsSurchargeType": ".octorate_surcharge_details_surcharge_type",
    "OctorateSwimmingPoolDetails": ".octorate_swimming_pool_details",
    "OctorateSwimmingPoolDetailsAllowedAgeType": ".octorate_swimming_pool_details_allowed_age_type",
    "OctorateSwimmingPoolDetailsAvailabilityType": ".octorate_swimming_pool_details_availability_type",
    "OctorateSwimmingPoolDetailsSwimmingPoolType": ".octorate_swimming_pool_details_swimming_pool_type",
    "OctorateSwimmingPoolDimensions": ".octorate_swimming_pool_dimensions",
    "OctorateSwimmingPoolDimensionsUnit": ".octorate_swimming_pool_dimensions_unit",
    "OctorateTemporarilyClosedDetails": ".octorate_temporarily_closed_details",
    "OctorateTemporarilyClosedEntry": ".octorate_temporarily_closed_entry",
    "OctorateWeekTimeEntry": ".octorate_week_time_entry",
    "OctorateWeekTimeEntryDayOfWeek": ".octorate_week_time_entry_day_of_week",
    "OctorateWifiInfo": ".octorate_wifi_info",
    "PermissionsDTO": ".permissions_dto",
    "PermissionsDTOAdmin": ".permissions_dto_admin",
    "PermissionsDTOAdminApi": ".permissions_dto_admin_api",
    "PermissionsDTOAdminCodPromo": ".permissions_dto_admin_cod_promo",
    "PermissionsDTOAdminDylog": ".permissions_dto_admin_dylog",
    "PermissionsDTOAdminSettings": ".permissions_dto_admin_settings",
    "PermissionsDTOAdminStats": ".permissions_dto_admin_stats",
    "PermissionsDTOAdminText": ".permissions_dto_admin_text",
    "PermissionsDTOAdminUsers": ".permissions_dto_admin_users",
    "PermissionsDTOAssignCodPromo": ".permissions_dto_assign_cod_promo",
    "PermissionsDTOAvailability": ".permissions_dto_availability",
    "PermissionsDTOBilling": ".permissions_dto_billing",
    "PermissionsDTOCashClosing": ".permissions_dto_cash_closing",
    "PermissionsDTOChannelManager": ".permissions_dto_channel_manager",
    "PermissionsDTOChat": ".permissions_dto_chat",
    "PermissionsDTOCheckIn": ".permissions_dto_check_in",
    "PermissionsDTOContactInfo": ".permissions_dto_contact_info",
    "PermissionsDTOHouseKeeping": ".permissions_dto_house_keeping",
    "PermissionsDTOInvoices": ".permissions_dto_invoices",
    "PermissionsDTOLicense": ".permissions_dto_license",
    "PermissionsDTOOctosite": ".permissions_dto_octosite",
    "PermissionsDTOPrices": ".permissions_dto_prices",
    "PermissionsDTOReservations": ".permissions_dto_reservations",
    "PermissionsDTORooms": ".permissions_dto_rooms",
    "PermissionsDTOSensitiveData": ".permissions_dto_sensitive_data",
    "PermissionsDTOSettings": ".permissions_dto_settings",
    "PermissionsDTOSource": ".permissions_dto_source",
    "PermissionsDTOStats": ".permissions_dto_stats",
    "PermissionsDTOSubscription": ".permissions_dto_subscription",
    "PermissionsDTOSupport": ".permissions_dto_support",
    "PermissionsDTOUsers": ".permissions_dto_users",
    "PersonDTO": ".person_dto",
    "PersonDTOAdminDepartment": ".person_dto_admin_department",
    "PersonDTODashboardWidgetTypesItem": ".person_dto_dashboard_widget_types_item",
    "PersonDTOPreferredLanguage": ".person_dto_preferred_language",
    "PersonDTOUserType": ".person_dto_user_type",
    "Place": ".place",
    "PlaceInterface": ".place_interface",
    "PlacePlaceName": ".place_place_name",
    "PlacePlaceType": ".place_place_type",
    "PoliceAccountDTO": ".police_account_dto",
    "PoliceDocumentTypeCountry": ".police_document_type_country",
    "PoliceDocumentTypeCountryDocumentType": ".police_document_type_country_document_type",
    "PortalCustomItemString": ".portal_custom_item_string",
    "PortalCustomItemStringPortalValues": ".portal_custom_item_string_portal_values",
    "PortalCustomItemStringValues": ".portal_custom_item_string_values",
    "PortalCustomItemValueType": ".portal_custom_item_value_type",
    "PortalCustomItemValueTypeFallback": ".portal_custom_item_value_type_fallback",
    "PortalCustomItemValueTypePortalValues": ".portal_custom_item_value_type_portal_values",
    "PortalCustomItemValueTypePortalValuesAdditionalProperty": ".portal_custom_item_value_type_portal_values_additional_property",
    "PortalCustomItemValueTypeValues": ".portal_custom_item_value_type_values",
    "PortalCustomItemValueTypeValuesAdditionalProperty": ".portal_custom_item_value_type_values_additional_property",
    "PortalLanguageMap": ".portal_language_map",
    "PortalLanguageMapPortalValues": ".portal_language_map_portal_values",
    "PortalLanguageMapValues": ".portal_language_map_values",
    "PortalMapStringString": ".portal_map_string_string",
    "PortalMapStringValueType": ".portal_map_string_value_type",
    "PortalMapStringValueTypeAdditionalProperty": ".portal_map_string_value_type_additional_property",
    "PortalNames": ".portal_names",
    "PushPhotosBody": ".push_photos_body",
    "PushRoomPortalPortalname": ".push_room_portal_portalname",
    "RatePlanExtraDTO": ".rate_plan_extra_dto",
    "RefreshBody": ".refresh_body",
    "ReservationExternal": ".reservation_external",
    "ReservationSplitStream": ".reservation_split_stream",
    "ReservationStream": ".reservation_stream",
    "ReservationStreamCard": ".reservation_stream_card",
    "ReservationStreamCompanyCollect": ".reservation_stream_company_collect",
    "ReservationStreamCurrencyType1": ".reservation_stream_currency_type_1",
    "ReservationStreamDay": ".reservation_stream_day",
    "ReservationStreamExtra": ".reservation_stream_extra",
    "ReservationStreamGuest": ".reservation_stream_guest",
    "ReservationStreamGuestCityTaxExemption": ".reservation_stream_guest_city_tax_exemption",
    "ReservationStreamJson": ".reservation_stream_json",
    "ReservationStreamJsonAdditionalProperty": ".reservation_stream_json_additional_property",
    "ReservationStreamLang": ".reservation_stream_lang",
    "ReservationStreamPaymentMode": ".reservation_stream_payment_mode",
    "ReservationStreamPoliceGuest": ".reservation_stream_police_guest",
    "ReservationStreamPoliceGuestAccommodatedType": ".reservation_stream_police_guest_accommodated_type",
    "ReservationStreamPoliceGuestAgeRange": ".reservation_stream_police_guest_age_range",
    "ReservationStreamPoliceGuestCityTaxExemption": ".reservation_stream_police_guest_city_tax_exemption",
    "ReservationStreamPurpose": ".reservation_stream_purpose",
    "ReservationStreamStatus": ".reservation_stream_status",
    "RetrieveMetaPortalCategoryItem": ".retrieve_meta_portal_category_item",
    "SearchContentItemCategory": ".search_content_item_category",
    "SearchRoomDiscount": ".search_room_discount",
    "SearchRoomResult": ".search_room_result",
    "SpecialOfferDTO": ".special_offer_dto",
    "SpecialOfferDTOOfferType": ".special_offer_dto_offer_type",
    "TaxExemptionImpl": ".tax_exemption_impl",
    "TaxImpl": ".tax_impl",
    "TaxImplTaxAmountType": ".tax_impl_tax_amount_type",
    "TaxImplTaxType": ".tax_impl_tax_type",
    "TaxImplTaxableBaseItem": ".tax_impl_taxable_base_item",
    "TokenBody": ".token_body",
    "TranslateMessageLanguage": ".translate_message_language",
    "TranslateMissingDescriptionsLanguage": ".translate_missing_descriptions_language",
    "TranslateMissingDescriptionsV3Language": ".translate_missing_descriptions_v3_language",
    "UpdateCheckinStatusStatus": ".update_checkin_status_status",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookSubscriptionType": ".webhook_subscription_type",
}

__all__ = (
    "AddTextToFieldBody",
    "AddTextToFieldBodyAdditionalProperty",
    "ApiAccommodationDTO",
    "ApiAccommodationDTOCompanyType",
    "ApiAccommodationDTOLanguage",
    "ApiAccommodationDTOPropertyCategory",
    "ApiAccommodationDTORating",
    "ApiAccommodationDTOTimeZoneType1",
    "ApiAccommodationHeadDTO",
    "ApiAccommodationLight",
    "ApiAccommodationLightTimeZoneType1",
    "ApiAccommodationResponse",
    "ApiAmenity",
    "ApiAmenityValues",
    "ApiBulkReservation",
    "ApiCalendarDay",
    "ApiCalendarRoom",
    "ApiCalendarRoomList",
    "ApiCalendarRoomListAdditionalInfo",
    "ApiClpmsDTO",
    "ApiClpmsDTOArrivalTime",
    "ApiClpmsDTOFeaturesItem",
    "ApiClpmsDTOPaymentProcessor",
    "ApiConfigurationRequest",
    "ApiConfigurationRequestCategory",
    "ApiConfigurationReseller",
    "ApiConfigurationResponse",
    "ApiConfigurationResponseCategory",
    "ApiConnectionDTO",
    "ApiConnectionDTOCalendarValuesItem",
    "ApiConnectionDTOStatus",
    "ApiContact",
    "ApiError",
    "ApiExternalRoomDTO",
    "ApiExternalRoomDTOList",
    "ApiExternalRoomDTOListAdditionalInfo",
    "ApiExtraBedRequest",
    "ApiExtraDetailDTO",
    "ApiExtraProduct",
    "ApiExtraProductDescriptionType0",
    "ApiExtraProductList",
    "ApiExtraProductListAdditionalInfo",
    "ApiExtraProductModel",
    "ApiExtraProductTitleType0",
    "ApiExtraProductUnit",
    "ApiExtraProductValidDaysItem",
    "ApiExtraProductVatExemption",
    "ApiExtras",
    "ApiFeeRequest",
    "ApiFeeRequestCategory",
    "ApiInvoiceOptionsDTO",
    "ApiInvoicePayoffDTO",
    "ApiInvoicePayoffDTOPaymentMode",
    "ApiItemResponse",
    "ApiItemResponseData",
    "ApiItemResponseList",
    "ApiItemResponseListAdditionalInfo",
    "ApiJsonPatchDTO",
    "ApiJsonPatchDTOOp",
    "ApiJsonPatchDTOType",
    "ApiLayoutDTO",
    "ApiLayoutDTOVatLabel",
    "ApiLicenseForm",
    "ApiLicenseFormBillingNetworkMode",
    "ApiLicenseFormChannelManager",
    "ApiLink",
    "ApiListingLightType0",
    "ApiListingPlaceDTO",
    "ApiListResponse",
    "ApiListResponseAdditionalInfo",
    "ApiListResponseAdditionalInfoAdditionalProperty",
    "ApiListResponseDataItem",
    "ApiLogDTO",
    "ApiLogDTOReferenceType",
    "ApiLogDTOResult",
    "ApiLogDTOType",
    "ApiMapping",
    "ApiMappingList",
    "ApiMappingListAdditionalInfo",
    "ApiNetworkInfo",
    "ApiObjectLight",
    "ApiPage",
    "ApiPaymentStepDTO",
    "ApiPaymentStepDTOCalculateValuesItem",
    "ApiPaymentStepDTOCancellationDetail",
    "ApiPaymentStepDTOCancellationTitle",
    "ApiPaymentStepDTOFilterPayModeItem",
    "ApiPaymentStepDTOList",
    "ApiPaymentStepDTOListAdditionalInfo",
    "ApiPaymentStepDTOStepType",
    "ApiPermission",
    "ApiPermissionAccommodation",
    "ApiPermissionCardDetail",
    "ApiPermissionContent",
    "ApiPermissionLicense",
    "ApiPermissionReservation",
    "ApiPmsRoom",
    "ApiPmsRoomCleaningDaysItem",
    "ApiPmsRoomList",
    "ApiPmsRoomListAdditionalInfo",
    "ApiPmsRoomTimeZoneType1",
    "ApiPortalDTOResp",
    "ApiPortalDTORespCalendarValuesItem",
    "ApiPortalDTORespPortalCategory",
    "ApiPortalRequestDTO",
    "ApiPortalRequestDTOCalendarValuesItem",
    "ApiRateDTO",
    "ApiRateDTODescription",
    "ApiRateDTOLabel",
    "ApiRateDTOPriceModel",
    "ApiRateDTOTitle",
    "ApiRateDTOTreatment",
    "ApiRatePlanDate",
    "ApiReservationCard",
    "ApiReservationCardCardStatus",
    "ApiReservationCardPaymentProcessor",
    "ApiReservationCardScheme",
    "ApiReservationCardType",
    "ApiReservationComponent",
    "ApiReservationComponentType",
    "ApiReservationGuestDTO",
    "ApiReservationGuestDTOAccommodatedType",
    "ApiReservationGuestDTOAgeRange",
    "ApiReservationGuestDTOCityTaxExemption",
    "ApiReservationGuestDTODegree",
    "ApiReservationGuestDTOFamilyRelationshipType",
    "ApiReservationGuestDTOLanguage",
    "ApiReservationGuestDTOSex",
    "ApiReservationGuestDTOSource",
    "ApiReservationGuestDTOTourismType",
    "ApiReservationGuestDTOTravelRefer",
    "ApiReservationGuestDTOTravelWay",
    "ApiReservationGuestDTOType",
    "ApiReservationGuestDTOV2",
    "ApiReservationGuestDTOV2AccommodatedType",
    "ApiReservationGuestDTOV2AgeRange",
    "ApiReservationGuestDTOV2CityTaxExemption",
    "ApiReservationGuestDTOV2Degree",
    "ApiReservationGuestDTOV2FamilyRelationshipType",
    "ApiReservationGuestDTOV2Language",
    "ApiReservationGuestDTOV2Sex",
    "ApiReservationGuestDTOV2Source",
    "ApiReservationGuestDTOV2TourismType",
    "ApiReservationGuestDTOV2TravelRefer",
    "ApiReservationGuestDTOV2TravelWay",
    "ApiReservationGuestDTOV2Type",
    "ApiReservationMetadataDTO",
    "ApiReservationMetadataDTOMetaDataType",
    "ApiReservationPaymentDTO",
    "ApiReservationPaymentDTOPaymentMode",
    "ApiReservationPaymentDTOSource",
    "ApiReservationPaymentDTOStatus",
    "ApiReservationPaymentDTOType",
    "ApiReservationReqDTO",
    "ApiReservationReqDTOCityTaxExemption",
    "ApiReservationReqDTOCompanyCollect",
    "ApiReservationReqDTOCurrencyType1",
    "ApiReservationReqDTOJson",
    "ApiReservationReqDTOJsonAdditionalProperty",
    "ApiReservationReqDTOPaymentMode",
    "ApiReservationReqDTOPurpose",
    "ApiReservationReqDTOStatus",
    "ApiReservationRespDTO",
    "ApiReservationRespDTOCancelledBy",
    "ApiReservationRespDTOCityTaxExemption",
    "ApiReservationRespDTOCompanyCollect",
    "ApiReservationRespDTOCurrencyType1",
    "ApiReservationRespDTOJson",
    "ApiReservationRespDTOJsonAdditionalProperty",
    "ApiReservationRespDTOList",
    "ApiReservationRespDTOListAdditionalInfo",
    "ApiReservationRespDTOPaymentMode",
    "ApiReservationRespDTOPaymentStatus",
    "ApiReservationRespDTOPaymentType",
    "ApiReservationRespDTOPurpose",
    "ApiReservationRespDTOStatus",
    "ApiReservationRoomCodeDTO",
    "ApiReservationRoomCodeDTOSource",
    "ApiReservationSplit",
    "ApiReviewCategoryDTO",
    "ApiReviewCategoryDTOCategory",
    "ApiReviewCategoryTagDTO",
    "ApiReviewCategoryTagDTOReviewCategoryTagType",
    "ApiReviewDTO",
    "ApiReviewDTOReviewerRole",
    "ApiReviewDTOStatus",
    "ApiRoomAmenityDTO",
    "ApiRoomDTO",
    "ApiRoomDTOActivitiesInfo",
    "ApiRoomDTOBasicName",
    "ApiRoomDTOCheckinInfo",
    "ApiRoomDTODescription",
    "ApiRoomDTODescriptionLangMap",
    "ApiRoomDTOGuestInfo",
    "ApiRoomDTOHeadline",
    "ApiRoomDTOHeadlineLangMap",
    "ApiRoomDTOInvoiceInfo",
    "ApiRoomDTOLabels",
    "ApiRoomDTONearInfo",
    "ApiRoomDTORateName",
    "ApiRoomDTORoomCategory",
    "ApiRoomDTOSellingName",
    "ApiRoomDTOWifi",
    "ApiRoomMaintenanceDTO",
    "ApiRoomMaintenanceDTOFrequency",
    "ApiRoomManagementBasicDTO",
    "ApiRoomManagementDTO",
    "ApiRoomRateDTOV3",
    "ApiRoomRateDTOV3ActivitiesInfo",
    "ApiRoomRateDTOV3BasicName",
    "ApiRoomRateDTOV3CheckinInfo",
    "ApiRoomRateDTOV3Description",
    "ApiRoomRateDTOV3GuestInfo",
    "ApiRoomRateDTOV3Headline",
    "ApiRoomRateDTOV3InvoiceInfo",
    "ApiRoomRateDTOV3NearInfo",
    "ApiRoomRateDTOV3RateName",
    "ApiRoomRateDTOV3RoomCategory",
    "ApiRoomRateDTOV3Wifi",
    "ApiSubRoom",
    "ApiSubRoomBathroom",
    "ApiSubRoomBathroomLocation",
    "ApiSubRoomBathroomType",
    "ApiSubRoomBed",
    "ApiSubRoomBedBedType",
    "ApiSubRoomConfiguration",
    "ApiSubRoomType",
    "ApiUserRef",
    "ApiUserRefType",
    "AttachmentDTO",
    "AttachmentDTORepository",
    "AttachmentDTOType",
    "CalendarBulkRequest",
    "CalendarBulkResponse",
    "CalendarBulkValues",
    "CalendarCloseOpenPortalname",
    "ChatAttachmentDTO",
    "ChatAttachmentDTORepository",
    "ChatAttachmentDTOType",
    "ChatMessageAttributeDTO",
    "ChatMessageAttributeDTOType",
    "ChatMessageDTO",
    "ChatMessageDTOProcessor",
    "ChatMessageDTOStatus",
    "ChatMessageReaderDTO",
    "ChatThreadAttributeDTO",
    "ChatThreadAttributeDTOType",
    "ChatThreadDTO",
    "ChatThreadDTODefaultProcessor",
    "ChatThreadExternalDTO",
    "ContentCodeMapping",
    "ContentCodeMappingDescription",
    "ContentCodeMappingPortal",
    "ContentCodeMappingSubType",
    "ContentCodeMappingTitle",
    "ContentCodeMappingType",
    "ContentCodeValidation",
    "ContentMappingSchema",
    "CountryCode",
    "CreateSubscriptionBody",
    "CreateSubscriptionEvent",
    "DerivedRule",
    "DerivedRulePrice",
    "DerivedRuleReferenceType",
    "DetokenizeLanguage",
    "DownloadSummaryDocumentLanguage",
    "EnumContent",
    "EnumContentTypeContent",
    "ExecuteActionAction",
    "ExternalAccommodationExtraBed",
    "ExternalAccommodationExtraBedApplyGuestBooking",
    "ExternalAccommodationExtraBedCodeType",
    "ExternalAccomodation",
    "ExternalAccomodationBookingPetsPolicy",
    "ExternalAvailabilityConf",
    "ExternalAvailabilityConfAirbnbCheckinCategory",
    "ExternalAvailabilityConfWeekDayCheckinItem",
    "ExternalAvailabilityConfWeekDayCheckoutItem",
    "ExternalBedDescriptor",
    "ExternalBedDescriptorBedType",
    "ExternalBedDescriptorTransientExternal",
    "ExternalCancellationPolicy",
    "ExternalCancellationPolicyCodeType",
    "ExternalCancellationPolicyDeadline",
    "ExternalCancellationPolicyDeadlineUnitsItem",
    "ExternalCancellationPolicyDeadlineUnitsItemDuration",
    "ExternalContact",
    "ExternalContactCodeType",
    "ExternalContactLanguageOcto",
    "ExternalDescriptions",
    "ExternalDescriptionsDescription",
    "ExternalDiscount",
    "ExternalDiscountModel",
    "ExternalDiscountType",
    "ExternalFee",
    "ExternalFeeAirbnbFeeType",
    "ExternalFeeCategory",
    "ExternalFeeCodeType",
    "ExternalFeeConfiguration",
    "ExternalFeeInternet",
    "ExternalFeeParking",
    "ExternalListing",
    "ExternalListingAirbnbApprovalStatus",
    "ExternalListingAirbnbPropertyGroup",
    "ExternalListingAirbnbPropertyType",
    "ExternalListingAirbnbRoomType",
    "ExternalListingBathroomWithItem",
    "ExternalListingBedroomType",
    "ExternalListingBookingPropertyGroup",
    "ExternalListingExternalUrl",
    "ExternalListingRoomClass",
    "ExternalListingRoomTypeCategory",
    "ExternalPricing",
    "ExternalPricingDistributionModelItem",
    "ExternalPricingHomeawayPricing",
    "ExternalPricingPricingModel",
    "ExternalPricingTaxCollectionType",
    "ExternalPricingTaxCollectionTypeAdditionalProperty",
    "ExternalPropertyProfile",
    "ExternalPropertyProfileHostLocation",
    "ExternalRateContent",
    "ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat",
    "ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate",
    "ExternalRateContentOnlyBookingSuiteRelationBetweenTheParentRateType",
    "ExternalRateDerived",
    "ExternalRateRestriction",
    "ExternalRateRestrictionMaxAdvancePeriod",
    "ExternalRateRestrictionMaxAdvancePeriodChronology",
    "ExternalRateRestrictionMaxAdvancePeriodUnitsItem",
    "ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration",
    "ExternalRateRestrictionMinAdvancePeriod",
    "ExternalRateRestrictionMinAdvancePeriodChronology",
    "ExternalRateRestrictionMinAdvancePeriodUnitsItem",
    "ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration",
    "ExternalRateRestrictionModel",
    "ExternalRateRestrictionRateMealTypeItem",
    "ExternalReservationConf",
    "ExternalReservationConfBookingPolicy",
    "ExternalReservationConfHomeawayBookingPolicy",
    "ExternalReservationConfInstantBookingCategory",
    "ExternalRoomDescriptor",
    "ExternalRoomDescriptorLocation",
    "ExternalRoomDescriptorType",
    "ExternalService",
    "ExternalServiceCodeType",
    "ExternalServiceConfiguration",
    "ExternalServiceModel",
    "ExternalServiceValueType",
    "ExternalSubroomConfigurationDescriptor",
    "ExternalTask",
    "ExternalTaskType",
    "FindReservationsStatus",
    "FindReservationsType",
    "GetInvoicesDateType",
    "GetInvoicesDocumentTypesItem",
    "GetInvoicesFiscalInvoiceGroup",
    "GetInvoicesSort",
    "GetInvoicesSortOrder",
    "GetListCategoriesItem",
    "GuestDTO",
    "GuestDTOCategory",
    "GuestDTOCommissionPolicy",
    "GuestDTODocumentCountry",
    "GuestDTOLanguage",
    "GuestDTOPaymentCondition",
    "GuestDTOSex",
    "GuestDTOStatus",
    "GuestDTOSuggestedPaymentMode",
    "GuestDTOType",
    "LanguageMap",
    "ListRoomAmenitiesPortal",
    "MailTemplateDTO",
    "MailTemplateDTOLanguage",
    "MigrateApiKeyBody",
    "OAuthIdentity",
    "OAuthResource",
    "OAuthResourceApiPermissionLevelItem",
    "OAuthToken2",
    "OctorateAgeLimitDetails",
    "OctorateAgeLimitDetailsAgeLimit",
    "OctorateAmount",
    "OctorateAmountBaseItem",
    "OctorateAmountMode",
    "OctorateApplicable",
    "OctorateBrazilTaxDetails",
    "OctorateBrazilTaxDetailsTaxPayerNumberType",
    "OctorateChargeDetails",
    "OctorateChargeDetailsFrequency",
    "OctorateChargeKey",
    "OctorateChargeKeyGuestOrigin",
    "OctorateChargeKeyTravelPurpose",
    "OctorateChargePeriod",
    "OctorateChildAge",
    "OctorateConfiguration",
    "OctorateDamagePolicy",
    "OctorateDamagePolicyCollectionMode",
    "OctorateDamagePolicyCollectionWhen",
    "OctorateDamagePolicyPolicyType",
    "OctorateDamagePolicyReturnMode",
    "OctorateDamagePolicyReturnWhen",
    "OctorateDaytime",
    "OctorateEpochTimestamp",
    "OctorateFrenchTaxDetails",
    "OctorateFrenchTaxDetailsCategoryId",
    "OctorateFrenchTaxDetailsNatureId",
    "OctorateInternetDetails",
    "OctorateInternetDetailsArea",
    "OctorateInternetDetailsType",
    "OctorateInvoiceSettings",
    "OctorateInvoiceSettingsNotificationChannel",
    "OctorateKidsPoolDetails",
    "OctorateMealDetails",
    "OctorateMealDetailsBreakfastFoodItemTypesItem",
    "OctorateMealDetailsBreakfastTypesItem",
    "OctorateOnSiteDetails",
    "OctorateOnSiteDetailsOnsiteType",
    "OctorateParkingDetails",
    "OctorateParkingDetailsHasAccessibleParkingSpots",
    "OctorateParkingDetailsHasEvChargingStation",
    "OctorateParkingDetailsHasGatedParking",
    "OctorateParkingDetailsHasOnsiteStaff",
    "OctorateParkingDetailsHasSecurityCameras",
    "OctorateParkingDetailsHasValetService",
    "OctorateParkingDetailsParkingAccess",
    "OctorateParkingDetailsParkingLocation",
    "OctorateParkingDetailsParkingReservation",
    "OctorateParkingDetailsParkingType",
    "OctoratePaymentDetails",
    "OctoratePaymentDetailsChargeMode",
    "OctoratePropertyCharge",
    "OctoratePropertyCheckinAdditionalInfo",
    "OctoratePropertyCheckinExternalReference",
    "OctoratePropertyCheckinExternalReferenceType",
    "OctoratePropertyCheckinInstruction",
    "OctoratePropertyCheckinInstructionHow",
    "OctoratePropertyCheckinInstructionWhen",
    "OctoratePropertyCheckinLocation",
    "OctoratePropertyCheckinMethod",
    "OctoratePropertyCheckinMethodCodeType",
    "OctoratePropertyCheckinMethodConfiguration",
    "OctoratePropertyCheckinMethodModel",
    "OctoratePropertyCheckinMethods",
    "OctoratePropertyCheckinMethodStreamVariationName",
    "OctoratePropertyCheckinMethodValueType",
    "OctoratePropertyCheckinOtherText",
    "OctoratePropertyCheckinOtherTextLang",
    "OctoratePropertyCheckinReferenceDetails",
    "OctorateQuietHours",
    "OctorateRestaurantDetails",
    "OctorateRestaurantDetailsAmbiancesItem",
    "OctorateRestaurantDetailsCuisinesItem",
    "OctorateRestaurantDetailsMealTypesItem",
    "OctorateRestaurantDetailsOpenForMealsItem",
    "OctorateScheduleDetails",
    "OctorateSurchargeDetails",
    "OctorateSurchargeDetailsSurchargeType",
    "OctorateSwimmingPoolDetails",
    "OctorateSwimmingPoolDetailsAllowedAgeType",
    "OctorateSwimmingPoolDetailsAvailabilityType",
    "OctorateSwimmingPoolDetailsSwimmingPoolType",
    "OctorateSwimmingPoolDimensions",
    "OctorateSwimmingPoolDimensionsUnit",
    "OctorateTemporarilyClosedDetails",
    "OctorateTemporarilyClosedEntry",
    "OctorateWeekTimeEntry",
    "OctorateWeekTimeEntryDayOfWeek",
    "OctorateWifiInfo",
    "PermissionsDTO",
    "PermissionsDTOAdmin",
    "PermissionsDTOAdminApi",
    "PermissionsDTOAdminCodPromo",
    "PermissionsDTOAdminDylog",
    "PermissionsDTOAdminSettings",
    "PermissionsDTOAdminStats",
    "PermissionsDTOAdminText",
    "PermissionsDTOAdminUsers",
    "PermissionsDTOAssignCodPromo",
    "PermissionsDTOAvailability",
    "PermissionsDTOBilling",
    "PermissionsDTOCashClosing",
    "PermissionsDTOChannelManager",
    "PermissionsDTOChat",
    "PermissionsDTOCheckIn",
    "PermissionsDTOContactInfo",
    "PermissionsDTOHouseKeeping",
    "PermissionsDTOInvoices",
    "PermissionsDTOLicense",
    "PermissionsDTOOctosite",
    "PermissionsDTOPrices",
    "PermissionsDTOReservations",
    "PermissionsDTORooms",
    "PermissionsDTOSensitiveData",
    "PermissionsDTOSettings",
    "PermissionsDTOSource",
    "PermissionsDTOStats",
    "PermissionsDTOSubscription",
    "PermissionsDTOSupport",
    "PermissionsDTOUsers",
    "PersonDTO",
    "PersonDTOAdminDepartment",
    "PersonDTODashboardWidgetTypesItem",
    "PersonDTOPreferredLanguage",
    "PersonDTOUserType",
    "Place",
    "PlaceInterface",
    "PlacePlaceName",
    "PlacePlaceType",
    "PoliceAccountDTO",
    "PoliceDocumentTypeCountry",
    "PoliceDocumentTypeCountryDocumentType",
    "PortalCustomItemString",
    "PortalCustomItemStringPortalValues",
    "PortalCustomItemStringValues",
    "PortalCustomItemValueType",
    "PortalCustomItemValueTypeFallback",
    "PortalCustomItemValueTypePortalValues",
    "PortalCustomItemValueTypePortalValuesAdditionalProperty",
    "PortalCustomItemValueTypeValues",
    "PortalCustomItemValueTypeValuesAdditionalProperty",
    "PortalLanguageMap",
    "PortalLanguageMapPortalValues",
    "PortalLanguageMapValues",
    "PortalMapStringString",
    "PortalMapStringValueType",
    "PortalMapStringValueTypeAdditionalProperty",
    "PortalNames",
    "PushPhotosBody",
    "PushRoomPortalPortalname",
    "RatePlanExtraDTO",
    "RefreshBody",
    "ReservationExternal",
    "ReservationSplitStream",
    "ReservationStream",
    "ReservationStreamCard",
    "ReservationStreamCompanyCollect",
    "ReservationStreamCurrencyType1",
    "ReservationStreamDay",
    "ReservationStreamExtra",
    "ReservationStreamGuest",
    "ReservationStreamGuestCityTaxExemption",
    "ReservationStreamJson",
    "ReservationStreamJsonAdditionalProperty",
    "ReservationStreamLang",
    "ReservationStreamPaymentMode",
    "ReservationStreamPoliceGuest",
    "ReservationStreamPoliceGuestAccommodatedType",
    "ReservationStreamPoliceGuestAgeRange",
    "ReservationStreamPoliceGuestCityTaxExemption",
    "ReservationStreamPurpose",
    "ReservationStreamStatus",
    "RetrieveMetaPortalCategoryItem",
    "SearchContentItemCategory",
    "SearchRoomDiscount",
    "SearchRoomResult",
    "SpecialOfferDTO",
    "SpecialOfferDTOOfferType",
    "TaxExemptionImpl",
    "TaxImpl",
    "TaxImplTaxableBaseItem",
    "TaxImplTaxAmountType",
    "TaxImplTaxType",
    "TokenBody",
    "TranslateMessageLanguage",
    "TranslateMissingDescriptionsLanguage",
    "TranslateMissingDescriptionsV3Language",
    "UpdateCheckinStatusStatus",
    "WebhookSubscription",
    "WebhookSubscriptionType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
