package org.rapporteur.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;

/**
 * Fills a team workspace's database with {@code N} annotations for {@link TeamOpenBenchmark}, in a JVM of its own
 * (credentials from {@code PGPASSFILE}, as an analyst's would come): a codebook of 10 themes with 14 sub-tags each,
 * then 60 % claim codings, 24 % notes on claims and 16 % links between claims of different reports, all on the
 * workspace's own claims, through {@link Annotations#executeAll} in batches of 2,000, as an import does (so the
 * index learns the tags as well). Prints what it wrote. Arguments: {@code WORKSPACE N}.
 */
public final class TeamOpenSeeder {
    private TeamOpenSeeder() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(dir, ChangeOrigin.COMMAND_LINE)) {
            Annotations a = ws.annotations();
            List<String> claims = new ArrayList<>();
            List<String> reportOf = new ArrayList<>();
            for (ReportSummary r : ws.corpus().reports()) {
                for (ClaimRecord c : ws.corpus().claimsOf(r.id())) {
                    claims.add(c.claim().id());
                    reportOf.add(r.id());
                }
            }
            List<Long> tags = new ArrayList<>();
            a.executeAll("codebook", sink -> {
                for (int t = 0; t < 10; t++) {
                    long parent = sink.apply(new Change.CreateTag(String.format(Locale.ROOT, "Theme %02d", t)));
                    for (int s = 0; s < 14; s++) {
                        tags.add(sink.apply(new Change.CreateTag(String.format(Locale.ROOT, "Sub %02d.%02d", t, s),
                                parent, null, null)));
                    }
                }
            });
            int codings = total * 60 / 100;
            int notes = total * 24 / 100;
            int links = total - codings - notes;
            if ((long) claims.size() * tags.size() < codings) {
                throw new IllegalStateException(claims.size() + " claims × " + tags.size() + " tags cannot hold "
                        + codings + " codings");
            }
            List<Change> all = new ArrayList<>();
            // distinct (claim, tag) pairs: round k gives every claim the k-th tag after its own offset
            for (int i = 0; i < codings; i++) {
                int claim = i % claims.size();
                int tag = (i / claims.size() + claim) % tags.size();
                all.add(new Change.AddCoding(tags.get(tag), Target.claim(claims.get(claim))));
            }
            Random random = new Random(50_000);
            for (int i = 0; i < notes; i++) {
                all.add(new Change.AddNote(Target.claim(claims.get(random.nextInt(claims.size()))),
                        "Seeded note " + i + ": compare with the Durrani seminar and the grid findings."));
            }
            java.util.Set<String> linked = new java.util.HashSet<>();
            LinkType[] types = LinkType.values();
            while (linked.size() < links) {
                int s = random.nextInt(claims.size());
                int t = random.nextInt(claims.size());
                LinkType type = types[random.nextInt(types.length)];
                if (reportOf.get(s).equals(reportOf.get(t)) || linked.contains(t + ">" + s)
                        || !linked.add(s + ">" + t)) {
                    continue; // the store refuses a second link between the same two claims, either way round
                }
                all.add(new Change.AddLink(claims.get(s), claims.get(t), type, null));
            }
            for (int from = 0; from < all.size(); from += 2000) {
                List<Change> batch = all.subList(from, Math.min(all.size(), from + 2000));
                a.executeAll("seed " + from, sink -> batch.forEach(sink::apply));
            }
            System.out.printf(Locale.ROOT, "seeded %d codings, %d notes, %d links, %d tags on %d claims in %.1f s%n",
                    codings, notes, links, tags.size() + 10, claims.size(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
