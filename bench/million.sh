#!/usr/bin/env bash
# The million-article PostgreSQL run of issue 7, unattended: a queued
# import of a synthetic corpus by two workers with the index in memory,
# then the figures the issue asks for on the result.
#
#   bench/million.sh run [ARTICLES] [ADMIN_DSN]     # default 1000000
#   bench/million.sh measure DSN                     # the figures only
#
# run generates the corpus in $ECHOTRACE_BENCH_DIR (default /tmp/synN) if
# it is not there, creates the database et_bench_N, and writes a progress
# line a minute and the figures to $ECHOTRACE_BENCH_DIR/million.log. On
# the 2-core benchmark machine a million articles take some 2.5 hours
# (BENCHMARKS.md, "Workers on PostgreSQL"): start it first, and keep the
# machine otherwise quiet if the figures are to be compared.
#
# measure, on a database the workers have finished with: its size, the
# time to write the index into the database's tables (what a process
# relating with the database index does first after a bulk load with
# --index memory), candidate queries on that index, and the trace and
# article API's latency at 100 requests/s.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: bench/million.sh run [ARTICLES] [ADMIN_DSN] | measure DSN}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/echotrace" ./cmd/echotrace
go build -o "$work/echotrace-synth" ./cmd/echotrace-synth
bin=$work/echotrace

measure() {
	local dsn=$1
	echo "database: $(psql -tAq "$dsn" -c "SELECT pg_size_pretty(pg_database_size(current_database()))"); articles: $(psql -tAq "$dsn" -c "SELECT count(*) FROM articles"); relations: $(psql -tAq "$dsn" -c "SELECT count(*) FROM relations")"
	# A plain import of nothing relates with the database index: it finds
	# the fp_* tables out of sync and rebuilds them by copy.
	: >"$work/empty.jsonl"
	psql -q "$dsn" -c "UPDATE fp_meta SET synced = 0" 2>/dev/null || true
	local start
	start=$(date +%s.%N)
	/usr/bin/time -f "rebuild by copy: %M KB peak RSS" "$bin" import --db "$dsn" "$work/empty.jsonl" 2>&1 | grep -v '^import:' || true
	printf "index written into the database's tables: %.1f s\n" "$(echo "$(date +%s.%N) - $start" | bc)"
	ECHOTRACE_BENCH_CORPUS=$dsn go test -run XXX -bench ReuseIndexCandidatesOnCorpus -benchtime 2000x ./store/postgres | grep -E 'ns/op|indexed'
	"$bin" bench serve --db "$dsn" --rate 100 --duration 20s --targets article,trace --peak 8
}

case $mode in
measure)
	measure "${2:?usage: bench/million.sh measure DSN}"
	;;
run)
	n=${2:-1000000}
	admin=${3:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
	dir=${ECHOTRACE_BENCH_DIR:-/tmp/syn$n}
	log=$dir/million.log
	if [ ! -f "$dir/articles.jsonl" ]; then
		"$work/echotrace-synth" -n "$n" -seed 1 -out "$dir"
	fi
	db=et_bench_$n
	dsn=${admin/\/postgres\?/\/$db?}
	psql -q "$admin" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	"$bin" migrate --db "$dsn" >/dev/null
	echo "corpus $dir/articles.jsonl, $n articles; $(nproc) CPUs; start $(date -u +%FT%TZ)" | tee "$log"
	start=$(date +%s)
	"$bin" import --queue --db "$dsn" "$dir/articles.jsonl" 2>"$work/enqueue.log" &
	importer=$!
	pids=()
	for i in 1 2; do
		/usr/bin/time -f "worker $i: %M KB peak RSS, %U s user, %S s system" -a -o "$log" \
			"$bin" worker --db "$dsn" --concurrency 1 --index memory --name "w$i" 2>"$dir/worker$i.log" &
		pids+=($!)
	done
	while :; do
		sleep 60
		row=$(psql -tAq -F' ' "$dsn" -c "SELECT (SELECT count(*) FROM articles), pg_database_size(current_database()), (SELECT count(*) FROM intake) + (SELECT count(*) FROM jobs WHERE state IN ('queued','running'))") || continue
		set -- $row
		echo "$(($(date +%s) - start)) s: $1 articles, $(($2 / 1048576)) MB, $3 records and jobs left; load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$log"
		if [ "$3" = 0 ] && ! kill -0 "$importer" 2>/dev/null; then
			break
		fi
	done
	echo "total: $(($(date +%s) - start)) s" | tee -a "$log"
	pkill -TERM -f "^$bin worker" || true
	wait "${pids[@]}" || true
	measure "$dsn" | tee -a "$log"
	;;
*)
	echo "usage: bench/million.sh run [ARTICLES] [ADMIN_DSN] | measure DSN" >&2
	exit 2
	;;
esac
