# Casebook: two commands do everything.
#
#   make run    set up what is missing, build the app, start it
#   make test   set up what is missing, run every check and test
#
# On Debian or Ubuntu the system packages are installed with apt when missing
# (with sudo when not root). Elsewhere, the missing ones are listed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

UI := ui
TAURI := $(UI)/node_modules/.bin/tauri
# Where cargo builds (CARGO_TARGET_DIR when set, as for the package test's second build).
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)

# WebKitGTK on a virtual display: its GPU compositing and DMA-BUF renderer can
# leave a window blank, so the headless runs use plain software rendering.
HEADLESS := WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1

# CI builds once from a clean checkout: incremental compilation would only
# write a second copy of every workspace crate to disk and never reuse it.
ifeq ($(CI),true)
export CARGO_INCREMENTAL := 0
endif

BUILD_PKGS := build-essential pkg-config file libwebkit2gtk-4.1-dev libgtk-3-dev libssl-dev \
	libayatana-appindicator3-dev librsvg2-dev libxdo-dev
TEST_PKGS := xvfb xauth x11-utils webkit2gtk-driver dbus dbus-x11 dunst jq \
	postgresql openssl gnome-keyring libsecret-tools \
	dovecot-imapd dovecot-lmtpd python3-aiosmtpd

.PHONY: help run dev test package-test lint rust-test ui-test e2e notify-test perf-startup screenshots bindings bundle clean deps system-deps test-system-deps tauri-driver

help:
	@echo "make run      build and start Casebook (your data: see README)"
	@echo "make test     run every check and test (as CI does)"
	@echo "make dev      start with live-reloading UI (development data folder)"
	@echo "make bundle   build the installers (.deb and .rpm here)"
	@echo "make package-test  install them on clean Debian roots (as root, slow)"
	@echo "make bindings regenerate the UI's TypeScript types from Rust"

# ----- set-up -----------------------------------------------------------------

define ensure_packages
	missing=""; \
	for p in $(1); do dpkg -s "$$p" >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing system packages:$$missing"; \
	    sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	    $$sudo apt-get update -qq; \
	    DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Please install the equivalents of:$$missing (see README.md, 'Other systems')."; exit 1; \
	  fi; \
	fi
endef

system-deps:
	@if command -v dpkg >/dev/null 2>&1; then $(call ensure_packages,$(BUILD_PKGS)); fi

test-system-deps: system-deps
	@if command -v dpkg >/dev/null 2>&1; then $(call ensure_packages,$(TEST_PKGS)); fi

# npm packages, reinstalled only when the lockfile changes.
$(UI)/node_modules/.installed: $(UI)/package.json $(UI)/package-lock.json
	@command -v npm >/dev/null || { echo "Node.js 20 or newer with npm is needed (https://nodejs.org)."; exit 1; }
	cd $(UI) && npm ci --no-audit --no-fund
	@touch $@

deps: system-deps $(UI)/node_modules/.installed

tauri-driver:
	@command -v tauri-driver >/dev/null 2>&1 || cargo install tauri-driver --locked --version ^2

# ----- run ----------------------------------------------------------------------

# The release build: the one that uses the shop's real data folder.
run: deps
	$(TAURI) build --no-bundle
	./target/release/casebook-desk

# Live-reloading UI; a debug build, so it uses the separate development data folder.
dev: deps
	$(TAURI) dev

# The installers for this computer (here: .deb and .rpm), each with the
# `casebook` command inside; their sizes are printed.
bundle: deps
	rm -f $(TARGET_DIR)/release/bundle/deb/*.deb $(TARGET_DIR)/release/bundle/rpm/*.rpm
	scripts/bundle-cli.sh
	$(TAURI) build --config src-tauri/tauri.bundle.conf.json
	@# Tauri writes the .deb with gzip; Debian's own packages use xz, a third smaller.
	scripts/repack-deb.sh $(TARGET_DIR)/release/bundle/deb/*.deb
	@ls -l $(TARGET_DIR)/release/bundle/deb/*.deb $(TARGET_DIR)/release/bundle/rpm/*.rpm | awk '{ printf "%s  %.1f MB\n", $$NF, $$5 / 1e6 }'

# The installers as a shop gets them, on clean Debian 12 systems: install,
# first start, update, removal, and the shop's server set up and reached over
# TLS (scripts/package-test.sh). Needs root; 20 to 40 minutes, so not part of
# `make test`.
package-test: deps tauri-driver
	@if command -v dpkg >/dev/null 2>&1; then $(call ensure_packages,mmdebstrap xvfb gnome-keyring dbus); fi
	scripts/package-test.sh

# ----- test ---------------------------------------------------------------------

# Tests read English words unless a test chooses a language itself: whatever the
# language of the machine running them, Casebook's "follow the computer" default is English here.
test rust-test ui-test notify-test e2e: export LC_ALL := C.UTF-8
test rust-test ui-test notify-test e2e: export LANG := C.UTF-8
test rust-test ui-test notify-test e2e: export LANGUAGE :=

test: test-system-deps deps tauri-driver lint rust-test ui-test notify-test e2e
	@echo "All checks and tests passed."

$(UI)/dist/index.html: $(UI)/node_modules/.installed $(shell find $(UI)/src -type f) $(UI)/index.html $(UI)/vite.config.ts
	cd $(UI) && npm run build

lint: deps $(UI)/dist/index.html
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cd $(UI) && npm run check

# The crash tests run on their own so their figures (kills, events, losses)
# print: the desk's (SIGKILLed writers) and the shop's (desks and the server
# killed while syncing).
# Both run with a throwaway PostgreSQL (the shop's server) and an unlocked
# keyring on a private session bus, stopped afterwards even on failure.
rust-test: test-system-deps deps $(UI)/dist/index.html
	scripts/with-test-servers.sh bash -c 'cargo test --workspace -- --skip crash:: --skip sync_processes:: \
		&& cargo test -p casebook --test library -- --nocapture crash:: sync_processes::'

ui-test: deps
	cd $(UI) && npm test

# A real notification daemon (dunst) on a private session bus, under Xvfb.
notify-test: test-system-deps deps
	xvfb-run -a dbus-run-session -- bash -c \
		'dunst >/dev/null 2>&1 & sleep 0.5; cargo test -p casebook-desk --test notifications -- --ignored'

# The real app, built with its UI embedded, driven through tauri-driver under Xvfb,
# with a throwaway PostgreSQL (the shop's server, for two desks syncing) and an
# unlocked keyring on a private session bus (scripts/with-test-servers.sh).
# The app is copied aside once built: a later `cargo build` of the workspace
# replaces target/debug/casebook-desk with a build that has no UI inside.
E2E_APP := $(CURDIR)/target/e2e/casebook-desk

e2e: test-system-deps deps tauri-driver
	cargo build -p casebook --bin casebook
	$(TAURI) build --debug --no-bundle
	mkdir -p target/e2e && cp target/debug/casebook-desk $(E2E_APP)
	CASEBOOK_APP=$(E2E_APP) $(HEADLESS) xvfb-run -a -s "-screen 0 1400x900x24" scripts/with-test-servers.sh \
		node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec tests/e2e/ 2>&1 \
		| grep -v -E 'dbus-daemon|portal|PipeWire|pw\.conf|RealtimeKit|Ignoring invalid max threads|SpiRegistry|dbus_cb_name_lost|^$$'

# The README's pictures, from the real app with the demo shop.
screenshots: test-system-deps deps tauri-driver
	$(TAURI) build --debug --no-bundle
	$(HEADLESS) xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- node tests/e2e/screenshots.mjs 2>/dev/null

# Start-up time and memory of the release app on the 1,000,000-event shop
# (made by `cargo bench --bench scale`). Prints figures.
perf-startup: test-system-deps deps tauri-driver
	$(TAURI) build --no-bundle
	cargo build --release -p casebook --bin casebook
	$(HEADLESS) xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- node tests/perf/startup.mjs 2>/dev/null

bindings:
	UPDATE_BINDINGS=1 cargo test -p casebook --test library bindings
	UPDATE_BINDINGS=1 cargo test -p casebook-desk --test ipc every_command_has_its_generated_typed_wrapper_in_the_ui

clean:
	cargo clean
	rm -rf $(UI)/dist $(UI)/node_modules tests/e2e/artifacts
