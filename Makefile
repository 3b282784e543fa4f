# The README's two commands: `make run` (sift on its bundled sample articles) and `make test`.
# Both first make sure libedit's headers are installed (Debian package libedit-dev).

SWIFT ?= swift
export SWIFTPM_BUILD_FLAGS ?=

.PHONY: run test build release bench deps clean

run: deps
	@$(SWIFT) build --product sift
	@$$($(SWIFT) build --show-bin-path)/sift

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "sift: installing libedit-dev (line editing for the REPL)"; \
	    for try in 1 2 3; do \
	      if apt-get update -qq >/tmp/sift-apt.log 2>&1 && \
	         DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config >>/tmp/sift-apt.log 2>&1; then break; fi; \
	      if [ $$try = 3 ]; then cat /tmp/sift-apt.log; echo "sift: could not install libedit-dev"; exit 1; fi; \
	      sleep 5; \
	    done; \
	  else \
	    echo "sift needs libedit's headers. Run:  sudo apt-get install -y libedit-dev pkg-config"; exit 1; \
	  fi; \
	fi

# The benchmark on a corpus: make bench CORPUS=../shared/corpus/bbc ARGS="--repeat 10"
CORPUS ?=
bench: deps
	$(SWIFT) build -c release
	.build/release/sift-bench $(if $(CORPUS),--corpus $(CORPUS)) $(ARGS)

clean:
	$(SWIFT) package clean
