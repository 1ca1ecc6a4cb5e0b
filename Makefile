# The two commands of the README: `make demo` and `make test`.
# Both install what is missing (./setup.sh), configure with CMake and build.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
JMAP = $(BUILD_DIR)/jmap
EXAMPLES = $(wildcard examples/*.yaml)

.PHONY: all setup configure build demo test sanitize fuzz docs clean install deb

all: build

setup:
	@./setup.sh $(SETUP_PROFILE)

configure: setup
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DJMAP_WERROR=$(if $(CI),ON,OFF) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Renders every example into out/: the map as SVG, PNG and DOT, the HTML report, the blueprint and the flow as SVG;
# then the examples as a site in out/site (jmap site).
demo: build
	@mkdir -p out
	@for f in $(EXAMPLES); do \
	  name=$$(basename $$f .yaml); \
	  $(JMAP) build $$f -o out/$$name.svg && $(JMAP) build $$f -o out/$$name.png && \
	  $(JMAP) build $$f -o out/$$name.dot && \
	  $(JMAP) build $$f --view blueprint -o out/$$name-blueprint.svg && \
	  $(JMAP) build $$f --view flow -o out/$$name-flow.svg && \
	  $(JMAP) build $$f -o out/$$name.html && \
	  echo "rendered out/$$name.svg (.png, .dot, .html, -blueprint.svg, -flow.svg)"; \
	done
	@$(JMAP) site examples -o out/site --data examples/data/kpis.csv && echo "built out/site/index.html (the examples as a site)"

# JMAP_UPDATE_GOLDEN=1 make test rewrites the golden files (tests/golden) first, saying how
# many, then runs the rest of the suite; review the change with `git diff tests/golden`.
test: SETUP_PROFILE = test
test: build
	@$(if $(JMAP_UPDATE_GOLDEN),JMAP=$(abspath $(JMAP)) JMAP_SOURCE_DIR=$(CURDIR) bash tests/golden/check.sh &&) \
	  cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) $(if $(JMAP_UPDATE_GOLDEN),-E '^golden\.')

# The whole suite under AddressSanitizer + UBSan (Graphviz's own caches are suppressed).
sanitize: SETUP_PROFILE = test
sanitize: setup
	@cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DJMAP_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  ctest --output-on-failure -j $(JOBS)

# Fuzzes each target of tests/fuzz for FUZZ_TIME seconds (default 60) with libFuzzer
# (clang, ASan + UBSan), FUZZ_JOBS processes each. New inputs go to build-fuzz/corpus;
# a crash is written to build-fuzz/crashes/TARGET/: copy it into tests/fuzz/crashes/TARGET/
# and `make test` replays it from then on. FUZZ_TARGETS picks some: journey outputs config template mermaid data.
FUZZ_TIME ?= 60
FUZZ_JOBS ?= 1
FUZZ_TARGETS ?= journey outputs config template mermaid data
fuzz: SETUP_PROFILE = fuzz
fuzz: setup
	@cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DJMAP_FUZZ=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-fuzz -j $(JOBS) $(addprefix --target fuzz_,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build-fuzz/corpus/$$t build-fuzz/crashes/$$t && \
	  echo "fuzz_$$t: $(FUZZ_TIME) s" && \
	  (cd build-fuzz && ASAN_OPTIONS=detect_leaks=0 ./tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_TIME) \
	    -jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -dict=$(CURDIR)/tests/fuzz/jmap.dict -artifact_prefix=crashes/$$t/ \
	    corpus/$$t $(CURDIR)/tests/fuzz/corpus/$$t) || exit 1; \
	done

# The README pictures: one example in each view, as PNG (Graphviz's cairo renderer),
# and the HTML page as Chromium shows it (chromium comes with `./setup.sh test`).
docs: SETUP_PROFILE = test
docs: build
	@$(JMAP) build examples/ecommerce-first-order.yaml -o docs/map-example.png
	@$(JMAP) build examples/customer-support.yaml --view blueprint -o docs/blueprint-example.png
	@$(JMAP) build examples/clinic-visit.yaml --view flow -o docs/flow-example.png
	@$(JMAP) build examples/ecommerce-first-order.yaml --page a4 -o $(BUILD_DIR)/readme-pages.pdf
	@pdftoppm -f 2 -l 2 -r 70 -png -singlefile $(BUILD_DIR)/readme-pages.pdf docs/page-example
	@$(JMAP) build examples/ecommerce-first-order.yaml -o $(BUILD_DIR)/readme-page.html
	@chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	  --disable-component-update --disable-sync --hide-scrollbars --window-size=1280,1700 \
	  --screenshot=$(CURDIR)/docs/html-example.png file://$(CURDIR)/$(BUILD_DIR)/readme-page.html 2>/dev/null
	@echo "wrote docs/map-example.png docs/blueprint-example.png docs/flow-example.png docs/page-example.png docs/html-example.png"

# `make install [PREFIX=/usr/local] [DESTDIR=/staging]`: the binary, man pages, JSON schemas,
# templates, docs and shell completions (cmake/install.cmake).
PREFIX ?= /usr/local
install: build
	@DESTDIR="$(DESTDIR)" cmake --install $(BUILD_DIR) --prefix "$(PREFIX)"

# `make deb`: $(BUILD_DIR)/jmap_VERSION_ARCH.deb (CPack; Depends from dpkg-shlibdeps).
deb: build
	@cd $(BUILD_DIR) && cpack -G DEB >/dev/null && ls "$$PWD"/jmap_*.deb

clean:
	@rm -rf $(BUILD_DIR) out
