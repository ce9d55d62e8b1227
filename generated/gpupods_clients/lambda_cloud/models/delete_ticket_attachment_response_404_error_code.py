from typing import Literal, cast

DeleteTicketAttachmentResponse404ErrorCode = Literal[
    "global/not-found", "global/object-does-not-exist"
]

DELETE_TICKET_ATTACHMENT_RESPONSE_404_ERROR_CODE_VALUES: frozenset[
    DeleteTicketAttachmentResponse404ErrorCode
] = frozenset(
    {
        "global/not-found",
        "global/object-does-not-exist",
    }
)


def check_delete_ticket_attachment_response_404_error_code(
    value: str,
) -> DeleteTicketAttachmentResponse404ErrorCode:
    """Read a DeleteTicketAttachmentResponse404ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DELETE_TICKET_ATTACHMENT_RESPONSE_404_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(DeleteTicketAttachmentResponse404ErrorCode, value)
