"""The README's mock-clouds example, as a user would write it (the fixtures come from the
``pytest11`` entry point gpupods installs)."""

from __future__ import annotations

import warnings

from gpupods import Fleet, Pod, PodSpec
from gpupods.mock import Fault


def start_training(fleet: Fleet) -> Pod:
    """Stands in for the user's own launcher."""
    return fleet.create(PodSpec(name="train", image="pytorch/pytorch:latest", gpu="H100"), provider="runpod")


def test_my_launcher_survives_a_lost_answer(mock_fleet, mock_clouds) -> None:
    mock_clouds.faults("runpod").add(Fault.drop(after_accept=True), routes="create_pod", times=1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pod = start_training(mock_fleet)
    mock_clouds.clock.advance(120)
    assert mock_fleet.get(pod).is_running
    assert mock_clouds.pods_left() == 1
    assert mock_clouds.runpod.v2.served["create_pod"] == 1  # the lost answer was not retried into a second pod
