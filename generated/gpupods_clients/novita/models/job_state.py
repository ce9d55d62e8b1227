from typing import Literal, cast

JobState = Literal["break", "fail", "pulling", "running", "success"]

JOB_STATE_VALUES: frozenset[JobState] = frozenset(
    {
        "break",
        "fail",
        "pulling",
        "running",
        "success",
    }
)


def check_job_state(value: str) -> JobState:
    """Read a JobState from a response.

    A value this client does not list yet is returned unchanged: membership in
    ``JOB_STATE_VALUES`` tells known values from new ones.
    """
    return cast(JobState, value)
