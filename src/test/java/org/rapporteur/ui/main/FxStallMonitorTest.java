package org.rapporteur.ui.main;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.ui.FxTestSupport;
import org.testfx.util.WaitForAsyncUtils;

class FxStallMonitorTest {
    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
    }

    @Test
    void measuresABlockedFxThread() throws TimeoutException {
        try (FxStallMonitor monitor = new FxStallMonitor()) {
            monitor.start();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> monitor.pings() > 3);
            monitor.reset();
            onFx(() -> {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait(); // keep the FX thread busy, as a slow handler would
                }
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> monitor.maxStallMillis() >= 250);
            assertTrue(monitor.maxStallMillis() < 5000, "measured " + monitor.maxStallMillis());
        }
    }

    @Test
    void measuresTheCpuTimeTheFxThreadSpentInAStall() throws TimeoutException {
        try (FxStallMonitor monitor = new FxStallMonitor()) {
            monitor.start();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> monitor.pings() > 3);
            monitor.reset();
            long pings = monitor.pings();
            onFx(() -> {
                // Busy for 200 ms of the FX thread's own CPU time, however long that takes on a loaded machine.
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long end = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(200);
                while (threads.getCurrentThreadCpuTime() < end) {
                    Thread.onSpinWait();
                }
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> monitor.pings() > pings + 2);
            assertTrue(monitor.maxStallCpuMillis() >= 150, "CPU in the stall " + monitor.maxStallCpuMillis());
            assertTrue(monitor.maxStallMillis() >= monitor.maxStallCpuMillis() - 5,
                    "a stall lasts at least the CPU time spent in it: " + monitor.maxStallMillis());
            monitor.reset();
            assertTrue(monitor.maxStallCpuMillis() == 0, "reset forgets it");
        }
    }
}
