#!/usr/bin/env bash
# Throughput of a queued import on PostgreSQL with 1, 2 and 4 worker
# processes, against one process importing the same file into SQLite.
# Each run gets a fresh database; the clock runs from `import --queue` to
# the moment the intake is empty and no job is queued or running.
#
#   bench/workers.sh CORPUS.jsonl [ADMIN_DSN] [INDEX] [WORKER_COUNTS]
#
# ADMIN_DSN names a database on the server in which to create the bench
# databases (default: the local server's postgres database); INDEX is
# memory or postgres (the sequencer's reuse index, default memory);
# WORKER_COUNTS defaults to "1 2 4". Results go to standard output.
set -euo pipefail
corpus=${1:?usage: bench/workers.sh CORPUS.jsonl [ADMIN_DSN] [INDEX] [WORKER_COUNTS]}
admin=${2:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
index=${3:-memory}
counts=${4:-1 2 4}
work=$(mktemp -d)
trap 'pkill -TERM -f "$work/echotrace worker" 2>/dev/null || true; rm -rf "$work"' EXIT
go build -o "$work/echotrace" ./cmd/echotrace
bin=$work/echotrace
echo "corpus: $corpus; index: $index; $(nproc) CPUs; load before: $(cut -d' ' -f1-3 /proc/loadavg)"

start=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/sqlite.cpu" "$bin" import --db "$work/ref.db" "$corpus" 2>"$work/sqlite.log"
secs=$(echo "$(date +%s.%N) - $start" | bc)
read -r user sys <"$work/sqlite.cpu"
# Rates are in stored articles (a WARC holds other records too).
articles=$("$bin" status --db "$work/ref.db" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"]["articles"])')
printf "sqlite, 1 process: %.1f s, %.0f articles/s, %.1f CPU-s\n" "$secs" "$(echo "$articles / $secs" | bc -l)" "$(echo "$user + $sys" | bc)"

for n in $counts; do
	db="et_bench_w$n"
	psql -q "$admin" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	dsn=${admin/\/postgres\?/\/$db?}
	"$bin" migrate --db "$dsn" >/dev/null
	start=$(date +%s.%N)
	"$bin" import --queue --db "$dsn" "$corpus" 2>"$work/enqueue-$n.log"
	pids=()
	for i in $(seq "$n"); do
		/usr/bin/time -f "%U %S" -o "$work/w$n-$i.cpu" "$bin" worker --db "$dsn" --concurrency 1 --index "$index" --name "w$i" 2>"$work/w$n-$i.log" &
		pids+=($!)
	done
	while :; do
		left=$(psql -tAq "$dsn" -c "SELECT (SELECT count(*) FROM intake) + (SELECT count(*) FROM jobs WHERE state IN ('queued','running'))")
		[ "$left" = 0 ] && break
		sleep 0.5
	done
	secs=$(echo "$(date +%s.%N) - $start" | bc)
	# The workers, not the time processes that wait for them and report.
	pkill -TERM -f "^$work/echotrace worker"
	wait "${pids[@]}" || true
	cpu=0
	for i in $(seq "$n"); do
		read -r user sys <"$work/w$n-$i.cpu"
		cpu=$(echo "$cpu + $user + $sys" | bc)
	done
	articles=$(psql -tAq "$dsn" -c "SELECT count(*) FROM articles")
	dead=$(psql -tAq "$dsn" -c "SELECT count(*) FROM jobs WHERE state = 'dead'")
	size=$(psql -tAq "$dsn" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
	printf "postgres, %d workers: %d articles in %.1f s, %.0f articles/s, %.1f worker CPU-s, %s dead jobs, database %s\n" \
		"$n" "$articles" "$secs" "$(echo "$articles / $secs" | bc -l)" "$cpu" "$dead" "$size"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
