#!/usr/bin/env bash
# Renders what people see of the demo register to pictures, so that anyone changing a document can
# look at it as a contract controller would (issue 24):
#   - every workbook (follow-up, KPI sheet, plan, spend) printed to A4 through LibreOffice with the
#     Carlito font (Calibri's metrics, what Excel users see), one PNG per printed page;
#   - meeting packs (HTML) and every page of the public site and the internal dashboard through
#     headless Chromium at 1280 and 390 pixels wide;
#   - the terminal output of the everyday commands at 100 columns, in Swedish and English.
#
#   examples/look.sh [OUT_DIR]            # default /tmp/avtal-look
#   KEYS="skoladmin skolmat" examples/look.sh   # the contracts to render (default: a sample)
#   ALL=1 examples/look.sh                # every contract of the demo register
#
# Needs (Debian): chromium, libreoffice-calc, fonts-crosextra-carlito, poppler-utils. A missing
# tool skips its part with a message. Nothing is downloaded.
set -euo pipefail

cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-/tmp/avtal-look}")
today=2026-11-22
rm -rf "$out"
mkdir -p "$out"/{docs,png,terminal}

cargo build --quiet --bin avtal
avtal=$PWD/target/debug/avtal
register=$(mktemp -d)
trap 'rm -rf "$register"' EXIT
cp -r contracts/. "$register"
run() { "$avtal" -C "$register" --today "$today" "$@"; }

if [[ -n ${ALL:-} ]]; then
    keys=$(run list --format csv | tail -n +2 | cut -d, -f1)
else
    keys=${KEYS:-skoladmin skolmat bemanning-ssk stadtjanster hantverkare vinterunderhall}
fi

echo "== documents" >&2
for key in $keys; do
    run export followup "$key" -o "$out/docs/followup-$key.xlsx" || true
    run export kpi-sheet "$key" -o "$out/docs/kpi-sheet-$key.xlsx" 2>/dev/null || true
    run report "$key" --format html -o "$out/docs/report-$key.html"
    run report "$key" --format html --audience supplier -o "$out/docs/report-$key-supplier.html"
done
run plan --format xlsx -o "$out/docs/plan.xlsx"
run spend --format xlsx -o "$out/docs/spend.xlsx"
run site -o "$out/site"
run site --internal -o "$out/site-internal"

echo "== terminal at 100 columns" >&2
for lang in sv en; do
    for command in check digest escalation plan spend priority "show skoladmin" "kpi show skolmat"; do
        name=$(echo "$command" | tr ' ' '-')
        # shellcheck disable=SC2086 # the command's words are meant to split
        COLUMNS=100 run --lang "$lang" --color never $command >"$out/terminal/$name.$lang.txt" 2>&1 || true
    done
done

if command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then
    echo "== workbooks through LibreOffice (A4)" >&2
    fc-list | grep -qi carlito || echo "note: the Carlito font is missing (fonts-crosextra-carlito)" >&2
    profile=$(mktemp -d)
    soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
        --outdir "$out/docs" "$out"/docs/*.xlsx >/dev/null 2>&1
    rm -rf "$profile"
    for pdf in "$out"/docs/*.pdf; do
        pdftoppm -r 50 -png "$pdf" "$out/png/$(basename "$pdf" .pdf)"
    done
else
    echo "skipped the workbooks: no soffice or pdftoppm (apt-get install libreoffice-calc poppler-utils)" >&2
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -n $browser ]]; then
    echo "== pages through headless Chromium at 1280 and 390 px" >&2
    profile=$(mktemp -d)
    shoot() { # shoot PAGE NAME
        local width
        for width in 1280 390; do
            "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
                --disable-background-networking --disable-component-update --disable-sync \
                --hide-scrollbars --user-data-dir="$profile" --window-size="$width,2400" \
                --screenshot="$out/png/$2-$width.png" "file://$1" >/dev/null 2>&1 || true
        done
    }
    for page in "$out"/docs/*.html; do
        shoot "$page" "$(basename "$page" .html)"
    done
    for site in site site-internal; do
        while IFS= read -r page; do
            name=$(realpath --relative-to="$out/$site" "$page" | tr '/' '_')
            shoot "$page" "$site-${name%.html}"
        done < <(find "$out/$site" -name '*.html' | sort)
    done
    rm -rf "$profile"
else
    echo "skipped the pages: no chromium (apt-get install chromium)" >&2
fi

echo "$(find "$out/png" -name '*.png' | wc -l) pictures in $out/png, terminal output in $out/terminal"
