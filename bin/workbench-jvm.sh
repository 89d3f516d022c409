# Sourced by bin/rapporteur and bin/bench-ui: the heap and GC options of the workbench's JVM. bin/bench-ui starts the
# one-label reference window with the same ones, so the two cold starts compare like with like. Why these (ADR 0019):
# the workbench's live heap is under 200 MB even on the 10,952-speech workspace; with -Xmx4g G1 let garbage pile up
# to 600-800 MB before collecting. 1 GB is what bin/robustness proves ingest (hostile files included) needs at most;
# a young generation of at most 192 MB keeps the heap in use well under 512 MB and each young pause short.
WORKBENCH_JVM_OPTS=(-Xmx1g -XX:MaxNewSize=192m)
