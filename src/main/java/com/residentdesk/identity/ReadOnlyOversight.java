package com.residentdesk.identity;

import com.residentdesk.system.EngineInterceptors;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Auditors and quality read everything and change nothing. The engine's authorizations already
 * refuse them every change but one: a user who may read a task may comment on it or attach files.
 * This interceptor refuses those too, in Tasklist and the REST API alike.
 */
public class ReadOnlyOversight extends CommandInterceptor {

  /** Installs the interceptor in the engine (Spring Boot picks up every engine plugin bean). */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      EngineInterceptors.add(configuration, new ReadOnlyOversight(configuration));
    }
  }

  /**
   * The engine checks whether a task may be deleted (not part of a running process) before it
   * checks the caller's rights; an auditor is told first that he may not change anything.
   */
  private static final List<Class<?>> CHANGING = List.of(DeleteTaskCmd.class);

  private static final List<Class<?>> ANNOTATING =
      List.of(
          AddCommentCmd.class,
          UpdateCommentCmd.class,
          DeleteTaskCommentCmd.class,
          DeleteProcessInstanceCommentCmd.class,
          CreateAttachmentCmd.class,
          SaveAttachmentCmd.class,
          DeleteAttachmentCmd.class);

  private final ProcessEngineConfigurationImpl configuration;

  public ReadOnlyOversight(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (CHANGING.contains(command.getClass())) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && isReadOnly(user.getGroupIds())) {
        throw new AuthorizationException(
            "Auditors and quality read cases and never change them: this change is not allowed");
      }
    }
    if (ANNOTATING.contains(command.getClass())) {
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (user != null && isReadOnly(user.getGroupIds())) {
        throw new AuthorizationException(
            "Comments and attachments are not allowed for auditors and quality: they read cases"
                + " and never change them");
      }
    }
    return next.execute(command);
  }

  /**
   * Only oversight groups, nothing that works on cases (a property group says where someone works,
   * not what they do).
   */
  static boolean isReadOnly(List<String> groups) {
    if (groups == null) {
      return false;
    }
    List<String> roles = groups.stream().filter(g -> !StaffGroups.isPropertyGroup(g)).toList();
    return !roles.isEmpty() && Set.copyOf(StaffGroups.READ_ONLY_OVERSIGHT).containsAll(roles);
  }
}
