package com.residentdesk;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The package graph of ARCHITECTURE.md: every dependency points down the layers, from provisioning
 * at the top to the shared vocabulary in system, and the capabilities import each other without a
 * cycle. ArchUnit checks the compiled classes; the same rules are checked on the source imports,
 * because javac copies a constant (an element id, a rule id) into the class that uses it and the
 * bytecode no longer shows where it came from.
 */
@Tag("fast")
class ArchitectureTest {

  private static final String ROOT = "com.residentdesk";
  private static final Path SOURCES = Path.of("src/main/java/com/residentdesk");

  /** The layers, top to bottom; a package may use its own layer and the layers below it. */
  static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

  static {
    LAYERS.put("Provisioning", List.of("provisioning"));
    LAYERS.put("Operations", List.of("operations"));
    LAYERS.put(
        "Capabilities",
        List.of(
            "intake",
            "triage",
            "dispatch",
            "callback",
            "emergency",
            "complaint",
            "specialservice",
            "inquiry",
            "audit",
            "governance",
            "resident",
            "reports",
            "survey"));
    LAYERS.put("Services", List.of("sla", "notification", "rota", "answers", "household"));
    LAYERS.put("Property", List.of("property"));
    LAYERS.put("Case file", List.of("casefile"));
    LAYERS.put("Identity", List.of("identity"));
    LAYERS.put("System", List.of("system"));
  }

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  private static int layerOf(String pkg) {
    int index = 0;
    for (List<String> packages : LAYERS.values()) {
      if (packages.contains(pkg)) {
        return index;
      }
      index++;
    }
    throw new AssertionError("Package " + pkg + " is in no layer of ArchitectureTest.LAYERS");
  }

  @Test
  void everyPackageIsInALayer() throws IOException {
    try (Stream<Path> packages = Files.list(SOURCES)) {
      packages
          .filter(Files::isDirectory)
          .map(dir -> dir.getFileName().toString())
          .forEach(ArchitectureTest::layerOf);
    }
  }

  @Test
  void compiledClassesDependDownwardOnly() {
    LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
    List<String> names = new ArrayList<>(LAYERS.keySet());
    for (String layer : names) {
      architecture =
          architecture
              .layer(layer)
              .definedBy(
                  LAYERS.get(layer).stream()
                      .map(pkg -> ROOT + "." + pkg + "..")
                      .toArray(String[]::new));
    }
    for (int i = 0; i < names.size(); i++) {
      List<String> above = names.subList(0, i);
      architecture =
          above.isEmpty()
              ? architecture.whereLayer(names.get(i)).mayNotBeAccessedByAnyLayer()
              : architecture
                  .whereLayer(names.get(i))
                  .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
    }
    architecture.check(classes);
  }

  @Test
  void compiledPackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /** package -> the packages its sources import (constants included). */
  private static Map<String, Set<String>> sourceImports() throws IOException {
    Pattern imported =
        Pattern.compile("^import (?:static )?" + Pattern.quote(ROOT) + "\\.(\\w+)\\.");
    Map<String, Set<String>> graph = new HashMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file).getName(0).toString();
        Set<String> uses = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
        for (String line : Files.readAllLines(file)) {
          Matcher match = imported.matcher(line);
          if (match.find() && !match.group(1).equals(pkg)) {
            uses.add(match.group(1));
          }
        }
      }
    }
    return graph;
  }

  @Test
  void sourceImportsPointDownOnly() throws IOException {
    List<String> upward = new ArrayList<>();
    sourceImports()
        .forEach(
            (pkg, uses) ->
                uses.stream()
                    .filter(used -> layerOf(used) < layerOf(pkg))
                    .forEach(used -> upward.add(pkg + " imports " + used)));
    assertThat(upward).as("imports that point up a layer").isEmpty();
  }

  @Test
  void sourceImportsHaveNoCycles() throws IOException {
    Map<String, Set<String>> graph = sourceImports();
    for (String start : graph.keySet()) {
      assertThat(reachable(graph, start))
          .as("packages that import " + start + " back")
          .doesNotContain(start);
    }
  }

  private static Set<String> reachable(Map<String, Set<String>> graph, String from) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(graph.getOrDefault(from, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(graph.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}
