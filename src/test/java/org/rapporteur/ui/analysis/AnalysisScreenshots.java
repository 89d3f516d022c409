package org.rapporteur.ui.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.rapporteur.pipeline.AnalysisTestData;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.main.WorkbenchTab;

/**
 * Not a test: renders the analysis tabs on the sample corpus, alone in a window, into {@code docs/screenshots/}: the
 * network of claim links (network-links.png) and the dark theme (matrix-dark.png, network-dark.png), with
 * {@code Scene.snapshot}. Run with {@code bin/analysis-screenshots} (headless Monocle or Xvfb). matrix.png, charts.png
 * and network.png are taken by {@code bin/screenshots} in the whole window at 1280×800 with both side panes open.
 */
public final class AnalysisScreenshots {
    private static Path out;

    private AnalysisScreenshots() {
    }

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Application.launch(Shots.class);
    }

    /** The application: a launcher class must not extend Application on the class path. */
    public static final class Shots extends Application {
    private Workspace ws;
    private FakeWorkbenchContext ctx;
    private NetworkViewModel networkVm;
    private final List<Step> steps = new ArrayList<>();

    private record Step(String name, Runnable action, BooleanSupplier ready) {
    }

    @Override
    public void start(Stage stage) throws IOException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path tmp = Files.createTempDirectory("rapporteur-shots");
        ws = AnalysisTestData.sampleWorkspace(tmp);
        ctx = new FakeWorkbenchContext(ws);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WorkbenchTab t : AnalysisTabs.create(ctx)) {
            tabs.getTabs().add(new Tab(t.title(), t.view()));
        }
        networkVm = (NetworkViewModel) tabs.getTabs().get(2).getContent().getProperties()
                .get(NetworkView.VIEW_MODEL_KEY);
        Scene scene = new Scene(tabs, 1440, 880);
        stage.setScene(scene);
        stage.setTitle("Rapporteur — analysis");
        stage.show();
        BooleanSupplier idle = () -> scene.getRoot().lookupAll(".progress-bar").stream().noneMatch(n -> n.isVisible()
                && n.getParent() != null && n.getParent().isVisible());
        steps.add(new Step("matrix", () -> tabs.getSelectionModel().select(0),
                () -> idle.getAsBoolean() && !scene.getRoot().lookupAll(".heat-cell").isEmpty()));
        steps.add(new Step("charts", () -> tabs.getSelectionModel().select(1),
                () -> idle.getAsBoolean() && !scene.getRoot().lookupAll(".chart-bar").isEmpty()));
        steps.add(new Step("network", () -> tabs.getSelectionModel().select(2),
                () -> idle.getAsBoolean() && !scene.getRoot().lookupAll(".network-node").isEmpty()));
        steps.add(new Step("links", () -> {
            addSomeLinks();
            network(scene).modeProperty().set(NetworkViewModel.Mode.CLAIM_LINKS);
        }, () -> idle.getAsBoolean() && !scene.getRoot().lookupAll(".claim-link").isEmpty()));
        steps.add(new Step("shot links", () -> shot(scene, "network-links.png"), () -> true));
        steps.add(new Step("back to co-occurrence",
                () -> network(scene).modeProperty().set(NetworkViewModel.Mode.COOCCURRENCE),
                () -> idle.getAsBoolean() && scene.getRoot().lookupAll(".claim-link").isEmpty()));
        steps.add(new Step("dark", () -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            tabs.getSelectionModel().select(0);
        }, () -> idle.getAsBoolean() && !scene.getRoot().lookupAll(".heat-cell").isEmpty()));
        steps.add(new Step("shot matrix dark", () -> shot(scene, "matrix-dark.png"), () -> true));
        steps.add(new Step("network dark", () -> tabs.getSelectionModel().select(2),
                () -> idle.getAsBoolean() && !scene.getRoot().lookupAll(".network-node").isEmpty()));
        steps.add(new Step("shot network dark", () -> shot(scene, "network-dark.png"), () -> true));
        run(0, 0);
    }

    /** The network tab's view model. */
    private NetworkViewModel network(Scene scene) {
        return networkVm;
    }

    /** A few links of the kinds an analyst makes, between claims of different reports on one subject. */
    private void addSomeLinks() {
        List<org.rapporteur.model.ClaimRecord> claims = new ArrayList<>();
        ws.corpus().forEachClaim("Afghanistan", claims::add);
        List<org.rapporteur.annotations.LinkType> types = List.of(org.rapporteur.annotations.LinkType.SUPPORTS,
                org.rapporteur.annotations.LinkType.CONTRADICTS, org.rapporteur.annotations.LinkType.ELABORATES,
                org.rapporteur.annotations.LinkType.SUPPORTS, org.rapporteur.annotations.LinkType.RESPONDS_TO,
                org.rapporteur.annotations.LinkType.CONTRADICTS);
        int made = 0;
        for (int i = 0; i + 1 < claims.size() && made < types.size(); i += 3) {
            var a = claims.get(i);
            var b = claims.get(claims.size() - 1 - i);
            if (!a.claim().reportId().equals(b.claim().reportId())) {
                ws.annotations().execute(new org.rapporteur.annotations.Change.AddLink(a.claim().id(),
                        b.claim().id(), types.get(made++), null));
            }
        }
    }

    /** Runs step {@code i} once the previous one is ready, settling 700 ms so layout and CSS are done. */
    private void run(int i, int waited) {
        if (i >= steps.size()) {
            ctx.background.shutdownNow();
            ws.close();
            Platform.exit();
            return;
        }
        Step s = steps.get(i);
        if (waited == 0) {
            s.action().run();
        }
        Timeline t = new Timeline(new KeyFrame(Duration.millis(700), e -> {
            if (s.ready().getAsBoolean() || waited > 120) {
                if (waited > 120) {
                    System.err.println("Gave up waiting for " + s.name());
                }
                run(i + 1, 0);
            } else {
                run(i, waited + 1);
            }
        }));
        t.play();
    }

    private static void shot(Scene scene, String name) {
        try {
            Files.createDirectories(out);
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
            System.err.println("Wrote " + out.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
}
