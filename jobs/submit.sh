#!/usr/bin/env bash
# Submits an UPR Lens command to a Spark cluster with the job jar, the main class and the defaults of
# jobs/cluster.conf (executor size, Kryo, adaptive execution).
#   jobs/submit.sh --master spark://host:7077 [spark-submit options] <command> [command options]
#   jobs/submit.sh --master yarn --deploy-mode cluster --num-executors 20 \
#       classify --input hdfs:///upr/docs --output hdfs:///upr/runs/2026-11
# spark-submit options come first (--master, --conf k=v, --executor-memory, ...); the first word that is not an
# option is the UPR Lens command. Inputs and outputs are passed through as given (file:, hdfs:, s3a:, ...).
# Uses spark-submit from PATH or $SPARK_HOME/bin; without one (no Spark installed) it runs Spark's SparkSubmit
# class from the project's own Maven dependencies (jobs/local-cluster.sh spark-home), in client mode.
# Environment: SPARK_MASTER (instead of --master), SUBMIT_CONF (another defaults file),
#   DRIVER_MEMORY (driver heap when no spark-submit is installed; default 2g).
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$home/target/uprlens.jar"
conf="${SUBMIT_CONF:-$home/jobs/cluster.conf}"

spark_opts=()
master="${SPARK_MASTER:-}"
while (($#)) && [[ "$1" == -* ]]; do
  case "$1" in
    --verbose|--supervise) spark_opts+=("$1"); shift ;;
    --master) master="$2"; shift 2 ;;
    --master=*) master="${1#--master=}"; shift ;;
    *=*) spark_opts+=("$1"); shift ;;
    *) (($# >= 2)) || { echo "submit: $1 needs a value" >&2; exit 2; }; spark_opts+=("$1" "$2"); shift 2 ;;
  esac
done
if (($# == 0)); then
  echo "usage: jobs/submit.sh --master URL [spark-submit options] <classify|train> [options]" >&2
  exit 2
fi
if [[ -z "$master" ]]; then
  echo "submit: say where to run: --master spark://host:7077, yarn or k8s://https://host:443 (or SPARK_MASTER)" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "submit: building the job jar..." >&2
  (cd "$home" && mvn -B -q -Dmaven.test.skip=true package >&2)
fi

submit=""
if command -v spark-submit >/dev/null 2>&1; then
  submit="$(command -v spark-submit)"
elif [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  submit="$SPARK_HOME/bin/spark-submit"
fi

if [[ -n "$submit" ]]; then
  exec "$submit" --master "$master" --properties-file "$conf" --class org.uprlens.cli.Main \
    "${spark_opts[@]}" "$jar" "$@"
fi

# No Spark installed: this JVM is the driver (client mode), so its heap and JVM flags are set here.
spark_home="$("$home/jobs/local-cluster.sh" spark-home)"
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13
# shellcheck disable=SC2046 # the flags file holds space-separated JVM options
exec java -Xmx"${DRIVER_MEMORY:-2g}" $(cat "$home/target/classes/org/uprlens/jvm-flags.txt") \
  -Dlog4j2.configurationFile="$home/jobs/log4j2.properties" \
  -cp "$spark_home/conf:$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "$master" --properties-file "$conf" --class org.uprlens.cli.Main "${spark_opts[@]}" "$jar" "$@"
