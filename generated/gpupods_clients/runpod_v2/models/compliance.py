from typing import Literal, cast

Compliance = Literal[
    "FISMA_HIGH",
    "GDPR",
    "HIPAA",
    "HITRUST",
    "ISO_14001",
    "ISO_IEC_27001",
    "ITAR",
    "PCI_DSS",
    "RENEWABLE",
    "SOC_1_TYPE_2",
    "SOC_2_TYPE_2",
    "SOC_3_TYPE_2",
]

COMPLIANCE_VALUES: frozenset[Compliance] = frozenset(
    {
        "FISMA_HIGH",
        "GDPR",
        "HIPAA",
        "HITRUST",
        "ISO_14001",
        "ISO_IEC_27001",
        "ITAR",
        "PCI_DSS",
        "RENEWABLE",
        "SOC_1_TYPE_2",
        "SOC_2_TYPE_2",
        "SOC_3_TYPE_2",
    }
)


def check_compliance(value: str) -> Compliance:
    """Read a Compliance from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``COMPLIANCE_VALUES`` tells known values from new ones.
    """
    return cast(Compliance, value)
