"""The one way our benchmarks time a piece of work, so their figures compare."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def median_seconds(function: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls, each after a full garbage collection."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
