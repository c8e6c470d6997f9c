package com.residentdesk.governance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The model lint Camunda Modeler applies (bpmnlint's recommended rules and the Camunda 7.24
 * compatibility rules, the configuration of ../shared/tools/model-lint), run on a proposed model
 * exactly as a process owner's Modeler runs it. The rules are JavaScript; the build bundles them
 * into one file (src/main/frontend/model-lint) that Node.js runs, so the desk applies the same
 * rules rather than a Java imitation of some of them.
 */
@Component
class ModelLint {

  private static final Logger log = LoggerFactory.getLogger(ModelLint.class);
  private static final String BUNDLE = "governance/model-lint.cjs";

  /** One rule's finding on one element; category "error" blocks a proposal. */
  record Finding(String file, String rule, String id, String message, String category) {

    boolean isError() {
      return "error".equals(category);
    }
  }

  /** Node.js or the bundled lint is missing, or the lint failed: no proposal can be checked. */
  static final class Unavailable extends Exception {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final GovernanceProperties properties;
  private final ObjectMapper json = new ObjectMapper();
  private Path bundle;

  ModelLint(GovernanceProperties properties) {
    this.properties = properties;
  }

  /**
   * @return every finding on the BPMN files, each under the file's own name
   */
  List<Finding> lint(List<ModelFile> files) throws Unavailable {
    List<ModelFile> bpmn = files.stream().filter(f -> f.kind() == ModelFile.Kind.BPMN).toList();
    if (bpmn.isEmpty()) {
      return List.of();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("model-lint");
      List<String> command = new ArrayList<>(List.of(properties.node(), bundle().toString()));
      for (int i = 0; i < bpmn.size(); i++) {
        Path file = dir.resolve(i + ".bpmn");
        Files.write(file, bpmn.get(i).content());
        command.add(file.toString());
      }
      List<Finding> raw = run(command, dir);
      List<Finding> findings = new ArrayList<>();
      for (Finding finding : raw) {
        String name = Path.of(finding.file()).getFileName().toString();
        int index = Integer.parseInt(name.substring(0, name.indexOf('.')));
        findings.add(
            new Finding(
                bpmn.get(index).fileName(),
                finding.rule(),
                finding.id(),
                finding.message(),
                finding.category()));
      }
      return findings;
    } catch (IOException e) {
      throw new Unavailable("The model lint could not run: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private List<Finding> run(List<String> command, Path dir) throws IOException, Unavailable {
    Path out = dir.resolve("findings.json");
    Path err = dir.resolve("errors.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      if (!process.waitFor(properties.lintTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new Unavailable("The model lint took longer than " + properties.lintTimeout(), null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new Unavailable("Interrupted while linting", e);
    }
    if (process.exitValue() != 0) {
      String errors = Files.readString(err).lines().findFirst().orElse("");
      log.warn("The model lint failed with exit code {}: {}", process.exitValue(), errors);
      throw new Unavailable("The model lint failed: " + errors, null);
    }
    return json.readValue(out.toFile(), new TypeReference<List<Finding>>() {});
  }

  /** The bundled lint, written out of the jar once, where Node.js can read it. */
  private synchronized Path bundle() throws IOException, Unavailable {
    if (bundle != null && Files.exists(bundle)) {
      return bundle;
    }
    ClassPathResource resource = new ClassPathResource(BUNDLE);
    if (!resource.exists()) {
      throw new Unavailable(
          BUNDLE + " is not in this build (built with -Dexec.skip before it existed)", null);
    }
    Path file = Files.createTempFile("model-lint", ".cjs");
    try (InputStream in = resource.getInputStream()) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    file.toFile().deleteOnExit();
    bundle = file;
    return bundle;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      log.debug("Could not delete {}", dir, e);
    }
  }
}
