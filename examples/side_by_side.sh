#!/usr/bin/env bash
# Times `avtal check` side by side with reading the same files and with `hledger check` on a
# journal of the same number of records (SPEC §10, issue 15); method in docs/performance.md.
#
#   examples/side_by_side.sh              # 10,000 contracts, median of 5 runs
#   RUNS=9 examples/side_by_side.sh 1000  # 1,000 contracts, median of 9
#
# The register is generated once into $AVTAL_BENCH_DIR (default /tmp/avtal-bench) like
# examples/bench.sh does. The hledger part is skipped with a message when hledger is missing
# (Debian: apt-get install -y hledger).
set -euo pipefail

cd "$(dirname "$0")/.."
CONTRACTS=${1:-10000}
RUNS=${RUNS:-5}
BENCH_DIR=${AVTAL_BENCH_DIR:-/tmp/avtal-bench}
TODAY=2026-11-22

echo "Building the release binary and the generator…" >&2
cargo build --release --quiet --bin avtal --example gen
AVTAL=$PWD/target/release/avtal
mkdir -p "$BENCH_DIR"
reg=$BENCH_DIR/side-$CONTRACTS
if [[ ! -f $reg/avtal.toml ]]; then
    rm -rf "$reg.tmp"
    target/release/examples/gen --contracts "$CONTRACTS" --seed 1 --kpi-rows 100 --log-rows 10 \
        --out "$reg.tmp" >&2
    mv "$reg.tmp" "$reg"
fi

# The files `check` reads, and the records in them: one per contract.toml, one per CSV row.
files=$BENCH_DIR/side-$CONTRACTS.files
find "$reg" -type f \( -name '*.toml' -o -name '*.csv' \) | sort >"$files"
file_count=$(wc -l <"$files")
csv_rows=$(grep '\.csv$' "$files" | xargs cat | wc -l)
csv_files=$(grep -c '\.csv$' "$files" || true)
records=$((file_count - csv_files + csv_rows - csv_files))

# median_ms COMMAND...: the median wall time of $RUNS runs in milliseconds (stdout and stderr
# discarded; exit codes 0 and 1 are normal, `check` exits 1 with findings).
median_ms() {
    local times=() run status start_us end_us
    for ((run = 1; run <= RUNS; run++)); do
        start_us=${EPOCHREALTIME/./}
        status=0
        "$@" >/dev/null 2>&1 || status=$?
        end_us=${EPOCHREALTIME/./}
        if ((status > 1)); then
            echo "error: $* exited with $status" >&2
            exit 2
        fi
        times+=($(((end_us - start_us) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

cat_files() { xargs -a "$files" cat >/dev/null; }

cpu=$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
echo "Machine: $(nproc) cores, $cpu; $(date -u '+%Y-%m-%d %H:%M UTC'); load before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "avtal $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $CONTRACTS contracts, $file_count files, $records records; median of $RUNS runs, warm page cache"
echo

cat_ms=$(median_ms cat_files)
check_ms=$(median_ms "$AVTAL" -C "$reg" --today "$TODAY" check --format json)
echo '| run | median | ratio to avtal check |'
echo '| --- | --- | --- |'
echo "| avtal check --format json | $check_ms ms | 1.00 |"
echo "| cat of every file | $cat_ms ms | $(ratio "$cat_ms" "$check_ms") |"

if command -v hledger >/dev/null; then
    # One posting per record: transactions of two postings, dated through 2026.
    journal=$BENCH_DIR/side-$CONTRACTS.journal
    if [[ ! -f $journal || $(head -n 1 "$journal") != "; $records postings" ]]; then
        awk -v n="$records" 'BEGIN {
            print "; " n " postings"
            for (i = 0; i < n / 2; i++) {
                printf "2026-%02d-%02d Leverantör %d\n", i % 12 + 1, i % 28 + 1, i % 997
                printf "    expenses:avtal:k%d    %d.%02d SEK\n", i % 10000, i % 50000, i % 100
                print "    liabilities:leverantörsskulder\n"
            }
        }' >"$journal"
    fi
    hledger_ms=$(median_ms hledger -f "$journal" check)
    echo "| hledger check ($(hledger --version | head -n 1 | cut -d, -f1)) | $hledger_ms ms | $(ratio "$hledger_ms" "$check_ms") |"
else
    echo
    echo "hledger is not installed: skipped the hledger comparison (apt-get install -y hledger)."
fi
echo
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
