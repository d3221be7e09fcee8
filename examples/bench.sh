#!/usr/bin/env bash
# Benchmarks avtal on generated registers (SPEC §10); method in docs/performance.md.
#
#   examples/bench.sh            # median of 5 runs
#   RUNS=9 examples/bench.sh     # median of 9
#   RATIO_RUNS=31 examples/bench.sh   # 31 alternating runs for the 100k / 10k ratio (default 15)
#
# Registers are generated once into $AVTAL_BENCH_DIR (default /tmp/avtal-bench) and reused on
# later runs; delete that folder to regenerate. Prints one Markdown table row per measurement.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
RATIO_RUNS=${RATIO_RUNS:-15}
BENCH_DIR=${AVTAL_BENCH_DIR:-/tmp/avtal-bench}
TODAY=2026-11-22
TIME=/usr/bin/time

if [[ ! -x $TIME ]]; then
    echo "error: GNU time is missing (/usr/bin/time); install it with: apt-get install -y time" >&2
    exit 2
fi

echo "Building the release binary and the generator…" >&2
cargo build --release --quiet --bin avtal --example gen
AVTAL=$PWD/target/release/avtal
export AVTAL BENCH_DIR TODAY
GEN=$PWD/target/release/examples/gen
mkdir -p "$BENCH_DIR"

# generate NAME CONTRACTS [ARGS...]: a register of CONTRACTS contracts with 100 KPI rows and 10
# journal rows each (seed 1), and the generator's further ARGS. It is written to NAME.tmp and renamed when complete, so an interrupted
# run is never reused; NAME.stamp records the generator's source and arguments, so a register
# written by another version of the generator is regenerated rather than reused.
generate() {
    local dir=$BENCH_DIR/$1
    local args=(--contracts "$2" --seed 1 --kpi-rows 100 --log-rows 10 "${@:3}")
    local stamp
    stamp="$(sha256sum examples/gen.rs | cut -d' ' -f1) ${args[*]}"
    if [[ -d $dir && -f $dir.stamp && $(cat "$dir.stamp") == "$stamp" ]]; then
        echo "Reusing $dir" >&2
        return
    fi
    rm -rf "$dir" "$dir.tmp" "$dir.stamp"
    "$GEN" "${args[@]}" --out "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
    echo "$stamp" >"$dir.stamp"
}

# measure LABEL SIZE COMMAND...: runs COMMAND $RUNS times (stdout discarded) and prints a table
# row with the median wall time and the highest peak RSS over the runs. Exit code 1 is accepted
# (`check` reports findings with it); anything else marks the row as failed.
measure() {
    local label=$1 size=$2
    shift 2
    local times=() peak_kb=0 run status start_us end_us kb
    local stats=$BENCH_DIR/time.out
    for ((run = 1; run <= RUNS; run++)); do
        start_us=${EPOCHREALTIME/./}
        status=0
        # A shell function (the imports below) runs in a child bash, which GNU time can start.
        if declare -F "$1" >/dev/null; then
            "$TIME" -f '%M' -o "$stats" bash -c "$(declare -f "$1"); $1"' "$@"' _ "${@:2}" \
                >/dev/null 2>"$BENCH_DIR/stderr.out" || status=$?
        else
            "$TIME" -f '%M' -o "$stats" "$@" >/dev/null 2>"$BENCH_DIR/stderr.out" || status=$?
        fi
        end_us=${EPOCHREALTIME/./}
        if ((status > 1)); then
            printf '| %s | %s | failed (exit %d: %s) | |\n' "$label" "$size" "$status" \
                "$(head -c 120 "$BENCH_DIR/stderr.out" | tr '\n' ' ')"
            return
        fi
        times+=($(((end_us - start_us) / 1000)))
        kb=$(tail -n 1 "$stats")
        if ((kb > peak_kb)); then peak_kb=$kb; fi
    done
    printf '| %s | %s | %d ms | %d MiB |\n' "$label" "$size" "$(median "${times[@]}")" \
        $(((peak_kb + 1023) / 1024))
}

# median N...: the median of the numbers.
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# alternate_check: `check` on reg-10k and reg-100k in turn, $RATIO_RUNS times each, and a row with
# both medians and their ratio (SPEC §10: 100k at most 10.5 × 10k). Taken in turn, both sizes see
# the same minutes of a noisy machine, which the two rows of `measure` do not.
alternate_check() {
    local small=() large=() size start_us status
    for ((run = 1; run <= RATIO_RUNS; run++)); do
        for size in 10k 100k; do
            start_us=${EPOCHREALTIME/./}
            status=0
            "$AVTAL" -C "$BENCH_DIR/reg-$size" check --today "$TODAY" --format json \
                >/dev/null 2>&1 || status=$?
            if ((status > 1)); then
                printf '| check 100k / 10k | alternating | failed (exit %d) | |\n' "$status"
                return
            fi
            if [[ $size == 10k ]]; then
                small+=($(((${EPOCHREALTIME/./} - start_us) / 1000)))
            else
                large+=($(((${EPOCHREALTIME/./} - start_us) / 1000)))
            fi
        done
    done
    local m_small m_large
    m_small=$(median "${small[@]}")
    m_large=$(median "${large[@]}")
    printf '| check 100k / 10k | %d alternating runs of each | %d ms / %d ms = %s × | |\n' \
        "$RATIO_RUNS" "$m_large" "$m_small" \
        "$(awk -v a="$m_large" -v b="$m_small" 'BEGIN { printf "%.2f", a / b }')"
}

generate reg-10k 10000
generate reg-100k 100000
generate reg-10k-spend 10000 --spend-rows 1000000 --spend-export "$BENCH_DIR/spend-1m.csv.tmp"
if [[ $BENCH_DIR/spend-1m.csv.tmp -nt $BENCH_DIR/spend-1m.csv || ! -f $BENCH_DIR/spend-1m.csv ]]; then
    mv "$BENCH_DIR/spend-1m.csv.tmp" "$BENCH_DIR/spend-1m.csv" 2>/dev/null || true
fi

cpu=$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(free -h | awk '/^Mem:/ { print $2 }')
echo
echo "Machine: $(nproc) cores, $cpu, $mem RAM; $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "avtal $(git rev-parse --short HEAD 2>/dev/null || echo '?'), median of $RUNS runs"
echo
echo '| measurement | register | wall time | peak RSS |'
echo '| --- | --- | --- | --- |'
measure 'check --format json' '10k contracts, 1M KPI rows, 100k log rows' \
    "$AVTAL" -C "$BENCH_DIR/reg-10k" check --today "$TODAY" --format json
measure 'check --format json' '100k contracts, 10M KPI rows, 1M log rows' \
    "$AVTAL" -C "$BENCH_DIR/reg-100k" check --today "$TODAY" --format json
alternate_check
measure 'plan --year 2027 --format xlsx' '10k contracts' \
    "$AVTAL" -C "$BENCH_DIR/reg-10k" plan --today "$TODAY" --year 2027 --format xlsx -o "$BENCH_DIR/plan.xlsx"
measure 'site -o DIR' '10k contracts' \
    "$AVTAL" -C "$BENCH_DIR/reg-10k" site --today "$TODAY" -o "$BENCH_DIR/site"
export S=$BENCH_DIR/reg-10k-spend
measure 'check --format json' '10k + 1M spend rows' "$AVTAL" -C "$S" check --today "$TODAY" --format json
measure 'spend --format json' '10k + 1M spend rows' "$AVTAL" -C "$S" spend --today "$TODAY" --format json
# spend import writes: each run imports into a fresh register holding only avtal.toml (the
# copy is part of the time, a few milliseconds).
fresh_import() {
    rm -rf "$BENCH_DIR/import" && mkdir -p "$BENCH_DIR/import" && cp "$S/avtal.toml" "$BENCH_DIR/import/"
    "$AVTAL" -C "$BENCH_DIR/import" spend import "$@"
}
measure 'spend import' '1M-row `;` CSV (90 MB), empty spend/' fresh_import "$BENCH_DIR/spend-1m.csv"
# The 100,000-row workbook comes with a small register of its own (only the file is used).
generate reg-1k-spend-100k 1000 --spend-rows 100000 --spend-workbook "$BENCH_DIR/spend-100k.xlsx"
measure 'spend import' '100k-row workbook, empty spend/' fresh_import "$BENCH_DIR/spend-100k.xlsx"

# kpi import of 100,000 rows (1,000 KPIs × 100 months), into an empty kpi.csv and again over
# the stored rows (examples/kpi_bench_file.rs).
if [[ ! -f $BENCH_DIR/kpi-bench/kpi-100k.xlsx ]]; then
    cargo run --release --quiet --example kpi_bench_file -- "$BENCH_DIR/kpi-bench" >&2
fi
export K=$BENCH_DIR/kpi-bench
kpi_import_fresh() {
    rm -f "$K/register/bench/kpi.csv"
    "$AVTAL" -C "$K/register" kpi import "$K/kpi-100k.xlsx" --contract bench
}
measure 'kpi import' '100k-row workbook, empty kpi.csv' kpi_import_fresh
measure 'kpi import (again)' '100k-row workbook over the stored rows' \
    "$AVTAL" -C "$K/register" kpi import "$K/kpi-100k.xlsx" --contract bench

# Commands about one contract (SPEC §10: under 50 ms; show, report, export followup under
# 0.3 s). Nothing they write lands in the register.
R=$BENCH_DIR/reg-10k
# `sed -n 1p` reads to the end: `head` would end the pipe early (SIGPIPE under pipefail).
key=$(cd "$R" && ls -d */ | sed -n 1p | tr -d /)
kpi_id=$(sed -n 's/^id = "\(.*\)"$/\1/p' "$R/$key/contract.toml" | sed -n 1p)
printf 'period,kpi,value\n2026-10,%s,1\n' "$kpi_id" >"$BENCH_DIR/one-kpi.csv"
# `log` appends to the journal: it writes into a copy of the contract's register.
rm -rf "$BENCH_DIR/reg-10k-log" && cp -r "$R" "$BENCH_DIR/reg-10k-log"
measure "log $key followup" '10k contracts' \
    "$AVTAL" -C "$BENCH_DIR/reg-10k-log" log --today "$TODAY" "$key" followup --note bench
measure "kpi import --dry-run" '10k contracts, one-row CSV' \
    "$AVTAL" -C "$R" kpi import --dry-run --replace "$BENCH_DIR/one-kpi.csv" --contract "$key"
measure "kpi show $key" '10k contracts' "$AVTAL" -C "$R" kpi show --today "$TODAY" "$key"
# The generator writes no index clauses: `price` is measured on a copy of the register whose first
# contract gets one, on the demo register's KPI series (the copy is made once per run).
rm -rf "$BENCH_DIR/reg-10k-price" && cp -r "$R" "$BENCH_DIR/reg-10k-price"
mkdir -p "$BENCH_DIR/reg-10k-price/index" && cp contracts/index/KPI-demo.csv "$BENCH_DIR/reg-10k-price/index/"
printf '\n[price_adjustment]\nindex = "KPI-demo"\nbase = "2025-10"\nshare = 0.8\nfirst = %s\ninterval_months = 12\nlag_months = 2\nmin_change_percent = 2.0\n' \
    "$(sed -n 's/^start = //p' "$R/$key/contract.toml")" >>"$BENCH_DIR/reg-10k-price/$key/contract.toml"
measure "price $key" '10k contracts, one index clause' \
    "$AVTAL" -C "$BENCH_DIR/reg-10k-price" price --today "$TODAY" "$key"
measure "export kpi-sheet $key" '10k contracts' \
    "$AVTAL" -C "$R" export kpi-sheet --today "$TODAY" "$key" -o "$BENCH_DIR/kpi-sheet.xlsx"
measure "show $key" '10k contracts' "$AVTAL" -C "$R" show --today "$TODAY" "$key"
measure "show $key" '10k + 1M spend rows' "$AVTAL" -C "$S" show --today "$TODAY" "$key"
measure "report $key" '10k contracts' "$AVTAL" -C "$R" report --today "$TODAY" "$key"
measure "export followup $key" '10k contracts' \
    "$AVTAL" -C "$R" export followup --today "$TODAY" "$key" -o "$BENCH_DIR/followup.xlsx"
measure 'plan' 'demo register (contracts/)' \
    "$AVTAL" -C contracts plan --today "$TODAY"
measure 'check' 'demo register (contracts/)' \
    "$AVTAL" -C contracts check --today "$TODAY"
