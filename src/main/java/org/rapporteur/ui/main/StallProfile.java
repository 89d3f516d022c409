package org.rapporteur.ui.main;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's profiler of one FX-thread stall, for {@code -Drapporteur.stallTraces=true} runs: the stall monitor
 * samples the FX thread's stack while a ping is overdue, and {@link #drain()} summarises the samples as the frames
 * present in most of them (inclusive counts), so the subtree that costs the time stands out. Thread-safe.
 */
final class StallProfile {
    private static final int SHOWN = 30;
    private final List<StackTraceElement[]> samples = new ArrayList<>();

    synchronized void sample(StackTraceElement[] stack) {
        samples.add(stack);
    }

    /** The summary of the samples taken since the last call (empty when none), and forgets them. */
    synchronized String drain() {
        if (samples.isEmpty()) {
            return "";
        }
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (StackTraceElement[] stack : samples) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < stack.length; i++) {
                String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
                if (seen.add(frame)) {
                    inclusive.merge(frame, 1, Integer::sum);
                    depth.merge(frame, stack.length - i, Math::max);
                }
            }
        }
        StringBuilder sb = new StringBuilder(" — ").append(samples.size()).append(" samples; frames by share:");
        // For each share, only the deepest frames: the outer ones with the same share say nothing more.
        Map<Integer, Integer> shownPerShare = new HashMap<>();
        inclusive.entrySet().stream()
                .filter(e -> e.getValue() * 10 >= samples.size())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> -depth.get(e.getKey())))
                .filter(e -> shownPerShare.merge(e.getValue(), 1, Integer::sum) <= 3)
                .limit(SHOWN)
                .forEach(e -> sb.append("\n\t").append(e.getValue() * 100 / samples.size()).append("% ")
                        .append(e.getKey()));
        samples.clear();
        return sb.toString();
    }
}
