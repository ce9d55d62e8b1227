from typing import Literal, cast

AttachmentUploadStatus = Literal["deleted", "failed", "pending", "uploaded"]

ATTACHMENT_UPLOAD_STATUS_VALUES: frozenset[AttachmentUploadStatus] = frozenset(
    {
        "deleted",
        "failed",
        "pending",
        "uploaded",
    }
)


def check_attachment_upload_status(value: str) -> AttachmentUploadStatus:
    """Read a AttachmentUploadStatus from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``ATTACHMENT_UPLOAD_STATUS_VALUES`` tells known values from new ones.
    """
    return cast(AttachmentUploadStatus, value)
