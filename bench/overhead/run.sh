#!/usr/bin/env bash
# Issue 7 item 2: IntakeService.submit in-process vs a bare BPMN with the same steps started through
# RuntimeService alone, same engine, same PostgreSQL database, one run; prints the ratio table and
# writes bench/results/overhead.json.
#
#   bench/overhead/run.sh
#
# Environment: PG_HOST [127.0.0.1] PG_PORT [5432] PG_USER [postgres] BENCH_DB [bench_a_overhead]
# (dropped and recreated), COUNT [1000] WARMUP [300] THREADS [4] XMX [1g], BENCH_LOCK [/tmp/bench.lock],
# JFR [none: a file name records a JFR CPU profile of the whole run, settings=profile].
set -euo pipefail
cd "$(dirname "$0")/../.."
PG_HOST=${PG_HOST:-127.0.0.1}; PG_PORT=${PG_PORT:-5432}; PG_USER=${PG_USER:-postgres}
BENCH_DB=${BENCH_DB:-bench_a_overhead}; BENCH_LOCK=${BENCH_LOCK:-/tmp/bench.lock}
COUNT=${COUNT:-1000}; WARMUP=${WARMUP:-300}; THREADS=${THREADS:-4}; XMX=${XMX:-1g}
JFR_FLAG=-Dbench.jfr=off
if [[ -n "${JFR:-}" ]]; then JFR_FLAG="-XX:StartFlightRecording=filename=$(realpath -m "$JFR"),settings=profile"; fi

if [[ ! -f target/test-classes/com/residentdesk/bench/OverheadBench.class ]]; then
  ./mvnw -q -Pbench -Dexec.skip -DskipTests test-compile
fi
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $BENCH_DB with (force)" \
  -c "create database $BENCH_DB" -c "alter database $BENCH_DB set track_functions = 'pl'"
mkdir -p bench/results
# exec:exec@bench-overhead forks `java -Xmx$XMX -classpath <test classpath> com.residentdesk.bench.OverheadBench`
SPRING_PROFILES_ACTIVE=postgres,demo DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB DB_USER=$PG_USER \
  flock "$BENCH_LOCK" ./mvnw -q -o -Pbench exec:exec@bench-overhead \
  -Dbench.count="$COUNT" -Dbench.warmup="$WARMUP" -Dbench.threads="$THREADS" -Dbench.overhead.xmx="$XMX" \
  -Dbench.overhead.jfr="$JFR_FLAG"
