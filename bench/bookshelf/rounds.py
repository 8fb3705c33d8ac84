"""Running the query set in rounds and recording each query's latencies.

The first round warms caches and is discarded. A query that runs out of time in a
measured round is not run again: its remaining samples count as timed out (``None``), so
that one hopeless query does not hold the benchmark for rounds × timeout.
"""

from dataclasses import dataclass, field


class Timeout(Exception):
    """A query was stopped after the time allowed."""


@dataclass
class Outcome:
    """One run of one query: its latency and what it put on the first page."""

    seconds: float
    # (number, issuer) of each result, in order.
    hits: list = field(default_factory=list)
    total: int | None = None
    # The search index's part of ``seconds``, where it is measured apart.
    index_seconds: float | None = None


@dataclass
class QueryRecord:
    text: str
    kind: str
    expected: str = ""
    latencies_ms: list = field(default_factory=list)
    index_latencies_ms: list = field(default_factory=list)
    timed_out: bool = False
    error: str = ""
    hits: list = field(default_factory=list)
    total: int | None = None
    rank: int | None = None  # of the expected document among the hits, from 1

    @property
    def correct(self):
        return self.rank == 1 if self.expected else None

    def as_dict(self):
        return {**self.__dict__, "correct": self.correct}


def run_rounds(queries, run, rounds, log=print):
    """Run every query ``rounds`` times through ``run(text) -> Outcome`` (which raises
    ``Timeout``); return a ``QueryRecord`` per query."""
    records = [
        QueryRecord(query.text, query.kind, str(query.expected) if query.expected else "")
        for query in queries
    ]
    for round_number in range(rounds):
        warm_up = round_number == 0
        log(f"   round {round_number + 1}/{rounds}{' (warm-up)' if warm_up else ''}")
        for query, record in zip(queries, records, strict=True):
            if record.error:
                continue
            if record.timed_out:
                record.latencies_ms.append(None)
                continue
            try:
                outcome = run(query.text)
            except Timeout:
                if not warm_up:
                    record.timed_out = True
                    record.latencies_ms.append(None)
                continue
            except Exception as error:  # a failing query is reported, not fatal
                record.error = f"{type(error).__name__}: {error}"
                continue
            if not warm_up:
                record.latencies_ms.append(outcome.seconds * 1000)
                if outcome.index_seconds is not None:
                    record.index_latencies_ms.append(outcome.index_seconds * 1000)
            record.hits, record.total = outcome.hits, outcome.total
            if query.expected:
                record.rank = next(
                    (
                        position
                        for position, (number, issuer) in enumerate(outcome.hits, 1)
                        if query.expected.matches(number, issuer)
                    ),
                    None,
                )
    return records
