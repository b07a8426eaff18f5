#!/usr/bin/env bash
# A real Spark standalone cluster on this machine: a master and workers on 127.0.0.1, run from the project's own
# Maven dependencies (no Spark download). For CI and for trying jobs/submit.sh.
#   jobs/local-cluster.sh start      start the master and the workers; prints the master URL
#   jobs/local-cluster.sh status     the master URL and which daemons run
#   jobs/local-cluster.sh stop       stop the workers (and their executors) and the master
#   jobs/local-cluster.sh spark-home create the SPARK_HOME only (RELEASE, jars/, conf/) and print its path
# Environment: CLUSTER_DIR (default target/local-cluster: pids, logs, work dirs), WORKERS (2), WORKER_CORES (1),
#   WORKER_MEMORY (1536m: what executors may use on each worker), START_TIMEOUT (60 s).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CLUSTER_DIR:-$home/target/local-cluster}"
spark_home="$home/target/spark-home"
workers="${WORKERS:-2}"
timeout="${START_TIMEOUT:-60}"
flags="$home/target/classes/org/uprlens/jvm-flags.txt"
classpath="$home/target/classpath-provided.txt"
extra="$home/target/classpath-spark-extra.txt"

# Spark's worker launches executors with SPARK_HOME/jars/* on the classpath; a RELEASE file tells it that
# SPARK_HOME is a distribution (not a source tree). The jars are links into the local Maven repository.
make_spark_home() {
  if [[ ! -f "$classpath" || ! -f "$extra" || ! -f "$flags" ]]; then
    echo "local-cluster: building the job first (target/classpath-*.txt are missing)..." >&2
    (cd "$home" && mvn -B -q -Dmaven.test.skip=true package >&2)
  fi
  rm -rf "$spark_home/jars"
  mkdir -p "$spark_home/jars" "$spark_home/conf"
  : >"$spark_home/RELEASE"
  { cat "$classpath"; echo; cat "$extra"; echo; } | tr ":" "\n" | while read -r jar; do
    [[ -n "$jar" ]] && ln -sf "$jar" "$spark_home/jars/"
  done
  # The daemons' registration lines (INFO) are how this script learns the master's port and sees the workers.
  { cat "$home/jobs/log4j2.properties"
    printf '%s\n' "logger.deploy.name = org.apache.spark.deploy" "logger.deploy.level = info"
  } >"$spark_home/conf/log4j2.properties"
}

export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_PUBLIC_DNS=127.0.0.1

daemon() { # name class args...
  local name="$1"; shift
  # shellcheck disable=SC2046 # the flags file holds space-separated JVM options
  nohup java -Xmx256m $(cat "$flags") -Dlog4j2.configurationFile="$spark_home/conf/log4j2.properties" \
    -cp "$spark_home/conf:$spark_home/jars/*" "$@" >"$dir/$name.log" 2>&1 &
  echo $! >"$dir/$name.pid"
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop() {
  local pid
  for f in "$dir"/worker-*.pid "$dir"/master.pid; do
    [[ -f "$f" ]] || continue
    pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
  rm -f "$dir/master-url"
}

start() {
  if alive "$dir/master.pid"; then
    echo "local-cluster: already running at $(cat "$dir/master-url")" >&2
    exit 1
  fi
  make_spark_home
  rm -rf "$dir"
  mkdir -p "$dir"
  # The cluster is stopped again when starting fails halfway.
  trap 'stop' ERR INT TERM
  # Port 0: the master picks a free port; its log names it.
  daemon master org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
  local url="" deadline=$((SECONDS + timeout))
  while [[ -z "$url" ]]; do
    url="$(grep -o 'Starting Spark master at spark://[0-9.:]*' "$dir/master.log" | head -1 | sed 's/.* at //' || true)"
    alive "$dir/master.pid" || { cat "$dir/master.log" >&2; echo "local-cluster: the master died" >&2; false; }
    (( SECONDS < deadline )) || { echo "local-cluster: the master did not start in ${timeout}s" >&2; false; }
    [[ -n "$url" ]] || sleep 0.5
  done
  echo "$url" >"$dir/master-url"
  for i in $(seq 1 "$workers"); do
    daemon "worker-$i" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
      --cores "${WORKER_CORES:-1}" --memory "${WORKER_MEMORY:-1536m}" --work-dir "$dir/work-$i" "$url"
  done
  while (( $(grep -c 'Registering worker' "$dir/master.log" || true) < workers )); do
    for i in $(seq 1 "$workers"); do
      alive "$dir/worker-$i.pid" || { cat "$dir/worker-$i.log" >&2; echo "local-cluster: worker $i died" >&2; false; }
    done
    (( SECONDS < deadline )) || { echo "local-cluster: workers did not register in ${timeout}s" >&2; false; }
    sleep 0.5
  done
  trap - ERR INT TERM
  echo "$url"
}

status() {
  if alive "$dir/master.pid"; then
    echo "master $(cat "$dir/master-url") (pid $(cat "$dir/master.pid"))"
  else
    echo "master not running"
  fi
  for f in "$dir"/worker-*.pid; do
    [[ -f "$f" ]] || continue
    if alive "$f"; then echo "$(basename "$f" .pid) pid $(cat "$f")"; else echo "$(basename "$f" .pid) not running"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  spark-home) make_spark_home; echo "$spark_home" ;;
  *) echo "usage: jobs/local-cluster.sh start|stop|status|spark-home" >&2; exit 2 ;;
esac
