from typing import Literal, cast

TicketOrderByField = Literal["created_at", "updated_at"]

TICKET_ORDER_BY_FIELD_VALUES: frozenset[TicketOrderByField] = frozenset(
    {
        "created_at",
        "updated_at",
    }
)


def check_ticket_order_by_field(value: str) -> TicketOrderByField:
    """Read a TicketOrderByField from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``TICKET_ORDER_BY_FIELD_VALUES`` tells known values from new ones.
    """
    return cast(TicketOrderByField, value)
