from typing import Literal, cast

FlashBoot = Literal["FLASHBOOT", "OFF", "PRIORITY_FLASHBOOT"]

FLASH_BOOT_VALUES: frozenset[FlashBoot] = frozenset(
    {
        "FLASHBOOT",
        "OFF",
        "PRIORITY_FLASHBOOT",
    }
)


def check_flash_boot(value: str) -> FlashBoot:
    """Read a FlashBoot from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``FLASH_BOOT_VALUES`` tells known values from new ones.
    """
    return cast(FlashBoot, value)
