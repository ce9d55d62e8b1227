from typing import Literal, cast

StartTicketAttachmentUploadResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

START_TICKET_ATTACHMENT_UPLOAD_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    StartTicketAttachmentUploadResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_start_ticket_attachment_upload_response_403_error_code(
    value: str,
) -> StartTicketAttachmentUploadResponse403ErrorCode:
    """Read a StartTicketAttachmentUploadResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``START_TICKET_ATTACHMENT_UPLOAD_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(StartTicketAttachmentUploadResponse403ErrorCode, value)
