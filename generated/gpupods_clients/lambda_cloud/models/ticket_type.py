from typing import Literal, cast

TicketType = Literal["automated_event", "incident", "service_request"]

TICKET_TYPE_VALUES: frozenset[TicketType] = frozenset(
    {
        "automated_event",
        "incident",
        "service_request",
    }
)


def check_ticket_type(value: str) -> TicketType:
    """Read a TicketType from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TICKET_TYPE_VALUES`` tells known values from new ones.
    """
    return cast(TicketType, value)
