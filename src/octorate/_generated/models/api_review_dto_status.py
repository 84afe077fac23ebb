from enum import StrEnum


class ApiReviewDTOStatus(StrEnum):
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    REVIEW_CREATED = "REVIEW_CREATED"
    REVIEW_DISCARDED = "REVIEW_DISCARDED"
    REVIEW_EXPIRED = "REVIEW_EXPIRED"
    REVIEW_PUBLISHED = "REVIEW_PUBLISHED"
    REVIEW_RESPONSE_SUBMITTED = "REVIEW_RESPONSE_SUBMITTED"
    REVIEW_SUBMITTED = "REVIEW_SUBMITTED"
    UNKWNOWN = "UNKWNOWN"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiReviewDTOStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
