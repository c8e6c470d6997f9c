#!/usr/bin/env bash
# Unpacks the application jar and records a class-data sharing archive (AppCDS) with one training
# start, so a node loads its ~20,000 classes from the archive instead of parsing and verifying them
# again on every start (issue 15: ready in < 20 s). Used by docker/Dockerfile and by
# bench/intake/run.sh, so the benchmark starts the node the way the image does.
#
#   docker/cds.sh JAR DIR        # then: java @docker/jvm.options -XX:SharedArchiveFile=DIR/app.jsa -jar DIR/app.jar
#                                # (DIR as an absolute path: the archive holds the class path as given)
#
# DIR/app.jar is the application with its libraries in DIR/lib (Spring Boot's `-Djarmode=tools
# extract`): classes from the jar-in-jar class loader cannot be archived. The training start runs
# on an in-memory H2 database (no database needed where the image is built), with the demo data, and
# stops itself once ready (desk.cds-training, system.CdsTrainingStart): Spring, Hibernate, Flyway,
# Tomcat and the engine with its BPMN, DMN and FEEL classes are loaded by then. The archive is only valid for this JVM, these JVM options and
# this class path: a node started any other way ignores it (and says so) and starts without it.
set -euo pipefail
JAR=$1
DIR=$2
HERE=$(cd "$(dirname "$0")" && pwd)
OPTIONS=${JVM_OPTIONS_FILE:-$HERE/jvm.options}

mkdir -p "$DIR"
# the archive records the class path as given: absolute, as the node is started with it
DIR=$(cd "$DIR" && pwd)
rm -rf "$DIR/extract" "$DIR/lib" "$DIR/app.jar" "$DIR/app.jsa"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR/extract"
mv "$DIR/extract/$(basename "$JAR")" "$DIR/app.jar"
mv "$DIR/extract/lib" "$DIR/lib"
rmdir "$DIR/extract"

# the training start: the demo profile on a throwaway in-memory database, none of the caller's
# environment, a free port, no jobs, no mail
env -u SPRING_PROFILES_ACTIVE -u DB_URL -u DB_USER -u DB_PASSWORD -u MAIL_HOST -u MAIL_PORT \
  java @"$OPTIONS" -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Xlog:cds=error \
  -jar "$DIR/app.jar" --spring.profiles.active=demo --desk.cds-training=true \
  --spring.datasource.url="jdbc:h2:mem:cds;DB_CLOSE_DELAY=-1" \
  --camunda.bpm.job-execution.enabled=false --desk.outbox.poll-interval=PT1H \
  --server.port=0 >"$DIR/training.log" 2>&1 || {
  echo "CDS training start failed; see $DIR/training.log" >&2
  tail -30 "$DIR/training.log" >&2
  exit 1
}
[[ -s $DIR/app.jsa ]] || { echo "no archive written; see $DIR/training.log" >&2; exit 1; }
echo "CDS archive: $DIR/app.jsa ($(du -h "$DIR/app.jsa" | cut -f1))"
