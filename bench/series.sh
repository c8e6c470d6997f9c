#!/usr/bin/env bash
# Issue 15: the benchmarks behind BENCHMARKS.md's targets, one after the other on one build, so
# that the figures come from one series of runs on one (quiet) machine.
#
#   bench/series.sh                  # from the repository root (or anywhere: it cds there)
#
# Builds the jar and the bench sources once, then runs, in this order, each on its own:
#   overhead  bench/overhead/run.sh                         in-process intake vs the bare engine; with
#             BEFORE_TREE=<a checkout of an older build, bench sources compiled> that build's run
#             comes first, in the same series
#   intake    bench/intake/run.sh (MODES=intake)            HTTP intake steps, RSS under load, time to ready
#   storm1    bench/timerstorm/timer_storm.py --nodes 1     10,000 deadlines due at once, one node
#   queue     bench/scale/work_queue.py                     filters at 50,000 tasks (QUEUE_ARGS; by default
#             the scaled database of item 4c, QUEUE_DB, at 1 and 20 properties)
#   storm2    bench/timerstorm/timer_storm.py --nodes 2     the storm on two nodes sharing PostgreSQL
# STEPS picks some of them; RATES as in bench/intake/run.sh. Prints the commit and the load average
# before each step; each step's output goes to bench/results/series-<step>.log beside the JSON
# each benchmark writes.
set -uo pipefail
cd "$(dirname "$0")/.."
STEPS=${STEPS:-"overhead intake storm1 queue storm2"}
RATES=${RATES:-"25 50 75 100 125 150"}
QUEUE_DB=${QUEUE_DB:-rsd_q_scale}
QUEUE_ARGS=${QUEUE_ARGS:-"--skip-generate --db $QUEUE_DB --properties 1,20 --users engineer,clerk,clerk2,supervisor,guard,manager,auditor --kinds count,list --samples 15 --count-samples 5"}
OUT=bench/results
mkdir -p "$OUT"
echo "== series on $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (uncommitted changes)'), $(nproc) CPUs, $(date -u +%FT%TZ)"

./mvnw -B -q -DskipTests -Dexec.skip package || exit 1
./mvnw -B -q -Pbench -Dexec.skip -DskipTests test-compile || exit 1

run() {
  local name=$1
  shift
  echo "== $(date -u +%T) $name: load average $(cut -d' ' -f1-3 /proc/loadavg)"
  local started=$SECONDS
  "$@" >"$OUT/series-$name.log" 2>&1
  echo "   $name: exit $? after $((SECONDS - started)) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

for step in $STEPS; do
  case $step in
    overhead)
      if [[ -n ${BEFORE_TREE:-} ]]; then
        run overhead-before bash -c "cd '$BEFORE_TREE' && bench/overhead/run.sh"
      fi
      run overhead bench/overhead/run.sh ;;
    intake) run intake env MODES=intake RATES="$RATES" BENCH_BUILD=never bench/intake/run.sh ;;
    storm1) run storm1 flock /tmp/bench.lock python3 bench/timerstorm/timer_storm.py --nodes 1 ;;
    storm2) run storm2 flock /tmp/bench.lock python3 bench/timerstorm/timer_storm.py --nodes 2 --db bench_b_ts2 ;;
    queue) run queue flock /tmp/bench.lock python3 bench/scale/work_queue.py $QUEUE_ARGS ;;
    *) echo "unknown step $step" && exit 2 ;;
  esac
done
echo "== done $(date -u +%T)"
