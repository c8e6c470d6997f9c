package com.residentdesk;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph (ARCHITECTURE.md): capabilities import each other without cycles, and every
 * import points down the layers, from provisioning at the top to the shared vocabulary in system.
 */
@AnalyzeClasses(packages = "com.residentdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule capabilitiesHaveNoCycles =
      slices().matching("com.residentdesk.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule dependenciesPointDown =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Provisioning")
          .definedBy("..provisioning..")
          .layer("Capabilities")
          .definedBy(
              "..intake..",
              "..triage..",
              "..dispatch..",
              "..callback..",
              "..emergency..",
              "..complaint..",
              "..inquiry..",
              "..audit..")
          .layer("Services")
          .definedBy("..sla..", "..notification..", "..rota..", "..answers..", "..household..")
          .layer("CaseFile")
          .definedBy("..casefile..")
          .layer("Identity")
          .definedBy("..identity..")
          .layer("System")
          .definedBy("..system..")
          .whereLayer("Provisioning")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Capabilities")
          .mayOnlyBeAccessedByLayers("Provisioning")
          .whereLayer("Services")
          .mayOnlyBeAccessedByLayers("Provisioning", "Capabilities")
          .whereLayer("CaseFile")
          .mayOnlyBeAccessedByLayers("Provisioning", "Capabilities", "Services")
          .whereLayer("Identity")
          .mayOnlyBeAccessedByLayers("Provisioning", "Capabilities", "Services", "CaseFile")
          .whereLayer("System")
          .mayOnlyBeAccessedByLayers(
              "Provisioning", "Capabilities", "Services", "CaseFile", "Identity");
}
