# The README's commands. `make test` is what CI runs (with -race).
GO ?= go

.PHONY: build test test-race vet bench-extract demo fuzz

build:
	CGO_ENABLED=0 $(GO) build -o echotrace ./cmd/echotrace

test:
	$(GO) test -timeout 30m ./...

test-race:
	$(GO) test -race -timeout 30m ./...

vet:
	$(GO) vet ./...

demo:
	$(GO) run ./cmd/echotrace demo

# One-core extraction figure on the AEB benchmark (needs ../shared/data/aeb).
bench-extract: build
	GOMAXPROCS=1 ./echotrace bench extract

# A short run of every fuzzer; their seed corpora run in `make test`.
fuzz:
	$(GO) test -run XXX -fuzz FuzzParseJSONL -fuzztime 30s ./source/files
	$(GO) test -run XXX -fuzz FuzzReadJSONL -fuzztime 30s ./source/files
