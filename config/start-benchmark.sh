#!/usr/bin/env bash
# Start-up and memory of the runnable jar as a newcomer meets it (issue 18 section 3; docs/benchmarks.md,
# "Start-up and memory"). Each run: a fresh working folder (so a fresh ./data with the demo seeded from nothing),
# `java -jar target/recourse.jar` exactly as README says (plus --port, since 8080 may be taken), the time until the
# public home page answers 200, then the demo gallery is opened (the demo is seeded during deployment, before the
# first page; the gallery's pictures are made on first request), and the process's VmRSS is read from /proc after
# a few seconds of rest. Median of the runs; a Markdown table goes to target/benchmarks/start-up-<LABEL>.md (LABEL=default).
#
#   config/start-benchmark.sh            # 5 runs on port 8196
#   RUNS=3 PORT=8241 JAVA_FLAGS='-XX:+UseSerialGC' config/start-benchmark.sh   # an experiment: flags before -jar
#
# Then, as the floor of the stack, Payara Micro with no application (target/payara-micro.jar, the embedded mode's
# JVM flags from pom.xml, or JAVA_FLAGS when given) is started FLOOR_RUNS times (default 3; 0 skips it) and timed to
# its first answer (a 404: nothing is deployed). The report gives the first page as a multiple of that floor: a
# figure that, unlike seconds, carries from one machine to another (docs/benchmarks.md, "Start-up and memory").
#
# Needs `mvn -B -DskipTests package` first. Wall-clock figures: note the machine's load (printed with each run).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR="$ROOT/target/recourse.jar"
RUNS=${RUNS:-5}
PORT=${PORT:-8196}
SETTLE=${SETTLE:-5}
JAVA_FLAGS=${JAVA_FLAGS:-}
LABEL=${LABEL:-default}
TIMEOUT=${TIMEOUT:-600}
FLOOR_RUNS=${FLOOR_RUNS:-3}
PAYARA="$ROOT/target/payara-micro.jar"
OUT="$ROOT/target/benchmarks"
WORK="$ROOT/target/start-benchmark"

[[ -f "$JAR" ]] || { echo "No $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "Port $PORT already answers: stop what runs there or set PORT" >&2; exit 1
fi
mkdir -p "$OUT" "$WORK"

now_ms() { date +%s%3N; }
# The JVM and every process below it (the launcher runs the portal in a second JVM): what the machine gives them.
tree() { echo "$1"; for child in $(pgrep -P "$1"); do tree "$child"; done; }
rss_mb() { for p in $(tree "$1"); do cat "/proc/$p/status"; done 2>/dev/null | awk '/^VmRSS:/ {kb += $2} END {printf "%d", kb / 1024}'; }
# Proportional set size: a page shared by the two JVMs (the JDK's own library and class archive) counted once.
pss_mb() { for p in $(tree "$1"); do cat "/proc/$p/smaps_rollup"; done 2>/dev/null | awk '/^Pss:/ {kb += $2} END {printf "%d", kb / 1024}'; }
cpu_s() {
    for p in $(tree "$1"); do cat "/proc/$p/stat"; done 2>/dev/null \
        | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {printf "%.1f", t / hz}'
}
median() { sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else printf "%.0f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

pid=
cleanup() { if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

rows=()
firsts=(); rss_first=(); rss_demo=(); pss_demo=(); cpus=()
for run in $(seq 1 "$RUNS"); do
    dir="$WORK/run-$run"
    rm -rf "$dir" && mkdir -p "$dir"
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(now_ms)
    # shellcheck disable=SC2086 # JAVA_FLAGS is a list of flags
    (cd "$dir" && RECOURSE_PUBLIC_URL="http://localhost:$PORT" exec java $JAVA_FLAGS -jar "$JAR" --port "$PORT" \
        > "$dir/server.log" 2>&1) &
    pid=$!
    # The subshell execs java, so $pid is the JVM's own pid; RSS and CPU are summed over it and its children.
    code=000
    while [[ "$code" != 200 ]]; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "The portal exited; see $dir/server.log" >&2; exit 1; fi
        if (($(now_ms) - start > TIMEOUT * 1000)); then echo "No page within ${TIMEOUT}s; see $dir/server.log" >&2; exit 1; fi
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/" || true)
        [[ "$code" == 200 ]] || sleep 0.1
    done
    first=$(($(now_ms) - start))
    rss1=$(rss_mb "$pid")
    cpu1=$(cpu_s "$pid")
    curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$PORT/gallery"
    for n in 01 02 03 04 05 06 07 08 09 10 11 12; do
        curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$PORT/media/demo-$n"
    done
    sleep "$SETTLE"
    rss2=$(rss_mb "$pid")
    pss2=$(pss_mb "$pid")
    # CPU seconds of the JVMs so far (user + system): robust to a shared machine, unlike wall time.
    cpu=$(cpu_s "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    load2=$(cut -d' ' -f1 /proc/loadavg)
    printf 'run %d: first page %.1f s (CPU %s s), RSS %d MB at first page, %d MB after the demo (PSS %d MB; CPU %s s), load %s-%s\n' \
        "$run" "$(awk -v ms="$first" 'BEGIN {print ms / 1000}')" "$cpu1" "$rss1" "$rss2" "$pss2" "$cpu" "$load" "$load2"
    rows+=("| $run | $(awk -v ms="$first" 'BEGIN {printf "%.1f", ms / 1000}') | $cpu1 | $rss1 | $rss2 | $pss2 | $cpu | $load-$load2 |")
    firsts+=("$first"); rss_first+=("$rss1"); rss_demo+=("$rss2"); pss_demo+=("$pss2"); cpus+=("$cpu1")
    rm -rf "$dir/data"
done

# The floor: Payara Micro alone, the same JVM flags as the portal's JVM, timed to its first answer of any kind.
floor_flags=${JAVA_FLAGS:-$(sed -n 's:.*<embedded.jvm.flags>\(.*\)</embedded.jvm.flags>.*:\1:p' pom.xml)}
floors=(); floor_rows=()
if ((FLOOR_RUNS > 0)); then
    [[ -f "$PAYARA" ]] || { echo "No $PAYARA: run mvn -B -DskipTests package first (or FLOOR_RUNS=0)" >&2; exit 1; }
    for run in $(seq 1 "$FLOOR_RUNS"); do
        dir="$WORK/floor-$run"
        rm -rf "$dir" && mkdir -p "$dir"
        start=$(now_ms)
        # shellcheck disable=SC2086 # a list of flags
        (cd "$dir" && exec java $floor_flags -jar "$PAYARA" --port "$PORT" --nocluster --disablephonehome \
            --rootdir "$dir/root" > "$dir/server.log" 2>&1) &
        pid=$!
        code=000
        while [[ "$code" == 000 ]]; do
            if ! kill -0 "$pid" 2>/dev/null; then echo "Payara Micro exited; see $dir/server.log" >&2; exit 1; fi
            if (($(now_ms) - start > TIMEOUT * 1000)); then echo "No answer within ${TIMEOUT}s; see $dir/server.log" >&2; exit 1; fi
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/" || true)
            [[ "$code" != 000 ]] || sleep 0.1
        done
        floor=$(($(now_ms) - start))
        fcpu=$(cpu_s "$pid")
        kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
        printf 'floor %d: Payara Micro alone answered %s after %.1f s (CPU %s s)\n' "$run" "$code" \
            "$(awk -v ms="$floor" 'BEGIN {print ms / 1000}')" "$fcpu"
        floor_rows+=("| floor $run | $(awk -v ms="$floor" 'BEGIN {printf "%.1f", ms / 1000}') | $fcpu | | | | | |")
        floors+=("$floor")
        rm -rf "$dir/root"
    done
fi

med_first=$(printf '%s\n' "${firsts[@]}" | median)
med_rss1=$(printf '%s\n' "${rss_first[@]}" | median)
med_rss2=$(printf '%s\n' "${rss_demo[@]}" | median)
med_pss2=$(printf '%s\n' "${pss_demo[@]}" | median)
med_cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
report="$OUT/start-up-$LABEL.md"
{
    echo "# Start-up and memory ($LABEL), $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "\`java ${JAVA_FLAGS:+$JAVA_FLAGS }-jar target/recourse.jar --port $PORT\`, fresh working folder each run, $(nproc) cores, $(java -version 2>&1 | head -1)."
    echo
    echo "| run | first page (s) | CPU to first page (s) | RSS at first page (MB) | RSS after the demo (MB) | PSS after the demo (MB) | CPU to then (s) | load (start-end) |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo "| **median** | **$(awk -v ms="$med_first" 'BEGIN {printf "%.1f", ms / 1000}')** | **$med_cpu** | **$med_rss1** | **$med_rss2** | **$med_pss2** | | |"
    if ((${#floors[@]} > 0)); then
        med_floor=$(printf '%s\n' "${floors[@]}" | median)
        printf '%s\n' "${floor_rows[@]}"
        echo
        echo "Floor: Payara Micro with no application (\`java $floor_flags -jar target/payara-micro.jar\`), first answer, median of ${#floors[@]}: $(awk -v ms="$med_floor" 'BEGIN {printf "%.1f", ms / 1000}') s. **First page ÷ floor: $(awk -v a="$med_first" -v b="$med_floor" 'BEGIN {printf "%.1f", a / b}')**."
    fi
} > "$report"
cat "$report"
