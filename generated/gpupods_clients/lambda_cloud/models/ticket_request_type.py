from typing import Literal, cast

TicketRequestType = Literal["incident", "service_request"]

TICKET_REQUEST_TYPE_VALUES: frozenset[TicketRequestType] = frozenset(
    {
        "incident",
        "service_request",
    }
)


def check_ticket_request_type(value: str) -> TicketRequestType:
    """Read a TicketRequestType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TICKET_REQUEST_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(TicketRequestType, value)
