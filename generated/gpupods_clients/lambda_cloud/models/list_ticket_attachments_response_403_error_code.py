from typing import Literal, cast

ListTicketAttachmentsResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

LIST_TICKET_ATTACHMENTS_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    ListTicketAttachmentsResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_list_ticket_attachments_response_403_error_code(
    value: str,
) -> ListTicketAttachmentsResponse403ErrorCode:
    """Read a ListTicketAttachmentsResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``LIST_TICKET_ATTACHMENTS_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ListTicketAttachmentsResponse403ErrorCode, value)
