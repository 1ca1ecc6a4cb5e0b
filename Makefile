# The two commands of the README: `make demo` and `make test`.
# Both install what is missing (./setup.sh), configure with CMake and build.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
JMAP = $(BUILD_DIR)/jmap
EXAMPLES = $(wildcard examples/*.yaml)

.PHONY: all setup configure build demo test sanitize docs clean

all: build

setup:
	@./setup.sh $(SETUP_PROFILE)

configure: setup
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
	  -DJMAP_WERROR=$(if $(CI),ON,OFF) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# Renders every example into out/ as SVG and DOT.
demo: build
	@mkdir -p out
	@for f in $(EXAMPLES); do \
	  name=$$(basename $$f .yaml); \
	  $(JMAP) build $$f -o out/$$name.svg && $(JMAP) build $$f -o out/$$name.dot && \
	  echo "rendered out/$$name.svg"; \
	done

test: SETUP_PROFILE = test
test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer + UBSan (Graphviz's own caches are suppressed).
sanitize: SETUP_PROFILE = test
sanitize: setup
	@cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DJMAP_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  ctest --output-on-failure -j $(JOBS)

# The README picture: the e-commerce example as PNG (Graphviz's cairo renderer).
docs: build
	@$(JMAP) build examples/ecommerce-first-order.yaml -o $(BUILD_DIR)/readme-map.dot
	@dot -Tpng -Gdpi=96 $(BUILD_DIR)/readme-map.dot -o docs/map-example.png
	@echo "wrote docs/map-example.png"

clean:
	@rm -rf $(BUILD_DIR) out
