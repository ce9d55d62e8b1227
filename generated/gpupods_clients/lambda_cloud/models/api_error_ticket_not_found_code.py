from typing import Literal, cast

ApiErrorTicketNotFoundCode = Literal["global/not-found"]

API_ERROR_TICKET_NOT_FOUND_CODE_VALUES: frozenset[ApiErrorTicketNotFoundCode] = (
    frozenset(
        {
            "global/not-found",
        }
    )
)


def check_api_error_ticket_not_found_code(value: str) -> ApiErrorTicketNotFoundCode:
    """Read a ApiErrorTicketNotFoundCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``API_ERROR_TICKET_NOT_FOUND_CODE_VALUES`` tells known values from new ones.
    """
    return cast(ApiErrorTicketNotFoundCode, value)
