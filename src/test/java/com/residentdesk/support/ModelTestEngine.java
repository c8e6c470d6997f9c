package com.residentdesk.support;

import com.residentdesk.system.ParsedFeel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The engine of the fast model tests: the bare Camunda engine on an in-memory H2 database, no
 * Spring, no job executor, full history, and every bean a model names resolved from {@code Mocks}.
 * Every model and form is deployed once, as the application deploys them (one deployment, so called
 * processes and forms resolve with deployment binding); tests start their own instances.
 */
public final class ModelTestEngine {

  /** The same resources the application deploys (application.yaml). */
  private static final String[] MODELS = {
    "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form"
  };

  /** The deployment's name for a resource: its path from processes/ or forms/ on. */
  private static String nameOf(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int processes = url.lastIndexOf("/processes/");
    return url.substring((processes >= 0 ? processes : url.lastIndexOf("/forms/")) + 1);
  }

  private static ProcessEngine engine;

  private ModelTestEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      engine = build();
      deployModels(engine);
    }
    return engine;
  }

  private static ProcessEngine build() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("model-tests");
    configuration.setJdbcUrl("jdbc:h2:mem:model-tests;DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    // the decision tables run on the application's FEEL engine (parsed once)
    configuration.setProcessEnginePlugins(List.of(new ParsedFeel()));
    return configuration.buildProcessEngine();
  }

  private static void deployModels(ProcessEngine engine) {
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("model-tests");
    try {
      for (String pattern : MODELS) {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
          try (InputStream in = resource.getInputStream()) {
            deployment.addInputStream(
                nameOf(resource), new ByteArrayInputStream(in.readAllBytes()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deployment.deploy();
  }
}
