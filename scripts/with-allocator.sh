#!/bin/sh
# Runs a server process with an allocator that gives freed memory back (README, memory): jemalloc
# (Debian's libjemalloc2, which redis-tools installs) when the machine has it, returning freed
# pages within a second from a background thread; otherwise glibc's malloc with its mmap threshold
# pinned. glibc kept what a hostile load grew in its fragmented main heap: after 100,000 fuzz frames
# RSS stayed 1.24–1.37× the start; with jemalloc the median was 1.09× (PostgreSQL) and 1.19× (PGlite).
# PACTUM_ALLOCATOR=glibc keeps glibc.
#   sh scripts/with-allocator.sh node dist/server.mjs     (npm start, npm run dev, the tests' servers)
if [ "${PACTUM_ALLOCATOR:-}" != glibc ]; then
  for lib in /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 /usr/lib/aarch64-linux-gnu/libjemalloc.so.2 \
    /usr/lib64/libjemalloc.so.2 /usr/lib/libjemalloc.so.2 /usr/local/lib/libjemalloc.so.2; do
    if [ -r "$lib" ]; then
      export LD_PRELOAD="${LD_PRELOAD:+$LD_PRELOAD:}$lib"
      export MALLOC_CONF="${MALLOC_CONF:-background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0}"
      exec "$@"
    fi
  done
fi
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
exec "$@"
