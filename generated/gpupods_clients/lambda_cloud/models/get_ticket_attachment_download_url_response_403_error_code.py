from typing import Literal, cast

GetTicketAttachmentDownloadUrlResponse403ErrorCode = Literal[
    "global/account-inactive", "global/forbidden"
]

GET_TICKET_ATTACHMENT_DOWNLOAD_URL_RESPONSE_403_ERROR_CODE_VALUES: frozenset[
    GetTicketAttachmentDownloadUrlResponse403ErrorCode
] = frozenset(
    {
        "global/account-inactive",
        "global/forbidden",
    }
)


def check_get_ticket_attachment_download_url_response_403_error_code(
    value: str,
) -> GetTicketAttachmentDownloadUrlResponse403ErrorCode:
    """Read a GetTicketAttachmentDownloadUrlResponse403ErrorCode from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``GET_TICKET_ATTACHMENT_DOWNLOAD_URL_RESPONSE_403_ERROR_CODE_VALUES`` tells known values from new ones.
    """
    return cast(GetTicketAttachmentDownloadUrlResponse403ErrorCode, value)
