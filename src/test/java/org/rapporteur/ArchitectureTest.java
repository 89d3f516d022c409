package org.rapporteur;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ADR 0001, checked on the compiled main classes: the faces work through the pipeline, the stages
 * know only the model, each library stays inside the package that wraps it, view models never touch a scene graph,
 * and packages form no cycles. Every rule says its reason in {@code because}, exceptions included. The console,
 * locale and charset rules are the static gate's (forbidden-apis in the pom, ADR 0043).
 */
class ArchitectureTest {
    /** The stages of the data flow; each knows the model (and progress), never another stage. */
    private static final List<String> STAGES = List.of("ingest", "structure", "enrich", "index", "annotations",
            "export", "embed");
    /** The two faces: the command line and the workbench. */
    private static final String[] FACES = {"org.rapporteur.cli..", "org.rapporteur.ui.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rapporteur");
    }

    @Test
    void javaFxOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("org.rapporteur.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("the core must run and be tested without a window")
                .check(classes);
    }

    @Test
    void luceneOnlyInIndex() {
        noClasses().that().resideOutsideOfPackage("org.rapporteur.index..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("the index is a cache behind domain types; no Lucene class leaks out")
                .check(classes);
    }

    @Test
    void documentLibrariesOnlyInIngest() {
        noClasses().that().resideOutsideOfPackage("org.rapporteur.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.poi..",
                        "org.jsoup..")
                .because("reading file formats is ingest's job")
                .check(classes);
    }

    @Test
    void sqliteOnlyInAnnotations() {
        noClasses().that().resideOutsideOfPackage("org.rapporteur.annotations..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.postgresql..", "java.sql..")
                .because("the annotation store owns the database")
                .check(classes);
    }

    @Test
    void onnxRuntimeOnlyInEmbed() {
        noClasses().that().resideOutsideOfPackage("org.rapporteur.embed..")
                .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
                .because("the embedder wraps its native runtime; the pipeline hands vectors on (ADR 0031)")
                .check(classes);
    }

    @Test
    void jacksonOnlyWhereDeclared() {
        noClasses().that().resideOutsideOfPackages("org.rapporteur.annotations..", "org.rapporteur.cli..",
                        "org.rapporteur.embed..", "org.rapporteur.enrich..", "org.rapporteur.export..",
                        "org.rapporteur.ingest..", "org.rapporteur.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("JSON is read and written where a format lives (the change journal, --json, the tokenizer's "
                        + "vocabulary, the theme taxonomy, exports, sidecars, workspace settings); the model, the "
                        + "index, the structurer and the screens stay free of a serialisation library (ADR 0001)")
                .check(classes);
    }

    @Test
    void modelProgressAndLogDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("org.rapporteur.model..", "org.rapporteur.progress..",
                        "org.rapporteur.applog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rapporteur.ingest..",
                        "org.rapporteur.structure..", "org.rapporteur.enrich..", "org.rapporteur.index..",
                        "org.rapporteur.annotations..", "org.rapporteur.export..", "org.rapporteur.pipeline..",
                        "org.rapporteur.cli..", "org.rapporteur.ui..", "org.rapporteur.embed..")
                .because("every package may use the model, progress and the log, so they can use none of ours")
                .check(classes);
    }

    @Test
    void stagesDoNotReachUpToThePipelineOrTheFaces() {
        noClasses().that().resideInAnyPackage(packages(STAGES))
                .should().dependOnClassesThat().resideInAnyPackage("org.rapporteur.pipeline..",
                        "org.rapporteur.cli..", "org.rapporteur.ui..")
                .because("data flows one way: stages know the model, the pipeline knows the stages")
                .check(classes);
    }

    @Test
    void stagesNeverImportEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (String stage : STAGES) {
            List<String> others = new ArrayList<>(STAGES);
            others.remove(stage);
            rules.add(noClasses().that().resideInAPackage("org.rapporteur." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(packages(others))
                    .because("a stage knows only the model; the pipeline is the one place that wires stages "
                            + "together, so each can be changed and tested alone (ADR 0001)"));
        }
        CompositeArchRule.of(rules).check(classes);
    }

    @Test
    void facesNeverUseTheStagesThatOnlyThePipelineDrives() {
        noClasses().that().resideInAnyPackage(FACES)
                .should().dependOnClassesThat().resideInAnyPackage("org.rapporteur.ingest..",
                        "org.rapporteur.structure..", "org.rapporteur.enrich..", "org.rapporteur.index..",
                        "org.rapporteur.embed..")
                .because("the CLI and the UI share one service layer, the pipeline, and must not drift apart; "
                        + "what they show of these stages comes as model types or pipeline types (ADR 0001)")
                .check(classes);
    }

    @Test
    void facesNameOnlyThePublishedTypesOfAnnotationsAndExport() {
        noClasses().that().resideInAnyPackage(FACES)
                .should().dependOnClassesThat(resideInAnyPackage("org.rapporteur.annotations..",
                        "org.rapporteur.export..").and(DescribedPredicate.not(publishedType())))
                .because("a tag, a coding, a change or export options are the vocabulary the analyst works in and "
                        + "pass through the pipeline unchanged, so the faces may name them (a wrapper in the "
                        + "pipeline would only pass them on); the classes that do the work (the store, the "
                        + "databases, the writers) stay behind the pipeline (ADR 0001, option c)")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchTheSceneGraph() {
        noClasses().that().resideInAPackage("org.rapporteur.ui..").and().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model is state and commands, tested without a window; its view builds and binds "
                        + "the controls (properties and observable lists from javafx.beans and javafx.collections "
                        + "are its own)")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.rapporteur.(*)..").should().beFreeOfCycles()
                .because("one-way layers: a cycle would let a change anywhere reach everywhere")
                .check(classes);
    }

    /**
     * What a face may name of {@code annotations} and {@code export}: records, enums, interfaces (annotation types
     * too) and exceptions. Classes that do work are none of these.
     */
    private static DescribedPredicate<JavaClass> publishedType() {
        return DescribedPredicate.describe("a record, enum, interface or exception",
                c -> c.isRecord() || c.isEnum() || c.isInterface() || c.isAssignableTo(Throwable.class));
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> "org.rapporteur." + n + "..").toArray(String[]::new);
    }
}
