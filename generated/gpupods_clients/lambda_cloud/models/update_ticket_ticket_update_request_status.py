from typing import Literal, cast

UpdateTicketTicketUpdateRequestStatus = Literal["solved"]

UPDATE_TICKET_TICKET_UPDATE_REQUEST_STATUS_VALUES: frozenset[
    UpdateTicketTicketUpdateRequestStatus
] = frozenset(
    {
        "solved",
    }
)


def check_update_ticket_ticket_update_request_status(
    value: str,
) -> UpdateTicketTicketUpdateRequestStatus:
    """Read a UpdateTicketTicketUpdateRequestStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``UPDATE_TICKET_TICKET_UPDATE_REQUEST_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(UpdateTicketTicketUpdateRequestStatus, value)
