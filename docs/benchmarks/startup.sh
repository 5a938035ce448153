#!/usr/bin/env bash
# Start-up and memory benchmark for HTM Academy.
#   docs/benchmarks/startup.sh run [runs]   time from "./mvnw spring-boot:run" to the first page served
#   docs/benchmarks/startup.sh jar [runs]   time from "java -jar target/htm-academy-*.jar" to the first page
# Prints each run, the median, and the resident memory (RSS) of the JVM and of the embedded mariadbd once
# the first page is served. Uses its own embedded database folder under target/ (first run installs it,
# so it is reported separately as "cold").
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-jar}"; runs="${2:-3}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export HTM_EMBEDDED_DATABASE_DIRECTORY="$PWD/target/benchmark-mariadb"
export SERVER_PORT="${SERVER_PORT:-8181}"
url="http://127.0.0.1:$SERVER_PORT/"

case "$mode" in
  run) cmd=(./mvnw -q -B spring-boot:run) ;;
  jar) jar=$(ls target/htm-academy-*.jar | head -1); cmd=("$JAVA_HOME/bin/java" -jar "$jar") ;;
  *) echo "usage: $0 run|jar [runs]"; exit 2 ;;
esac

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{printf "%.0f", $1/1024}'; }

mkdir -p target
times=()
for i in $(seq 0 "$runs"); do
  log="target/benchmark-$mode-$i.log"
  start=$(date +%s.%N)
  setsid "${cmd[@]}" >"$log" 2>&1 &
  leader=$!
  until curl -fs -o /dev/null "$url"; do
    sleep 0.2
    if ! kill -0 "$leader" 2>/dev/null; then echo "app exited; see $log"; exit 1; fi
  done
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  jvm=$(pgrep -f -n "HtmAcademyApplication|htm-academy-.*\.jar" || true)
  db=$(pgrep -f -n "mariadbd.*benchmark-mariadb" || true)
  label=$([ "$i" = 0 ] && echo "cold (database install)" || echo "warm run $i")
  printf '%-24s first page after %6.1f s   RSS: JVM %s MB, mariadbd %s MB\n' "$label" "$secs" "$(rss_mb "$jvm")" "$(rss_mb "$db")"
  [ "$i" = 0 ] || times+=("$secs")
  kill -TERM -- -"$leader" 2>/dev/null || true
  while kill -0 "$leader" 2>/dev/null || pgrep -f "mariadbd.*benchmark-mariadb" >/dev/null; do sleep 0.2; done
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d warm runs: %.1f s\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
