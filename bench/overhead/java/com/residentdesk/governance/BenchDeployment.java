package com.residentdesk.governance;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The overhead benchmark's way past {@link DeploymentGuard} (GOV-01) for its bare comparison model:
 * a bench source in the guard's package, compiled only into the {@code bench} profile's test
 * classes, never into the application jar. The guard itself is unchanged: in production nothing but
 * an approved change or a release's models can deploy.
 */
public final class BenchDeployment {

  private BenchDeployment() {}

  /** Deploys one classpath resource, as the desk deploys a release's models. */
  public static Deployment deploy(RepositoryService repository, String name, String resource) {
    return DeploymentGuard.permit(
        () ->
            repository
                .createDeployment()
                .name(name)
                .addClasspathResource(resource)
                .enableDuplicateFiltering(true)
                .deploy());
  }
}
