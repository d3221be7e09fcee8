//! The thread pool that reads a register (issue 15): wider than the cores, because on a cold
//! cache each thread mostly waits for the disk, and more reads in flight finish sooner (10k
//! contracts, 2 cores: 8 threads read a cold register in about half the time of 2, warm runs
//! cost the same CPU time).

use std::sync::OnceLock;

/// Threads per core.
const PER_CORE: usize = 4;
/// At most this many threads, whatever the machine.
const MAX_THREADS: usize = 16;

/// Runs `work` on the loader pool (on the global pool when it cannot be built).
pub fn install<R: Send>(work: impl FnOnce() -> R + Send) -> R {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    let pool = POOL.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        rayon::ThreadPoolBuilder::new()
            .num_threads((cores * PER_CORE).clamp(PER_CORE, MAX_THREADS))
            .thread_name(|i| format!("avtal-load-{i}"))
            .build()
            .ok()
    });
    match pool {
        Some(pool) => pool.install(work),
        None => work(),
    }
}
