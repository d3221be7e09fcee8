#!/usr/bin/env bash
# Compares what two avtal binaries do, command by command, for a refactoring that must not change
# behaviour (issue 22): stdout, stderr, exit code and every file written.
#
#   examples/same_output.sh OLD_BINARY NEW_BINARY [GENERATED_REGISTER]
#
# Each binary runs, in its own copy of the demo register (`contracts/`) and `examples/`:
#   1. every `avtal …` line of docs/guide.md in order (they write: log, kpi, spend, index, new …),
#   2. every read-only command in every output format, in Swedish and English, on two dates,
#   3. the same read-only commands on GENERATED_REGISTER when given (examples/gen.rs writes one).
# Then the two result folders are compared with `diff -r`; exit 0 when they are the same.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
generated=${3:+$(realpath "$3")}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
[[ -n ${KEEP:-} ]] && echo "keeping $work" >&2
[[ -n ${KEEP:-} ]] || trap 'rm -rf "$work"' EXIT

# run_guide BINARY OUT: the guide's commands in a fresh copy; one numbered record per command.
run_guide() {
    local binary=$1 out=$2 n=0
    mkdir -p "$out/guide" "$out/tree"
    local play=$out/play
    mkdir -p "$play"
    cp -r "$root/contracts" "$play/contracts"
    cp -r "$root/examples" "$play/examples"
    while IFS= read -r line; do
        n=$((n + 1))
        local record
        record=$(printf '%s/guide/%03d' "$out" "$n")
        (
            cd "$play"
            avtal() { "$binary" "$@"; }
            printf '%s\n' "$line" >"$record.cmd"
            set +e
            eval "$line" >"$record.out" 2>"$record.err" </dev/null
            echo $? >"$record.code"
        )
    done < <(awk '/^```/{inblock = ($0 == "```sh"); next} inblock && /^avtal /' "$root/docs/guide.md")
    # Every file the guide's commands left behind, by content.
    (cd "$play" && find . -type f ! -path './examples/*' -print0 | sort -z | xargs -0 sha256sum) \
        >"$out/tree/files.sha256"
    rm -rf "$play"
}

# run_reads BINARY REGISTER OUT: read-only commands in every format, both languages, two dates.
run_reads() {
    local binary=$1 register=$2 out=$3
    mkdir -p "$out"
    local keys
    keys=$("$binary" -C "$register" list --format csv 2>/dev/null | tail -n +2 | cut -d, -f1 |
        head -n 40 || true)
    local -a commands=(
        "list" "list --format json" "list --format csv"
        "check" "check --format json" "check --format github" "check --fail-on warning"
        "check --within 30" "priority" "priority --format json" "plan" "plan --format json"
        "plan --format csv" "plan --format ics" "plan --format xlsx -o FILE.xlsx"
        "escalation" "escalation --format json" "digest" "digest --format md"
        "digest --format eml -o SITE" "spend" "spend --format json" "spend --format csv"
        "spend --format xlsx -o FILE.xlsx" "schema contract" "schema register" "site -o SITE"
        "site --internal -o SITE"
    )
    local key
    for key in $keys; do
        commands+=("show $key" "show $key --format json" "kpi show $key" "report $key"
            "report $key --format html" "report $key --format json"
            "report $key --audience supplier" "export followup $key -o FILE.xlsx"
            "export kpi-sheet $key -o FILE.xlsx" "price $key" "escalation $key")
    done
    local today lang command n=0
    for today in 2026-11-22 2027-06-30; do
        for lang in sv en; do
            for command in "${commands[@]}"; do
                n=$((n + 1))
                local record
                record=$(printf '%s/%04d' "$out" "$n")
                local site=$out/site-$n
                local file=$out/file-$n
                local line=${command//SITE/$site}
                line=${line//FILE/$file}
                printf '%s --today %s --lang %s\n' "$command" "$today" "$lang" >"$record.cmd"
                set +e
                # shellcheck disable=SC2086 # the command's words are meant to split
                "$binary" -C "$register" --today "$today" --lang "$lang" --color never $line \
                    >"$record.out" 2>"$record.err" </dev/null
                echo $? >"$record.code"
                set -e
                if [[ -f $file.xlsx ]]; then
                    sha256sum <"$file.xlsx" >"$record.file"
                    rm -f "$file.xlsx"
                fi
                if [[ -d $site ]]; then
                    (cd "$site" && find . -type f -print0 | sort -z | xargs -0 sha256sum) \
                        >"$record.site"
                    rm -rf "$site"
                fi
            done
        done
    done
    # Outputs name the folder they ran in: make the two runs' paths the same.
    grep -rl "$out" "$out" 2>/dev/null | xargs -r sed -i "s#$out#OUT#g"
}

for side in old new; do
    binary=$old
    [[ $side == new ]] && binary=$new
    echo "== $side: the guide" >&2
    run_guide "$binary" "$work/$side"
    echo "== $side: read-only commands on the demo register" >&2
    run_reads "$binary" "$root/contracts" "$work/$side/demo"
    if [[ -n $generated ]]; then
        echo "== $side: read-only commands on $generated" >&2
        run_reads "$binary" "$generated" "$work/$side/generated"
    fi
    grep -rl "$work/$side" "$work/$side" 2>/dev/null | xargs -r sed -i "s#$work/$side#WORK#g"
done

records=$(find "$work/old" -name '*.cmd' | wc -l)
if diff -r "$work/old" "$work/new" >"$work/diff.txt"; then
    echo "same output: $records commands compared"
else
    head -n 80 "$work/diff.txt"
    echo "DIFFERENT: see above ($records commands compared)"
    exit 1
fi
