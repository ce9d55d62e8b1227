from typing import Literal, cast

ImagePrewarmState = Literal["Failed", "Pending", "Running", "Succeeded"]

IMAGE_PREWARM_STATE_VALUES: frozenset[ImagePrewarmState] = frozenset(
    {
        "Failed",
        "Pending",
        "Running",
        "Succeeded",
    }
)


def check_image_prewarm_state(value: str) -> ImagePrewarmState:
    """Read a ImagePrewarmState from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``IMAGE_PREWARM_STATE_VALUES`` tells known values from new ones.
    """
    return cast(ImagePrewarmState, value)
