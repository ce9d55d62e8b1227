from typing import Literal, cast

TicketStatus = Literal["confirm_solved", "on_hold", "open", "pending", "solved"]

TICKET_STATUS_VALUES: frozenset[TicketStatus] = frozenset(
    {
        "confirm_solved",
        "on_hold",
        "open",
        "pending",
        "solved",
    }
)


def check_ticket_status(value: str) -> TicketStatus:
    """Read a TicketStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TICKET_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(TicketStatus, value)
