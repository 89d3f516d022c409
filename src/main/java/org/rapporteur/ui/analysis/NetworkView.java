package org.rapporteur.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.model.FacetDimension;

/**
 * The network tab: toggles for node types, sliders for nodes per type and minimum link weight, and the laid-out
 * graph, scaled to fit the tab. Hovering a node highlights its links; clicking it lists its claims.
 */
public final class NetworkView {
    /** Key of the view model in the root node's properties, for tools that drive the view (screenshots). */
    public static final String VIEW_MODEL_KEY = NetworkViewModel.class.getName();
    private final NetworkViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GraphPane graph = new GraphPane();
    private final Label empty = new Label("Counting claims…");
    private final Label summary = new Label();
    private final javafx.beans.value.ObservableStringValue indexState;

    public NetworkView(NetworkViewModel vm) {
        this(vm, new javafx.beans.property.SimpleStringProperty());
    }

    /**
     * @param indexState what the workbench is doing while its index cannot answer (opening, the first index, no
     *                   reports), said instead of "no claims match"; null once the index holds claims
     */
    public NetworkView(NetworkViewModel vm, javafx.beans.value.ObservableStringValue indexState) {
        this.vm = vm;
        this.indexState = indexState;
        root.getStylesheets().add(AnalysisStyles.STYLESHEET);
        root.getStyleClass().add(AnalysisStyles.VIEW);
        root.getProperties().put(VIEW_MODEL_KEY, vm);
        root.setTop(toolbar());
        empty.getStyleClass().add(AnalysisStyles.EMPTY);
        empty.setMaxWidth(520);
        root.setCenter(new StackPane(empty));
        summary.getStyleClass().add(AnalysisStyles.NOTICE);
        root.setBottom(AnalysisStyles.statusBar(vm, summary.textProperty()));
        vm.networkProperty().addListener((o, was, now) -> show(now));
        vm.errorProperty().addListener((o, was, now) -> {
            if (now != null && vm.networkProperty().get() == null) {
                empty.setText(now);
            }
        });
        indexState.addListener((o, was, now) -> {
            NetworkViewModel.Network n = vm.networkProperty().get();
            if (n != null && n.isEmpty() && n.claims() == 0) {
                show(n);
            }
        });
        show(vm.networkProperty().get());
        AnalysisStyles.trackShowing(root, vm.activeProperty());
    }

    public Node node() {
        return root;
    }

    private Region toolbar() {
        CheckBox speakers = typeToggle("Speakers", "speaker", vm.speakersProperty().get());
        speakers.selectedProperty().bindBidirectional(vm.speakersProperty());
        CheckBox countries = typeToggle("Countries", "country", vm.countriesProperty().get());
        countries.selectedProperty().bindBidirectional(vm.countriesProperty());
        CheckBox themes = typeToggle("Themes", "theme", vm.themesProperty().get());
        themes.selectedProperty().bindBidirectional(vm.themesProperty());
        CheckBox speakerCountries = typeToggle("Speakers' countries", "speaker-country",
                vm.speakerCountriesProperty().get());
        speakerCountries.selectedProperty().bindBidirectional(vm.speakerCountriesProperty());

        Slider perType = slider(3, 60, vm.nodesPerTypeProperty().get());
        Label perTypeValue = new Label();
        perType.valueProperty().addListener((o, was, now) -> perTypeValue.setText(Integer.toString(now.intValue())));
        perTypeValue.setText(Integer.toString(vm.nodesPerTypeProperty().get()));
        // apply when the thumb is released: each change re-lays the graph out
        perType.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.nodesPerTypeProperty().set((int) Math.round(perType.getValue()));
            }
        });
        perType.valueProperty().addListener((o, was, now) -> {
            if (!perType.isValueChanging()) {
                vm.nodesPerTypeProperty().set(now.intValue());
            }
        });
        Slider minWeight = slider(1, 50, vm.minWeightProperty().get());
        Label minWeightValue = new Label(Integer.toString(vm.minWeightProperty().get()));
        minWeight.valueProperty().addListener((o, was, now) ->
                minWeightValue.setText(Integer.toString(now.intValue())));
        minWeight.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.minWeightProperty().set((int) Math.round(minWeight.getValue()));
            }
        });
        minWeight.valueProperty().addListener((o, was, now) -> {
            if (!minWeight.isValueChanging()) {
                vm.minWeightProperty().set(now.intValue());
            }
        });
        vm.networkProperty().addListener((o, was, now) -> {
            if (now != null) {
                minWeight.setMax(Math.max(10, Math.min(1000, now.maxWeight())));
            }
        });
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setTooltip(new Tooltip("Count again"));
        refresh.setOnAction(e -> vm.refresh());
        ComboBox<NetworkViewModel.Mode> mode = new ComboBox<>();
        mode.getItems().setAll(NetworkViewModel.Mode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(NetworkViewModel.Mode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public NetworkViewModel.Mode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.setTooltip(new Tooltip("Co-occurrence of speakers, countries and themes, or the links you made "
                + "between claims"));
        var linksMode = vm.modeProperty().isEqualTo(NetworkViewModel.Mode.CLAIM_LINKS);
        for (Node n : List.of(speakers, countries, themes, speakerCountries, perType, minWeight)) {
            n.disableProperty().bind(linksMode);
        }
        // the node types' check boxes are also the legend of the node colours: they wrap, never shrink to "…"
        HBox legend = AnalysisStyles.group(speakers, countries, themes, speakerCountries);
        perTypeValue.setMinWidth(Region.USE_PREF_SIZE);
        minWeightValue.setMinWidth(Region.USE_PREF_SIZE);
        return AnalysisStyles.toolbar(mode, legend,
                AnalysisStyles.labelled("Top per type", perType, perTypeValue),
                AnalysisStyles.labelled("Min. shared claims", minWeight, minWeightValue), refresh);
    }

    private static CheckBox typeToggle(String text, String styleClass, boolean selected) {
        Circle dot = new Circle(5);
        dot.getStyleClass().addAll("legend-dot", styleClass);
        CheckBox box = new CheckBox(text);
        box.setGraphic(dot);
        box.setSelected(selected);
        return box;
    }

    private static Slider slider(double min, double max, double value) {
        Slider s = new Slider(min, max, value);
        s.setBlockIncrement(1);
        s.setMajorTickUnit(10);
        s.setSnapToTicks(false);
        s.setPrefWidth(120);
        return s;
    }

    private void show(NetworkViewModel.Network n) {
        if (n == null) {
            return;
        }
        if (n.isEmpty()) {
            empty.setText(n.claims() == 0 ? AnalysisStyles.noClaims(indexState)
                    : vm.modeProperty().get() == NetworkViewModel.Mode.CLAIM_LINKS
                    ? "None of these claims is linked yet: link claims in the inspector (Ctrl+L), then come back."
                    : "No links to draw: choose at least two node types, or lower the minimum of shared claims.");
            root.setCenter(new StackPane(empty));
            summary.setText("");
            return;
        }
        graph.setNetwork(n);
        root.setCenter(graph);
        String note = n.note().isEmpty() ? "" : " (" + n.note() + ")";
        if (vm.modeProperty().get() == NetworkViewModel.Mode.CLAIM_LINKS) {
            summary.setText(String.format(Locale.ROOT, "%d linked claims, %d links%s. Green: supports; red: "
                            + "contradicts; blue: elaborates or responds to; grey: same claim. Click a claim to open "
                            + "it.",
                    n.nodes().size(), n.edges().size(), note));
        } else {
            summary.setText(String.format(Locale.ROOT, "%d nodes, %d links from %,d claims%s. Node size: claims; "
                    + "link width: shared claims. Click a node to list its claims.", n.nodes().size(),
                    n.edges().size(), n.claims(), note));
        }
    }

    static String styleOf(FacetDimension d) {
        if (d == null) {
            return "claim";
        }
        return switch (d) {
            case SPEAKER -> "speaker";
            case COUNTRY -> "country";
            case THEME -> "theme";
            case SPEAKER_COUNTRY -> "speaker-country";
            default -> "other";
        };
    }

    /** Draws the network, scaling the layout box to the pane's size while keeping labels at their font size. */
    private final class GraphPane extends Pane {
        private final Group edgesGroup = new Group();
        private final Group nodesGroup = new Group();
        private NetworkViewModel.Network network;
        private final List<Line> lines = new ArrayList<>();
        private final List<Circle> circles = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();

        GraphPane() {
            getStyleClass().add("network-canvas");
            getChildren().addAll(edgesGroup, nodesGroup);
            setMinSize(200, 150);
        }

        void setNetwork(NetworkViewModel.Network n) {
            network = n;
            lines.clear();
            circles.clear();
            labels.clear();
            edgesGroup.getChildren().clear();
            nodesGroup.getChildren().clear();
            List<List<Line>> linesOf = new ArrayList<>();
            for (int i = 0; i < n.nodes().size(); i++) {
                linesOf.add(new ArrayList<>());
            }
            for (NetworkViewModel.PlacedEdge e : n.edges()) {
                Line line = new Line();
                line.getStyleClass().add("network-edge");
                if (e.type() != null) {
                    line.getStyleClass().addAll("claim-link", "link-" + e.type());
                    Tooltip.install(line, new Tooltip(e.type()));
                }
                line.setStrokeWidth(e.width());
                lines.add(line);
                linesOf.get(e.source()).add(line);
                linesOf.get(e.target()).add(line);
            }
            edgesGroup.getChildren().addAll(lines);
            for (int i = 0; i < n.nodes().size(); i++) {
                NetworkViewModel.PlacedNode node = n.nodes().get(i);
                Circle c = new Circle(node.radius());
                c.getStyleClass().addAll("network-node", styleOf(node.dimension()));
                c.setCursor(Cursor.HAND);
                Tooltip.install(c, new Tooltip(node.claim() != null
                        ? node.claim().claim().text() + "\n— " + node.claim().reportTitle() + "; click to open it"
                        : node.dimension().label() + ": " + node.value() + "\n" + node.count()
                                + " claims — click to list them"));
                List<Line> mine = linesOf.get(i);
                c.setOnMouseEntered(e -> mine.forEach(l -> l.getStyleClass().add("focus")));
                c.setOnMouseExited(e -> mine.forEach(l -> l.getStyleClass().remove("focus")));
                c.setOnMouseClicked(e -> vm.openNode(node));
                Label t = new Label(node.label());
                t.getStyleClass().add("network-label");
                t.setMouseTransparent(true);
                circles.add(c);
                labels.add(t);
            }
            nodesGroup.getChildren().addAll(circles);
            nodesGroup.getChildren().addAll(labels);
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            if (network == null) {
                return;
            }
            double w = getWidth();
            double h = getHeight();
            // positions stretch with the pane; circles and labels keep their size, so text stays legible
            double kx = w / NetworkViewModel.WIDTH;
            double ky = h / NetworkViewModel.HEIGHT;
            List<NetworkViewModel.PlacedNode> nodes = network.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                NetworkViewModel.PlacedNode n = nodes.get(i);
                double x = n.x() * kx;
                double y = n.y() * ky;
                circles.get(i).setCenterX(x);
                circles.get(i).setCenterY(y);
                Label t = labels.get(i);
                t.autosize();
                t.relocate(x - t.getWidth() / 2, y + n.radius() + 1);
            }
            for (int i = 0; i < network.edges().size(); i++) {
                NetworkViewModel.PlacedEdge e = network.edges().get(i);
                Line l = lines.get(i);
                l.setStartX(circles.get(e.source()).getCenterX());
                l.setStartY(circles.get(e.source()).getCenterY());
                l.setEndX(circles.get(e.target()).getCenterX());
                l.setEndY(circles.get(e.target()).getCenterY());
            }
        }
    }
}
