package org.rapporteur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md, enforced: each library stays inside the one package that wraps it, the core never
 * sees JavaFX, and packages form no cycles.
 */
class ArchitectureTest {
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
    void modelProgressAndLogDependOnNothingOfOurs() {
        noClasses().that().resideInAnyPackage("org.rapporteur.model..", "org.rapporteur.progress..",
                        "org.rapporteur.applog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rapporteur.ingest..",
                        "org.rapporteur.structure..", "org.rapporteur.enrich..", "org.rapporteur.index..",
                        "org.rapporteur.annotations..", "org.rapporteur.export..", "org.rapporteur.pipeline..",
                        "org.rapporteur.cli..", "org.rapporteur.ui..", "org.rapporteur.embed..")
                .check(classes);
    }

    @Test
    void coreStagesDoNotReachIntoEachOther() {
        noClasses().that().resideInAnyPackage("org.rapporteur.structure..", "org.rapporteur.enrich..",
                        "org.rapporteur.annotations..", "org.rapporteur.export..", "org.rapporteur.ingest..",
                        "org.rapporteur.index..", "org.rapporteur.embed..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rapporteur.pipeline..",
                        "org.rapporteur.cli..", "org.rapporteur.ui..")
                .because("data flows one way: stages know the model, the pipeline knows the stages")
                .check(classes);
    }

    @Test
    void cliAndUiGoThroughThePipeline() {
        noClasses().that().resideInAnyPackage("org.rapporteur.cli..", "org.rapporteur.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rapporteur.ingest..",
                        "org.rapporteur.structure..", "org.rapporteur.index..", "org.rapporteur.embed..")
                .because("the CLI and the UI share one service layer and must not drift apart")
                .check(classes);
        // Annotation and taxonomy values (Tag, Coding, Change, Theme...) are shared vocabulary; the store, the
        // enrichers and the index stay behind the pipeline.
        noClasses().that().resideInAnyPackage("org.rapporteur.cli..", "org.rapporteur.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.rapporteur.annotations.AnnotationStore")
                .check(classes);
    }

    @Test
    void noSystemOutOutsideCli() {
        noClasses().that().resideOutsideOfPackage("org.rapporteur.cli..")
                .should().accessField(System.class, "out")
                .because("output goes through the CLI or the log")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.rapporteur.(*)..").should().beFreeOfCycles().check(classes);
    }
}
