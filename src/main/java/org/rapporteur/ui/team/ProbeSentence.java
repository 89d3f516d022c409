package org.rapporteur.ui.team;

import java.util.Locale;

import org.rapporteur.pipeline.TeamService;

/**
 * What the connect dialog's Test says: the pipeline's own sentence (reachable, wrong password, unknown database, a
 * newer schema…), and for a usable server whether the connection is encrypted and what the database holds already
 * — which decides whether this workspace's annotations can be moved in.
 */
public final class ProbeSentence {
    private ProbeSentence() {
    }

    public static String of(TeamService.TeamProbe p) {
        StringBuilder sb = new StringBuilder(ensureSentence(p.message()));
        if (!p.ok()) {
            return sb.toString();
        }
        String said = sb.toString().toLowerCase(Locale.ROOT);
        if (!said.contains("tls") && !said.contains("encrypt")) {
            sb.append(p.tls() ? " The connection is encrypted (TLS)."
                    : " The connection is not encrypted: the server does not offer TLS.");
        }
        if (!said.contains("annotation")) {
            sb.append(p.annotations() == 0 ? " The team database holds no annotations yet."
                    : String.format(Locale.ROOT, " The team database holds %,d annotations.", p.annotations()));
        }
        return sb.toString().strip();
    }

    private static String ensureSentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return "";
        }
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
