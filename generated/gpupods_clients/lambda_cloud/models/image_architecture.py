from typing import Literal, cast

ImageArchitecture = Literal["arm64", "x86_64"]

IMAGE_ARCHITECTURE_VALUES: frozenset[ImageArchitecture] = frozenset(
    {
        "arm64",
        "x86_64",
    }
)


def check_image_architecture(value: str) -> ImageArchitecture:
    """Read a ImageArchitecture from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``IMAGE_ARCHITECTURE_VALUES`` tells known values from new ones.
    """
    return cast(ImageArchitecture, value)
