package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/** What the build could not know (no git clone: empty; no git: Maven's placeholder) reads as "unknown" (ADR 0030). */
class BuildInfoTest {
    private static Properties props(String commit, String time) {
        Properties p = new Properties();
        p.setProperty("name", "Rapporteur");
        p.setProperty("version", "1.2.3");
        p.setProperty("commit", commit);
        p.setProperty("commit.time", time);
        p.setProperty("built", "2026-12-03T15:00:00Z");
        return p;
    }

    @Test
    void aBuildOutsideAGitCloneSaysUnknown() {
        BuildInfo empty = BuildInfo.from(props("", ""));
        assertEquals(BuildInfo.UNKNOWN, empty.commit());
        assertEquals(BuildInfo.UNKNOWN, empty.commitLine());
        BuildInfo placeholder = BuildInfo.from(props("${rapporteur.git.commit}", "${rapporteur.git.time}"));
        assertEquals(BuildInfo.UNKNOWN, placeholder.commitLine());
        assertEquals(BuildInfo.UNKNOWN, BuildInfo.from(new Properties()).version());
    }

    @Test
    void aBuildFromACloneNamesItsCommit() {
        BuildInfo b = BuildInfo.from(props("3381e627de", "2026-12-03T15:04:41Z"));
        assertEquals("Rapporteur 1.2.3", b.nameAndVersion());
        assertEquals("3381e627de (2026-12-03T15:04:41Z)", b.commitLine());
    }
}
