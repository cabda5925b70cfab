#!/usr/bin/env bash
# Issue 13's table from one run: each figure for Sagstjek beside the sqlite3 CLI doing the same work on the same
# machine. Benchmarks print figures; nothing here passes or fails on time (CI runs --small so the script cannot rot).
#
#   tests/bench/run.sh [--small] [--build-dir DIR] [--work DIR [--reuse]] [--large N] [--reviewed-share F]
#
#   (default)        builds Release in build-rel (sagstjek-cli, bench_import, sagstjek), generates 10,000 and
#                    1,000,000 cases (30 % reviewed) and imports a 1,000,000-row CSV
#   --small          500 and 2,000 cases, a 2,000-row import, one run per figure: every step runs, in seconds
#                    (CI runs it under the sanitizers, where 10,000 cases took 2.5 minutes)
#   --build-dir DIR  use the binaries already built in DIR (no build)
#   --work DIR       keep the databases and files there (default: a temporary folder, removed at the end)
#   --reuse          take the generated databases an earlier run left in --work DIR (and its generate figures)
#                    instead of generating them again; every figure is taken on a copy, so they stay as generated
#
# Medians of 3 runs for the short commands (1 run with --small). Times are wall-clock seconds, memory is peak
# resident set size in MB (/usr/bin/time -f %M).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
small=0
build_dir=""
work=""
large=1000000
share=0.3
reuse=0
while [ $# -gt 0 ]; do
    case "$1" in
    --small) small=1 ;;
    --build-dir) build_dir=$2; shift ;;
    --work) work=$2; shift ;;
    --large) large=$2; shift ;;
    --reviewed-share) share=$2; shift ;;
    --reuse) reuse=1 ;;
    -h | --help) sed -n 2,18p "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 1 ;;
    esac
    shift
done

if [ "$small" = 1 ]; then
    sizes=(500 2000)
    import_rows=2000
    runs=1
else
    sizes=(10000 "$large")
    import_rows=$large
    runs=3
fi

if [ -z "$build_dir" ]; then
    build_dir="$source_dir/build-rel"
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    nice -n 10 cmake --build "$build_dir" --target sagstjek-cli bench_import bench_stalls bench_lists sagstjek
fi
cli="$build_dir/app/sagstjek-cli"
gui="$build_dir/app/sagstjek"
bench_import="$build_dir/tests/bench/bench_import"
bench_stalls="$build_dir/tests/bench/bench_stalls"
bench_lists="$build_dir/tests/bench/bench_lists"
for program in "$cli" "$bench_import" sqlite3 /usr/bin/time; do
    command -v "$program" >/dev/null || { echo "run.sh: $program is missing" >&2; exit 1; }
done

if [ -z "$work" ]; then
    [ "$reuse" = 0 ] || { echo "run.sh: --reuse needs --work DIR" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
# The audit key and checkpoints of these throw-away databases stay out of the user's own configuration.
export XDG_CONFIG_HOME="$work/config"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
user=bench

# measure COMMAND...: runs the command $runs times; sets $seconds (median) and $megabytes (largest). An argument
# @RUN@ becomes the run's number (so that each run of a write changes something).
measure() {
    local times=() rss=0 i
    for ((i = 0; i < runs; i++)); do
        local command=("${@//@RUN@/$i}")
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "${command[@]}" >"$work/out.txt" 2>"$work/err.txt" || {
            echo "run.sh: failed: $*" >&2
            tail -5 "$work/err.txt" >&2
            return 1
        }
        read -r t m <"$work/time.txt"
        times+=("$t")
        if [ "$m" -gt "$rss" ]; then rss=$m; fi
    done
    seconds=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((runs + 1) / 2))p")
    megabytes=$((rss / 1024))
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }

echo "# Sagstjek benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr);" \
    "sqlite3 $(sqlite3 --version | cut -d' ' -f1); load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Command: tests/bench/run.sh $([ "$small" = 1 ] && echo --small) (binaries: $build_dir)"
echo

# Databases made by the generator (kept as generated: the figures are taken on a copy of each, db[N]).
declare -A db
for n in "${sizes[@]}"; do
    generated="$work/generated-$n.db"
    figures="$work/generated-$n.figures"
    if [ "$reuse" = 1 ] && [ -f "$generated" ] && [ -f "$figures" ]; then
        read -r seconds megabytes <"$figures"
    else
        rm -f "$generated"*
        # Once: a second generate into the same file is refused (it holds cases).
        runs=1 measure "$cli" --user "$user" --db "$generated" generate --cases "$n" --seed 13 --reviewed-share "$share" --json
        echo "$seconds $megabytes" >"$figures"
    fi
    generate_seconds[$n]=$seconds
    generate_mb[$n]=$megabytes
    db[$n]="$work/db-$n.db"
    rm -f "${db[$n]}"*
    cp "$generated" "${db[$n]}"
    answers[$n]=$(sqlite3 "${db[$n]}" "SELECT count(*) FROM answers")
done
small_n=${sizes[0]}
big_n=${sizes[1]}
small_db=${db[$small_n]}
big_db=${db[$big_n]}

echo "| figure | Sagstjek | sqlite3 baseline | ratio |"
echo "|---|---|---|---|"
for n in "${sizes[@]}"; do
    row "generate $n cases ($share reviewed, ${answers[$n]} answers)" "${generate_seconds[$n]} s, ${generate_mb[$n]} MB" "-" "-"
done

# Import: bench_import prints CaseImporter's time beside sqlite3 .import + CREATE UNIQUE INDEX on the case number.
"$bench_import" "$import_rows" --dir "$work" >"$work/import.txt" 2>&1
import_s=$(sed -n 's/^CaseImporter: *\([0-9.]*\) s.*/\1/p' "$work/import.txt")
import_rss=$(sed -n 's/.*peak RSS \([0-9]*\) MB.*/\1/p' "$work/import.txt")
sqlite_import_s=$(sed -n 's/.*+ unique index \([0-9.]*\) s.*/\1/p' "$work/import.txt")
row "import a $import_rows-row case CSV" "$import_s s, $import_rss MB" "$sqlite_import_s s (.import + unique index)" \
    "$(ratio "$import_s" "$sqlite_import_s")"

# Case listings.
columns="case_number, cpr, name, area, subgroup, caseworker, team, review_status"
for n in "${sizes[@]}"; do
    measure "$cli" --user "$user" --db "${db[$n]}" cases --json
    s=$seconds mb=$megabytes
    measure sqlite3 -json "${db[$n]}" "SELECT $columns FROM cases ORDER BY case_number"
    row "cases --json at $n" "$s s, $mb MB" "$seconds s, $megabytes MB (sqlite3 -json)" "$(ratio "$s" "$seconds")"
done
area=$(sqlite3 "$big_db" "SELECT area FROM cases GROUP BY area ORDER BY count(*) LIMIT 1")
# The first page: --limit when the CLI has it (issue 13's streaming listings), else the whole area.
limit=()
"$cli" cases --help 2>/dev/null | grep -q -- '--limit' && limit=(--limit 100)
for n in "${sizes[@]}"; do
    measure "$cli" --user "$user" --db "${db[$n]}" cases --area "$area" "${limit[@]}" --json
    area_s[$n]=$seconds
    area_mb[$n]=$megabytes
done
measure sqlite3 -json "$big_db" "SELECT $columns FROM cases WHERE area = '$area' ORDER BY case_number LIMIT 100"
row "cases --area $area ${limit[*]:-(no --limit)} --json at $big_n" "${area_s[$big_n]} s, ${area_mb[$big_n]} MB" \
    "$seconds s (sqlite3, first 100)" "$(ratio "${area_s[$big_n]}" "${area_s[$small_n]}") x the $small_n figure"

# A case's card and an answer, on the small and the large database.
for n in "${sizes[@]}"; do
    number=$(sqlite3 "${db[$n]}" "SELECT c.case_number FROM cases c JOIN reviews r ON r.case_id = c.id AND r.round_id IS NULL WHERE r.status = 'in-progress' ORDER BY c.id LIMIT 1")
    item=$(sqlite3 "${db[$n]}" "SELECT i.key FROM answers a JOIN items i ON i.id = a.item_id JOIN reviews r ON r.id = a.review_id JOIN cases c ON c.id = r.case_id WHERE c.case_number = '$number' AND r.round_id IS NULL LIMIT 1")
    measure "$cli" --user "$user" --db "${db[$n]}" card "$number" --json
    card_s[$n]=$seconds
    measure "$cli" --user "$user" --db "${db[$n]}" answer "$number" "$item" met --note "run @RUN@"
    answer_s[$n]=$seconds
done
row "card at $big_n vs $small_n" "${card_s[$big_n]} s vs ${card_s[$small_n]} s" "-" \
    "$(ratio "${card_s[$big_n]}" "${card_s[$small_n]}")"
row "answer at $big_n vs $small_n" "${answer_s[$big_n]} s vs ${answer_s[$small_n]} s" "-" \
    "$(ratio "${answer_s[$big_n]}" "${answer_s[$small_n]}")"

# Export of every answer.
for n in "${sizes[@]}"; do
    measure "$cli" --user "$user" --db "${db[$n]}" export answers -o "$work/answers-$n.csv"
    s=$seconds mb=$megabytes
    measure sqlite3 -csv "${db[$n]}" "SELECT c.case_number, i.key, a.answer, a.note, a.answered_by, a.answered_at FROM answers a JOIN items i ON i.id = a.item_id JOIN reviews r ON r.id = a.review_id JOIN cases c ON c.id = r.case_id ORDER BY c.case_number, i.key"
    row "export answers at $n (${answers[$n]} rows)" "$s s, $mb MB" "$seconds s, $megabytes MB (sqlite3 -csv)" \
        "$(ratio "$s" "$seconds")"
done

# The case list far down (keyset pages, against OFFSET) and the defect lists, as the window reads them.
if [ -x "$bench_lists" ]; then
    for n in "${sizes[@]}"; do
        "$bench_lists" --db "${db[$n]}" >"$work/lists-$n.txt" 2>&1 || {
            echo "run.sh: bench_lists failed" >&2
            tail -5 "$work/lists-$n.txt" >&2
            exit 1
        }
        figure() { sed -n "s/^$1.* \([0-9.]*\) ms.*/\1/p" "$work/lists-$n.txt" | head -1; }
        list_first[$n]=$(figure "case list shown: first page")
        list_far[$n]=$(figure "case list: the next page there")
        list_offset[$n]=$(figure "before (for comparison): the page at row")
        list_defects[$n]=$(figure "views shown: first page of each")
    done
    row "case list: first page at $big_n vs $small_n" "${list_first[$big_n]} ms vs ${list_first[$small_n]} ms" "-" \
        "$(ratio "${list_first[$big_n]}" "${list_first[$small_n]}")"
    row "case list: a page at 90 % of $big_n (keyset) vs at 90 % of $small_n" \
        "${list_far[$big_n]} ms vs ${list_far[$small_n]} ms" "OFFSET: ${list_offset[$big_n]} ms vs ${list_offset[$small_n]} ms" \
        "$(ratio "${list_far[$big_n]}" "${list_far[$small_n]}")"
    row "defect lists: first page of each at $big_n vs $small_n" "${list_defects[$big_n]} ms vs ${list_defects[$small_n]} ms" \
        "-" "$(ratio "${list_defects[$big_n]}" "${list_defects[$small_n]}")"
fi

# GUI start to a ready window: --screenshot grabs the window 0.8 s after it is shown, then quits; the figure is
# that time minus the fixed 0.8 s.
if [ -x "$gui" ]; then
    for n in "${sizes[@]}"; do
        measure "$gui" --db "${db[$n]}" --screenshot "$work/start-$n.png"
        gui_s[$n]=$(awk -v s="$seconds" 'BEGIN { printf "%.2f", s - 0.8 }')
        gui_mb[$n]=$megabytes
    done
    row "GUI start to a ready window at $big_n vs $small_n" "${gui_s[$big_n]} s, ${gui_mb[$big_n]} MB vs ${gui_s[$small_n]} s, ${gui_mb[$small_n]} MB" "-" \
        "$(ratio "${gui_s[$big_n]}" "${gui_s[$small_n]}")"
else
    row "GUI start" "not built in $build_dir" "-" "-"
fi

# The longest event-loop stall in a scripted session of the window on a copy of the large database (search, the
# case list, a card answered with the keyboard, an import through the dialog, an export): goal under 100 ms.
if [ -x "$bench_stalls" ]; then
    cp "$big_db" "$work/stalls.db"
    stall_rows=$([ "$small" = 1 ] && echo 2000 || echo 100000)
    "$bench_stalls" "$work/stalls.db" --import-rows "$stall_rows" --work "$work" >"$work/stalls.txt" 2>&1 || {
        echo "run.sh: bench_stalls failed" >&2
        tail -5 "$work/stalls.txt" >&2
        exit 1
    }
    longest=$(sed -n 's/^longest stall after the window was shown: \([0-9]*\) ms/\1/p' "$work/stalls.txt")
    row "longest UI stall in a scripted session at $big_n (import of $stall_rows rows)" "$longest ms" "-" "goal < 100 ms"
    rm -rf "$work/stalls.db"*
fi

echo
echo "Database sizes as generated: $(for n in "${sizes[@]}"; do printf '%s cases %s MB; ' "$n" $(($(stat -c %s "$work/generated-$n.db") / 1048576)); done)"
echo
echo "Import details:"
sed 's/^/    /' "$work/import.txt"
for n in "${sizes[@]}"; do
    if [ -f "$work/lists-$n.txt" ]; then
        echo
        echo "Lists at $n cases (bench_lists --db):"
        sed 's/^/    /' "$work/lists-$n.txt"
    fi
done
if [ -f "$work/stalls.txt" ]; then
    echo
    echo "UI stalls (bench_stalls), step by step:"
    echo
    cat "$work/stalls.txt"
fi
# The working copies (the generated databases stay in --work for --reuse).
rm -rf "$work"/db-*
