package io.github.imapichecks.layers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The checks module's role packages depend one way: {@code tables} (what IMAPI is) under {@code
 * recognition} (which expressions are results) under {@code usage} (how code treats them) under
 * {@code errorprone} (the checks); the Checker Framework checker uses {@code recognition} and
 * {@code tables} only. {@code tables} knows neither javac nor Error Prone.
 */
final class PackageLayersTest {
  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.imapichecks");

  @Test
  void dependenciesPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("tables")
        .definedBy("io.github.imapichecks.tables..")
        .layer("recognition")
        .definedBy("io.github.imapichecks.recognition..")
        .layer("usage")
        .definedBy("io.github.imapichecks.usage..")
        .layer("errorprone")
        .definedBy("io.github.imapichecks.errorprone..")
        .layer("checker")
        .definedBy("io.github.imapichecks.checker..")
        .whereLayer("errorprone")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("checker")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("usage")
        .mayOnlyBeAccessedByLayers("errorprone")
        .whereLayer("recognition")
        .mayOnlyBeAccessedByLayers("usage", "errorprone", "checker")
        .whereLayer("tables")
        .mayOnlyBeAccessedByLayers("recognition", "usage", "errorprone", "checker")
        .check(MAIN_CLASSES);
  }

  @Test
  void tablesKnowNeitherJavacNorErrorProne() {
    noClasses()
        .that()
        .resideInAPackage("io.github.imapichecks.tables..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.sun..", "com.google.errorprone..", "org.checkerframework..")
        .check(MAIN_CLASSES);
  }
}
