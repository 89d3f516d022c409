package org.rapporteur.ui.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.pipeline.ClaimFacetValues;
import org.rapporteur.pipeline.ClaimLinkGraph;
import org.rapporteur.pipeline.ClaimTable;
import org.rapporteur.pipeline.CooccurrenceGraph;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * The network tab: speakers, countries mentioned and themes (and, on demand, speakers' countries) as nodes sized by
 * their number of claims, joined when they occur on the same claims, laid out by a deterministic force-directed layout
 * in the background. Filters for large corpora: node types, the top N values per type, a minimum edge weight; nodes
 * left without edges are hidden. Clicking a node lists its claims. In {@link Mode#CLAIM_LINKS} mode the nodes are the
 * claims the analyst linked (within the current request) and the edges their links; clicking one opens the claim.
 */
public final class NetworkViewModel extends AnalysisViewModel<NetworkViewModel.Network> {
    /** Layout box, in layout units; the view scales it to fit. */
    static final double WIDTH = 1100;
    static final double HEIGHT = 720;
    private static final Set<FacetDimension> DIMENSIONS = EnumSet.of(FacetDimension.SPEAKER, FacetDimension.COUNTRY,
            FacetDimension.THEME, FacetDimension.SPEAKER_COUNTRY);
    private static final int MAX_LABEL = 30;
    private static final int MAX_CLAIM_LABEL = 46;

    /** What the network shows. */
    public enum Mode {
        /** Speakers, countries and themes joined by the claims they share. */
        COOCCURRENCE("Co-occurrence"),
        /** The analyst's links between claims (supports, contradicts...). */
        CLAIM_LINKS("Claim links");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Claims looked at for links at most: one annotation-store lookup each. */
    static final int MAX_LINKED_CLAIMS = 20_000;

    /**
     * A placed node: a facet value ({@code dimension}, {@code value}) or, in claim-link mode, a claim ({@code claim}
     * set, {@code dimension} null); claims, centre and radius.
     */
    public record PlacedNode(FacetDimension dimension, String value, String label, long count, double x, double y,
                             double radius, ClaimRecord claim) {
    }

    /** A placed edge between two indexes of {@code nodes}: weight, stroke width, and a link's type (or null). */
    public record PlacedEdge(int source, int target, long weight, double width, String type) {
    }

    /**
     * The laid-out network and what was hidden to keep it readable; {@code note} says what the picture leaves out
     * (empty when nothing).
     */
    public record Network(List<PlacedNode> nodes, List<PlacedEdge> edges, int hiddenNodes, long maxWeight,
                          int claims, String note) {
        public boolean isEmpty() {
            return nodes.isEmpty();
        }
    }

    private final BooleanProperty speakers = new SimpleBooleanProperty(true);
    private final BooleanProperty countries = new SimpleBooleanProperty(true);
    private final BooleanProperty themes = new SimpleBooleanProperty(true);
    private final BooleanProperty speakerCountries = new SimpleBooleanProperty(false);
    private final IntegerProperty nodesPerType = new SimpleIntegerProperty(15);
    /** Two shared claims by default: single co-occurrences turn even the sample corpus into a hairball. */
    private final IntegerProperty minWeight = new SimpleIntegerProperty(2);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.COOCCURRENCE);
    private final ReadOnlyObjectWrapper<Network> network = new ReadOnlyObjectWrapper<>();
    private final Consumer<ClaimRecord> openClaim;

    public NetworkViewModel(ClaimAggregates aggregates, Executor background, ObservableValue<SearchRequest> request,
                            ObservableValue<? extends Number> dataVersion,
                            BiConsumer<String, SearchRequest> showClaims, Consumer<ClaimRecord> openClaim) {
        super(aggregates, background, request, dataVersion, showClaims, DIMENSIONS);
        this.openClaim = openClaim;
        for (ObservableValue<?> option : List.of(speakers, countries, themes, speakerCountries, nodesPerType,
                minWeight, mode)) {
            option.addListener((o, was, now) -> rederive());
        }
    }

    public BooleanProperty speakersProperty() {
        return speakers;
    }

    public BooleanProperty countriesProperty() {
        return countries;
    }

    public BooleanProperty themesProperty() {
        return themes;
    }

    public BooleanProperty speakerCountriesProperty() {
        return speakerCountries;
    }

    /** How many of each type's most frequent values become nodes. */
    public IntegerProperty nodesPerTypeProperty() {
        return nodesPerType;
    }

    /** Edges joining fewer claims than this are left out. */
    public IntegerProperty minWeightProperty() {
        return minWeight;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Network> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Opens a claim node in the reader and inspector, or lists the claims having a value node's value. */
    public void openNode(PlacedNode node) {
        if (node.claim() != null) {
            openClaim.accept(node.claim());
            return;
        }
        ClaimTable t = tableProperty().get();
        if (t == null) {
            return;
        }
        SearchRequest base = t.request();
        Map<FacetDimension, Set<String>> filters = new HashMap<>(base.filters());
        filters.put(node.dimension(), Set.of(node.value()));
        show("Network: " + node.dimension().label() + ": " + node.label(), base.withFilters(filters));
    }

    @Override
    protected BiFunction<ClaimTable, Cancellation, Network> deriver() {
        List<FacetDimension> dims = new ArrayList<>();
        if (speakers.get()) {
            dims.add(FacetDimension.SPEAKER);
        }
        if (speakerCountries.get()) {
            dims.add(FacetDimension.SPEAKER_COUNTRY);
        }
        if (countries.get()) {
            dims.add(FacetDimension.COUNTRY);
        }
        if (themes.get()) {
            dims.add(FacetDimension.THEME);
        }
        int perType = Math.max(1, nodesPerType.get());
        long min = Math.max(1, minWeight.get());
        if (mode.get() == Mode.CLAIM_LINKS) {
            return (t, cancel) -> layoutLinks(aggregates.links(t.request(), MAX_LINKED_CLAIMS,
                    ProgressListener.NONE, cancel), t.size(), cancel);
        }
        return (t, cancel) -> layout(t, dims, perType, min, cancel);
    }

    @Override
    protected void derived(Network n) {
        network.set(n);
    }

    static Network layout(ClaimTable t, List<FacetDimension> dims, int perType, long minWeight, Cancellation cancel) {
        if (dims.size() < 2) {
            return new Network(List.of(), List.of(), 0, 0, t.size(), "");
        }
        CooccurrenceGraph g = t.cooccurrence(dims, perType, minWeight, cancel);
        boolean[] linked = new boolean[g.nodes().size()];
        long maxWeight = 1;
        for (CooccurrenceGraph.Edge e : g.edges()) {
            linked[e.source()] = true;
            linked[e.target()] = true;
            maxWeight = Math.max(maxWeight, e.weight());
        }
        int[] index = new int[linked.length];
        List<CooccurrenceGraph.Node> kept = new ArrayList<>();
        long maxCount = 1;
        for (int i = 0; i < linked.length; i++) {
            index[i] = linked[i] ? kept.size() : -1;
            if (linked[i]) {
                kept.add(g.nodes().get(i));
                maxCount = Math.max(maxCount, g.nodes().get(i).count());
            }
        }
        List<ForceDirectedLayout.Item> items = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (CooccurrenceGraph.Node node : kept) {
            String label = shorten(ClaimFacetValues.label(node.dimension(), node.value()), MAX_LABEL);
            labels.add(label);
            items.add(new ForceDirectedLayout.Item(radius(node.count(), maxCount), label.length() * 6.6 + 6));
        }
        List<ForceDirectedLayout.Spring> springs = new ArrayList<>();
        List<PlacedEdge> edges = new ArrayList<>();
        for (CooccurrenceGraph.Edge e : g.edges()) {
            double share = Math.log1p(e.weight()) / Math.log1p(maxWeight);
            springs.add(new ForceDirectedLayout.Spring(index[e.source()], index[e.target()], 0.2 + 0.8 * share));
            edges.add(new PlacedEdge(index[e.source()], index[e.target()], e.weight(), 0.75 + 5.25 * share, null));
        }
        double[][] pos = new ForceDirectedLayout(WIDTH, HEIGHT).place(items, springs, cancel);
        List<PlacedNode> nodes = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            CooccurrenceGraph.Node node = kept.get(i);
            nodes.add(new PlacedNode(node.dimension(), node.value(), labels.get(i), node.count(), pos[i][0],
                    pos[i][1], items.get(i).radius(), null));
        }
        // lightest edges first, so the heavy ones are drawn on top
        edges = new ArrayList<>(edges.reversed());
        int hidden = g.nodes().size() - kept.size();
        return new Network(nodes, edges, hidden, maxWeight, t.size(),
                hidden > 0 ? hidden + " values without links of that weight are hidden" : "");
    }

    /** Claims as nodes (sized by their number of links), the analyst's links as edges. */
    static Network layoutLinks(ClaimLinkGraph g, int claims, Cancellation cancel) {
        int[] degree = new int[g.nodes().size()];
        for (ClaimLinkGraph.LinkEdge e : g.edges()) {
            degree[e.source()]++;
            degree[e.target()]++;
        }
        int maxDegree = 1;
        for (int d : degree) {
            maxDegree = Math.max(maxDegree, d);
        }
        List<ForceDirectedLayout.Item> items = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            String label = shorten(claimLabel(g.nodes().get(i).claim()), MAX_CLAIM_LABEL);
            labels.add(label);
            items.add(new ForceDirectedLayout.Item(7 + 6 * Math.sqrt((double) degree[i] / maxDegree),
                    label.length() * 6.6 + 6));
        }
        List<ForceDirectedLayout.Spring> springs = new ArrayList<>();
        List<PlacedEdge> edges = new ArrayList<>();
        for (ClaimLinkGraph.LinkEdge e : g.edges()) {
            springs.add(new ForceDirectedLayout.Spring(e.source(), e.target(), 1));
            edges.add(new PlacedEdge(e.source(), e.target(), 1, 2.5, e.type()));
        }
        double[][] pos = new ForceDirectedLayout(WIDTH, HEIGHT).place(items, springs, cancel);
        List<PlacedNode> nodes = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            ClaimRecord r = g.nodes().get(i).claim();
            nodes.add(new PlacedNode(null, r.claim().id(), labels.get(i), degree[i], pos[i][0], pos[i][1],
                    items.get(i).radius(), r));
        }
        String note = g.truncated() ? "links of the first " + g.scanned() + " claims only; narrow the search" : "";
        return new Network(nodes, edges, 0, 1, claims, note);
    }

    /** Who said it and how it starts: "Speaker: first words…". */
    static String claimLabel(ClaimRecord r) {
        String speaker = r.claim().attribution().speakerName();
        String who;
        if (speaker != null) {
            String[] parts = speaker.strip().split("\\s+");
            who = parts.length > 1 && speaker.length() > 14 ? parts[parts.length - 1] : speaker.strip();
        } else {
            who = firstWords(r.reportTitle() == null ? r.source() : r.reportTitle(), 3);
        }
        return who + ": " + firstWords(r.claim().text(), 4);
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(n, words.length); i++) {
            out.append(i == 0 ? "" : " ").append(words[i]);
        }
        return out + (words.length > n ? "…" : "");
    }

    static double radius(long count, long maxCount) {
        return 5 + 17 * Math.sqrt((double) count / maxCount);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
