from typing import Literal, cast

TicketSeverity = Literal["sev_1", "sev_2", "sev_3"]

TICKET_SEVERITY_VALUES: frozenset[TicketSeverity] = frozenset(
    {
        "sev_1",
        "sev_2",
        "sev_3",
    }
)


def check_ticket_severity(value: str) -> TicketSeverity:
    """Read a TicketSeverity from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TICKET_SEVERITY_VALUES`` tells known values from new ones.
    """
    return cast(TicketSeverity, value)
