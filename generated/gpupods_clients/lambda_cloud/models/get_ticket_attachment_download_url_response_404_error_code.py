from typing import Literal, cast

GetTicketAttachmentDownloadUrlResponse404ErrorCode = Literal[
    "global/not-found", "global/object-does-not-exist"
]

GET_TICKET_ATTACHMENT_DOWNLOAD_URL_RESPONSE_404_ERROR_CODE_VALUES: frozenset[
    GetTicketAttachmentDownloadUrlResponse404ErrorCode
] = frozenset(
    {
        "global/not-found",
        "global/object-does-not-exist",
    }
)


def check_get_ticket_attachment_download_url_response_404_error_code(
    value: str,
) -> GetTicketAttachmentDownloadUrlResponse404ErrorCode:
    """Read a GetTicketAttachmentDownloadUrlResponse404ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GET_TICKET_ATTACHMENT_DOWNLOAD_URL_RESPONSE_404_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(GetTicketAttachmentDownloadUrlResponse404ErrorCode, value)
