"""extract_many keeps order and equals one-by-one; extraction really runs in parallel."""

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

import communique
from conftest import DEV_DOCS, fixture_pages


def corpus():
    """The dev pages when the shared corpus is beside the checkout, else the fixtures."""
    if DEV_DOCS.is_dir():
        return [p.read_bytes() for p in sorted(DEV_DOCS.iterdir()) if p.is_file()]
    return [p.read_bytes() for p in fixture_pages()]


PAGES = corpus()


@pytest.fixture(scope="module")
def one_by_one():
    ex = communique.Extractor()
    return [ex.extract(p) for p in PAGES]


@pytest.mark.parametrize("threads", [None, 1, 2, 3, 64])
def test_order_is_kept_and_results_equal_one_by_one(one_by_one, threads):
    ex = communique.Extractor()
    assert ex.extract_many(PAGES, threads=threads) == one_by_one
    # Reversed input, reversed output: order is the input's, not completion's.
    assert ex.extract_many(PAGES[::-1], threads=threads) == one_by_one[::-1]


def test_any_iterable_and_the_empty_batch(one_by_one):
    ex = communique.Extractor()
    assert ex.extract_many(iter(PAGES[:5]), 2) == one_by_one[:5]
    assert ex.extract_many((p for p in PAGES[:3])) == one_by_one[:3]
    assert ex.extract_many([]) == []
    with pytest.raises(TypeError, match="list of pages"):
        ex.extract_many("a single page")
    with pytest.raises(ValueError, match="threads"):
        ex.extract_many(PAGES, threads=0)


def test_dict_items_carry_url_published_and_kind():
    ex = communique.Extractor()
    page = "Trade talks open\n\nThe talks opened in Lima yesterday."
    items = [
        {"page": page, "published": "2024-05-08"},
        {"page": page, "url": "https://example.org/news/2024/05/06/talks"},
        {"page": "<h1>Trade talks open</h1><p>Trade talks opened.</p>", "kind": "text"},
        page,
    ]
    got = ex.extract_many(items, threads=2)
    assert got[0] == ex.extract(page, published="2024-05-08")
    assert got[1] == ex.extract(page, url="https://example.org/news/2024/05/06/talks")
    assert got[1]["published"] == "2024-05-06"
    # Read as text, the markup gives no blocks (as HTML it would give two lines).
    assert got[2]["text"] == "Trade talks open Trade talks opened."
    assert got[3] == ex.extract(page)
    with pytest.raises(ValueError, match='"page"'):
        ex.extract_many([{"url": "https://example.org"}])


def test_errors_raise_the_first_or_take_their_place():
    ex = communique.Extractor(max_input_bytes=10_000)
    good = "Trade talks open\n\nThe talks opened in Lima."
    batch = [good, "   ", good, "x " * 6000, good]
    with pytest.raises(communique.EmptyError):
        ex.extract_many(batch, threads=2)
    got = ex.extract_many(batch, threads=2, errors="return")
    assert [type(r).__name__ for r in got] == ["dict", "EmptyError", "dict", "TooLargeError", "dict"]
    assert got[3].limit == 10_000 and got[3].kind == "too_large"
    assert got[0] == got[2] == got[4] == ex.extract(good)
    with pytest.raises(ValueError, match="errors"):
        ex.extract_many(batch, errors="ignore")


def timed(run):
    """(wall seconds, CPU seconds of this process) of run()."""
    w, c = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - w, time.process_time() - c


def hash_in_threads(data, threads):
    """A reference workload known to run in parallel: hashlib releases the GIL."""
    import hashlib

    def work(chunk):
        for _ in range(chunk):
            hashlib.sha256(data).digest()

    pool = [threading.Thread(target=work, args=(40 // threads,)) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()


def test_two_threads_take_less_wall_time():
    """extract_many(threads=2) finishes a batch in less wall time than one thread.

    The machine may be shared and busy, so the bound is generous (1.3x, or more CPU
    seconds than wall seconds, which no serial run can use) and the rounds interleave one
    and two threads so that both meet the same load; the best of three rounds counts.
    Beside it runs a reference known to be parallel (hashing on two threads): when even
    that gains under 1.5x, the machine has no second core to give right now, and the
    test is skipped rather than guessed (test_worker_threads_are_runnable_at_once proves
    the same point without timing).
    """
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core")
    ex = communique.Extractor()
    batch = PAGES * max(1, 150 // len(PAGES))
    data = os.urandom(4 << 20)
    ex.extract_many(batch[:10], threads=2)  # warm caches
    best_speedup, best_ratio, best_reference = 0.0, 0.0, 0.0
    for _ in range(3):
        one, _ = timed(lambda: ex.extract_many(batch, threads=1))
        two, cpu = timed(lambda: ex.extract_many(batch, threads=2))
        ref_one, _ = timed(lambda: hash_in_threads(data, 1))
        ref_two, _ = timed(lambda: hash_in_threads(data, 2))
        best_speedup = max(best_speedup, one / two)
        best_ratio = max(best_ratio, cpu / two)
        best_reference = max(best_reference, ref_one / ref_two)
        if best_speedup >= 1.3 or best_ratio >= 1.15:
            return
    if best_reference < 1.5:
        pytest.skip(
            f"machine too busy: two threads of a parallel reference gained {best_reference:.2f}x "
            f"(extract_many: {best_speedup:.2f}x, CPU/wall {best_ratio:.2f})"
        )
    raise AssertionError(
        f"extract_many(threads=2) gained {best_speedup:.2f}x (CPU/wall {best_ratio:.2f}) "
        f"where the reference gained {best_reference:.2f}x"
    )


def thread_states():
    """{tid: state letter} of this process's threads (Linux)."""
    states = {}
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/stat") as f:
                states[int(task)] = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            pass  # the thread ended meanwhile
    return states


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux /proc")
def test_worker_threads_are_runnable_at_once():
    """While extract_many(threads=2) runs, both of its worker threads are runnable (state
    R) at the same moments: nothing serialises them (no GIL, no lock), so they use two
    cores whenever two are free. Unlike wall time, this does not depend on the load."""
    ex = communique.Extractor()
    batch = PAGES * max(1, 300 // len(PAGES))
    before = set(thread_states())
    samples, both = 0, 0
    done = threading.Event()

    def sample():
        nonlocal samples, both
        while not done.is_set():
            workers = [s for tid, s in thread_states().items() if tid not in before]
            # This sampling thread is new too, and always running: count the others.
            if len(workers) >= 3:
                samples += 1
                both += workers.count("R") >= 3
            time.sleep(0.002)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        ex.extract_many(batch, threads=2)
    finally:
        done.set()
        sampler.join()
    assert samples >= 20, samples
    assert both / samples >= 0.3, (both, samples)


def test_the_gil_is_released_while_reading():
    """A Python thread keeps running while another thread is inside extract_many."""
    ex = communique.Extractor()
    batch = PAGES * max(1, 60 // len(PAGES))
    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1
            time.sleep(0.001)

    counter = threading.Thread(target=count)
    counter.start()
    try:
        w = time.perf_counter()
        ex.extract_many(batch, threads=1)
        wall = time.perf_counter() - w
    finally:
        done.set()
        counter.join()
    # Held GIL: the counter would run only between pages, at most ~len(batch) times.
    assert wall > 0.05
    assert ticks > max(10, wall * 100), (ticks, wall)


def test_python_threads_share_one_extractor(one_by_one):
    ex = communique.Extractor()
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(ex.extract, PAGES))
    assert got == one_by_one
    with ThreadPoolExecutor(max_workers=3) as pool:
        chunks = list(pool.map(lambda c: ex.extract_many(c, threads=2),
                               [PAGES[i::3] for i in range(3)]))
    for i, chunk in enumerate(chunks):
        assert chunk == one_by_one[i::3]
