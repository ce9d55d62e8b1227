from typing import Literal, cast

CompleteTicketAttachmentUploadResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

COMPLETE_TICKET_ATTACHMENT_UPLOAD_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    CompleteTicketAttachmentUploadResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_complete_ticket_attachment_upload_response_403_error_code(
    value: str,
) -> CompleteTicketAttachmentUploadResponse403ErrorCode:
    """Read a CompleteTicketAttachmentUploadResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``COMPLETE_TICKET_ATTACHMENT_UPLOAD_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(CompleteTicketAttachmentUploadResponse403ErrorCode, value)
