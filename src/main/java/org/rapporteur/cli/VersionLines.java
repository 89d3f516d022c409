package org.rapporteur.cli;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.pipeline.AboutFacts;
import org.rapporteur.pipeline.BuildInfo;
import picocli.CommandLine;

/**
 * {@code rapporteur --version} (and {@code -V} on every command): "Rapporteur X.Y.Z" on the first line, then the
 * facts Help ▸ About shows, but the workspace, which a version question does not name (ADR 0030).
 */
final class VersionLines implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add(BuildInfo.current().nameAndVersion());
        List<AboutFacts.Fact> rest = AboutFacts.collect(null).stream()
                .filter(f -> !f.label().equals(AboutFacts.APPLICATION)).toList();
        // picocli runs each line through String.format: a '%' in a path must stay a '%'
        AboutFacts.text(rest).lines().map(l -> l.replace("%", "%%")).forEach(lines::add);
        return lines.toArray(String[]::new);
    }
}
