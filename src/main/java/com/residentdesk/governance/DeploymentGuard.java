package com.residentdesk.governance;

import com.residentdesk.system.EngineInterceptors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * GOV-01 in the engine itself: it accepts a deployment only from the desk's approval of a change or
 * from the models shipped with a release ({@link ProcedureDeployments}). Every other way to deploy
 * (the REST API's redeploy, the webapps' engine API, a named engine path, Java code) is refused for
 * everyone, the administrator included, so no change takes effect unapproved. Camunda Modeler's
 * deploy reaches the desk's own endpoint instead ({@link ModelerDeploymentServlet}).
 *
 * <p>A command interceptor because the engine's authorizations cannot say this: the administrator
 * holds every permission.
 */
public class DeploymentGuard extends CommandInterceptor {

  private static final ThreadLocal<Boolean> PERMITTED = ThreadLocal.withInitial(() -> false);

  /** Installs the guard in the engine (Spring Boot picks up every engine plugin bean). */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      EngineInterceptors.add(configuration, new DeploymentGuard());
    }
  }

  /** Runs a deployment the desk itself makes (an approved change, a release's models). */
  static <T> T permit(Supplier<T> deployment) {
    boolean before = PERMITTED.get();
    PERMITTED.set(true);
    try {
      return deployment.get();
    } finally {
      PERMITTED.set(before);
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof DeployCmd && !PERMITTED.get()) {
      throw new AuthorizationException(
          "Procedures change only when approved: deploy from Camunda Modeler to"
              + " /engine-rest/deployment/create as a process owner, and the centre manager"
              + " approves the change (流程只能经审批后变更：请以流程负责人身份从 Camunda Modeler 部署，由中心经理审批)");
    }
    return next.execute(command);
  }
}
