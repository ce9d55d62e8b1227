from typing import Literal, cast

DeleteTicketAttachmentResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

DELETE_TICKET_ATTACHMENT_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    DeleteTicketAttachmentResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_delete_ticket_attachment_response_403_error_code(
    value: str,
) -> DeleteTicketAttachmentResponse403ErrorCode:
    """Read a DeleteTicketAttachmentResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``DELETE_TICKET_ATTACHMENT_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(DeleteTicketAttachmentResponse403ErrorCode, value)
