from typing import Literal, cast

Currency = Literal["EUR", "USD"]

CURRENCY_VALUES: frozenset[Currency] = frozenset(
    {
        "EUR",
        "USD",
    }
)


def check_currency(value: str) -> Currency:
    """Read a Currency from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``CURRENCY_VALUES`` tells known values from new ones.
    """
    return cast(Currency, value)
