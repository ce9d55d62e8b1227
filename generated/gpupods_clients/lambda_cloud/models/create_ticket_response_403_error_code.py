from typing import Literal, cast

CreateTicketResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

CREATE_TICKET_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    CreateTicketResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_create_ticket_response_403_error_code(
    value: str,
) -> CreateTicketResponse403ErrorCode:
    """Read a CreateTicketResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CREATE_TICKET_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(CreateTicketResponse403ErrorCode, value)
