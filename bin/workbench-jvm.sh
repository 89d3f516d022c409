# Sourced by bin/rapporteur and bin/bench-ui: the heap and GC options of the workbench's JVM. bin/bench-ui starts the
# one-label reference window with the same ones, so the two cold starts compare like with like. Why these: ADR 0019.
WORKBENCH_JVM_OPTS=(-Xmx4g)
