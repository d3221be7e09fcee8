#!/usr/bin/env bash
# Times `avtal check` side by side with reading the same files and with `hledger check` on a
# journal of the same number of records (SPEC §10, issue 15); method in docs/performance.md.
#
#   examples/side_by_side.sh              # 10,000 contracts, median of 5 runs
#   RUNS=9 examples/side_by_side.sh 1000  # 1,000 contracts, median of 9
#
# The register is generated once into $AVTAL_BENCH_DIR (default /tmp/avtal-bench) like
# examples/bench.sh does. The hledger part is skipped with a message when hledger is missing
# (Debian: apt-get install -y hledger); the cold-cache runs (page cache dropped before each
# run) only happen as root.
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

# The same bytes read two ways: file by file (one `cat` opening each file in turn, as the
# loader must), and as one file holding all of them (what the bytes alone cost).
cat_files() { xargs -a "$files" cat >/dev/null; }
all=$BENCH_DIR/side-$CONTRACTS.all
if [[ ! -f $all || $all -ot $files ]]; then xargs -a "$files" cat >"$all"; fi
cat_all() { cat "$all" >/dev/null; }
bytes=$(stat -c %s "$all")

# cold COMMAND...: COMMAND after dropping the page cache (needs root).
cold() {
    sync
    echo 3 >/proc/sys/vm/drop_caches
    "$@"
}
can_drop=false
if [[ -w /proc/sys/vm/drop_caches ]] && (echo 1 >/proc/sys/vm/drop_caches) 2>/dev/null; then
    can_drop=true
fi

cpu=$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(free -h | awk '/^Mem:/ { print $2 }')
echo "Machine: $(nproc) cores, $cpu, $mem RAM; $(date -u '+%Y-%m-%d %H:%M UTC'); load before $(cut -d' ' -f1-3 /proc/loadavg)"
echo "avtal $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $CONTRACTS contracts, $file_count files ($((bytes / 1048576)) MiB), $records records; median of $RUNS runs"
echo

check=("$AVTAL" -C "$reg" --today "$TODAY" check --format json)
check_ms=$(median_ms "${check[@]}")
cat_ms=$(median_ms cat_files)
all_ms=$(median_ms cat_all)
echo '| run | cache | median | ratio to avtal check |'
echo '| --- | --- | --- | --- |'
echo "| avtal check --format json | warm | $check_ms ms | 1.00 |"
echo "| cat of the $file_count files, one by one | warm | $cat_ms ms | $(ratio "$cat_ms" "$check_ms") |"
echo "| cat of one file of the same bytes | warm | $all_ms ms | $(ratio "$all_ms" "$check_ms") |"
if $can_drop; then
    cold_check_ms=$(median_ms cold "${check[@]}")
    cold_cat_ms=$(median_ms cold cat_files)
    cold_all_ms=$(median_ms cold cat_all)
    echo "| avtal check --format json | cold | $cold_check_ms ms | 1.00 |"
    echo "| cat of the $file_count files, one by one | cold | $cold_cat_ms ms | $(ratio "$cold_cat_ms" "$cold_check_ms") |"
    echo "| cat of one file of the same bytes | cold | $cold_all_ms ms | $(ratio "$cold_all_ms" "$cold_check_ms") |"
fi

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
    echo "| hledger check, $records postings ($(hledger --version | head -n 1 | cut -d, -f1)) | warm | $hledger_ms ms | $(ratio "$hledger_ms" "$check_ms") |"
else
    echo
    echo "hledger is not installed: skipped the hledger comparison (apt-get install -y hledger)."
fi
echo
$can_drop || echo "Not root (or /proc/sys/vm/drop_caches not writable): no cold-cache runs."
echo "Load after: $(cut -d' ' -f1-3 /proc/loadavg)"
