package org.rapporteur.ui.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** MVVM in the analysis views: view models and the layout hold state and logic, never controls or scene nodes. */
class AnalysisLayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rapporteur.ui.analysis");

    @Test
    void viewModelsDoNotTouchTheScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleNameStartingWith("ForceDirectedLayout")
                .or().haveSimpleNameStartingWith("LatestJobRunner")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models are unit-tested without a window")
                .check(classes);
    }

    @Test
    void onlyViewModelsCallThePipelineServices() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().haveSimpleName("Workspace")
                .orShould().dependOnClassesThat().haveSimpleName("ClaimAggregates")
                .check(classes);
    }
}
