#!/usr/bin/env bash
# Times `avtal check` on the 10k and the 100k register in alternating runs and prints the
# medians and their ratio (SPEC §10: 100k at most 10.5 × 10k). Alternating puts both sizes in
# the same minutes of a noisy machine, which separate series of runs do not.
#
#   examples/ratio.sh        # 15 runs of each
#   RUNS=31 examples/ratio.sh
#
# Uses the registers examples/bench.sh generates in $AVTAL_BENCH_DIR (default /tmp/avtal-bench);
# run that first.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
BENCH_DIR=${AVTAL_BENCH_DIR:-/tmp/avtal-bench}
for size in 10k 100k; do
    if [[ ! -f $BENCH_DIR/reg-$size/avtal.toml ]]; then
        echo "error: $BENCH_DIR/reg-$size is missing; run examples/bench.sh first" >&2
        exit 2
    fi
done
cargo build --release --quiet --bin avtal
AVTAL=$PWD/target/release/avtal

# run_ms SIZE: one `check` of reg-SIZE, its wall time in milliseconds (exit 1 means findings).
run_ms() {
    local start_us end_us status=0
    start_us=${EPOCHREALTIME/./}
    "$AVTAL" -C "$BENCH_DIR/reg-$1" check --today 2026-11-22 --format json >/dev/null 2>&1 ||
        status=$?
    end_us=${EPOCHREALTIME/./}
    if ((status > 1)); then
        echo "error: check of reg-$1 exited with $status" >&2
        exit 2
    fi
    echo $(((end_us - start_us) / 1000))
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

run_ms 10k >/dev/null # warm the page cache
run_ms 100k >/dev/null
small=() large=()
for ((run = 1; run <= RUNS; run++)); do
    small+=("$(run_ms 10k)")
    large+=("$(run_ms 100k)")
done
m_small=$(median "${small[@]}")
m_large=$(median "${large[@]}")
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "avtal $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $RUNS alternating runs of each"
echo "10k:  ${small[*]} (median $m_small ms)"
echo "100k: ${large[*]} (median $m_large ms)"
awk -v a="$m_large" -v b="$m_small" 'BEGIN { printf "ratio 100k / 10k: %.2f\n", a / b }'
