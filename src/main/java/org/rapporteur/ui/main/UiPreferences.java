package org.rapporteur.ui.main;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.rapporteur.pipeline.Workspace;

/**
 * The workbench's keys in the workspace settings ({@code workspace.json} preferences) and typed access to them.
 * Reads are from memory; writes go to disk on the given executor, never on the FX thread.
 */
public final class UiPreferences {
    public static final String LAST_QUERY = "ui.lastQuery";
    public static final String HISTORY = "ui.queryHistory";
    public static final String THEME = "ui.theme";
    public static final String WINDOW = "ui.window";
    public static final String DIVIDERS = "ui.dividers";
    public static final String LEFT_VISIBLE = "ui.leftPane";
    public static final String RIGHT_VISIBLE = "ui.rightPane";
    public static final String GROUPING = "ui.libraryGrouping";
    public static final String SORT = "ui.sort";
    public static final String SEARCH_MODE = "ui.searchMode";

    private final Workspace workspace;
    private final Executor writer;

    public UiPreferences(Workspace workspace, Executor writer) {
        this.workspace = workspace;
        this.writer = writer;
    }

    public String get(String key, String fallback) {
        String v = workspace.settings().preferences().get(key);
        return v == null ? fallback : v;
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = workspace.settings().preferences().get(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    /** Numbers stored comma-separated (window bounds, divider positions); empty when absent or malformed. */
    public double[] getNumbers(String key) {
        String v = workspace.settings().preferences().get(key);
        if (v == null || v.isBlank()) {
            return new double[0];
        }
        try {
            return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    public void put(String key, String value) {
        writer.execute(() -> workspace.updateSettings(s -> s.withPreference(key, value)));
    }

    /** Several keys in one write (on closing the window). Runs on the calling thread. */
    public void putAllNow(Map<String, String> values) {
        workspace.updateSettings(s -> {
            var out = s;
            for (Map.Entry<String, String> e : values.entrySet()) {
                out = out.withPreference(e.getKey(), e.getValue());
            }
            return out;
        });
    }

    public static String numbers(double... values) {
        List<String> parts = new ArrayList<>();
        for (double d : values) {
            parts.add(String.format(java.util.Locale.ROOT, "%.4f", d));
        }
        return String.join(",", parts);
    }
}
