package org.rapporteur.ui.main;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the analysis tabs by reflection ({@code org.rapporteur.ui.analysis.AnalysisTabs.create(WorkbenchContext)}),
 * so the workbench builds and runs without them. A missing class means no analysis tabs; a failing one is logged and
 * skipped, never fatal.
 */
final class AnalysisTabsLoader {
    static final String CLASS_NAME = "org.rapporteur.ui.analysis.AnalysisTabs";
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisTabsLoader.class);

    private AnalysisTabsLoader() {
    }

    static List<WorkbenchTab> load(WorkbenchContext context) {
        try {
            Class<?> c = Class.forName(CLASS_NAME);
            Method create = c.getMethod("create", WorkbenchContext.class);
            Object result = create.invoke(null, context);
            List<WorkbenchTab> tabs = new ArrayList<>();
            if (result instanceof Iterable<?> it) {
                for (Object o : it) {
                    if (o instanceof WorkbenchTab t) {
                        tabs.add(t);
                    }
                }
            } else if (result instanceof WorkbenchTab t) {
                tabs.add(t);
            }
            return tabs;
        } catch (ClassNotFoundException e) {
            LOG.debug("No analysis tabs in this build");
            return List.of();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.warn("The analysis tabs could not be created; the workbench runs without them", e);
            return List.of();
        }
    }
}
