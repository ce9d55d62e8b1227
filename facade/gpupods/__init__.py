"""gpupods: one pod API over RunPod, Prime Intellect and Novita, plus typed clients and mock clouds."""

__version__ = "0.1.0"
