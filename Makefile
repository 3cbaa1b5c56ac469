# factdesk — quick start: `make run` starts the workbench, `make test` runs the tests.
# Both install the C libraries the Fyne build needs first when they are missing
# (Debian/Ubuntu, via apt-get; sudo is used when you are not root).

GO      ?= go
FYNE    ?= $(GO) run fyne.io/tools/cmd/fyne@v1.7.4
DB      ?=
BENCH   ?= .
COUNT   ?= 1

APT_BUILD = gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
            libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench package eval deps build clean

run: deps
	$(GO) run ./cmd/factdesk $(if $(DB),-db $(DB))

test: deps
	$(GO) vet ./...
	$(GO) test ./...

# Go benchmarks of every package, one package at a time (-p 1) so they do not
# compete for the cores; compare two runs with benchstat.
bench: deps
	$(GO) test -p 1 -run '^$$' -bench '$(BENCH)' -benchmem -count $(COUNT) ./... | tee bench.txt | grep -E '^(Benchmark|ok|FAIL|PASS)'

# The extractor measured on the German Wikinews quotation corpus (see README).
eval:
	$(GO) run ./cmd/factdesk-eval -data eval-data

build: deps
	$(GO) build -o factdesk ./cmd/factdesk

# A Linux package (a .tar.xz with binary, icon and .desktop file) made by `fyne package`.
package: deps
	$(FYNE) package -os linux -src cmd/factdesk -icon ../../assets/icon.png -name factdesk -app-id org.factdesk.workbench -release
	mkdir -p dist && mv cmd/factdesk/factdesk.tar.xz dist/ 2>/dev/null || mv factdesk.tar.xz dist/
	rm -f cmd/factdesk/factdesk
	@ls -la dist/

# Install the Fyne build dependencies when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists gl x11 xcursor xrandr xinerama xi xxf86vm 2>/dev/null || ! command -v gcc >/dev/null; then \
		echo "installing the C libraries Fyne needs: $(APT_BUILD)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(APT_BUILD); \
	fi

clean:
	rm -rf factdesk dist bench.txt
