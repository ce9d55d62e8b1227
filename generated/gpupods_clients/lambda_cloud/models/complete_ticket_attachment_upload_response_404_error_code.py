from typing import Literal, cast

CompleteTicketAttachmentUploadResponse404ErrorCode = Literal[
    "global/not-found", "global/object-does-not-exist"
]

COMPLETE_TICKET_ATTACHMENT_UPLOAD_RESPONSE_404_ERROR_CODE_VALUES: frozenset[
    CompleteTicketAttachmentUploadResponse404ErrorCode
] = frozenset(
    {
        "global/not-found",
        "global/object-does-not-exist",
    }
)


def check_complete_ticket_attachment_upload_response_404_error_code(
    value: str,
) -> CompleteTicketAttachmentUploadResponse404ErrorCode:
    """Read a CompleteTicketAttachmentUploadResponse404ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``COMPLETE_TICKET_ATTACHMENT_UPLOAD_RESPONSE_404_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(CompleteTicketAttachmentUploadResponse404ErrorCode, value)
