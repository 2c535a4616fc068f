#!/bin/sh
# Runs every fuzz target for a while: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1 lets it use the
# nightly-only sanitizer flags. The corpus libFuzzer grows goes to fuzz/work/<target> (not committed); the
# committed seeds in fuzz/corpus/<target> are read as well. A crash is saved in fuzz/artifacts/<target>/ and
# the script stops with a non-zero status. FUZZ_TIMEOUT (seconds, default 10) is the per-input limit: raise it on
# a machine busy with other work, where a starved run can pass 10 s without a real hang.
set -eu
cd "$(dirname "$0")"
secs=${1:-10}
[ $# -gt 0 ] && shift
targets=${*:-"ingest_any ingest_text extract sanitize"}
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$PWD/target}
# Safe Rust only (the crate forbids unsafe code), so AddressSanitizer buys little and costs 2-3x speed:
# built without a sanitizer, with debug assertions (overflow checks) on.
flags="--sanitizer none --debug-assertions"
for t in $targets; do
    mkdir -p "work/$t"
    echo "== $t (${secs}s)"
    nice -n 10 cargo fuzz run $flags "$t" "work/$t" "corpus/$t" -- \
        -max_total_time="$secs" -max_len=65536 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1
done
