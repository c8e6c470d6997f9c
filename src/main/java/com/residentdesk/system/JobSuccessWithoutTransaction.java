package com.residentdesk.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * After every job that succeeded, the engine runs one more command, its {@link
 * SuccessfulJobListener}, which does nothing but count the success in the in-memory metrics ({@link
 * Metrics#JOB_SUCCESSFUL}). Like every command it got a transaction of its own: a connection from
 * the pool, a Hibernate session and an empty commit per job — the second commit of every breach in
 * the timer storm (issue 15, BENCHMARKS §3b). The count is kept here, without the transaction;
 * every other command (a failed job's listener included) passes untouched.
 */
public class JobSuccessWithoutTransaction extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;

  JobSuccessWithoutTransaction(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Installs the interceptor in the engine (Spring Boot picks up every engine plugin bean). */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      EngineInterceptors.add(configuration, new JobSuccessWithoutTransaction(configuration));
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    // the engine's own class only: a subclass might do more than count
    if (command.getClass() == SuccessfulJobListener.class) {
      if (configuration.isMetricsEnabled()) {
        configuration.getMetricsRegistry().markOccurrence(Metrics.JOB_SUCCESSFUL);
      }
      return null;
    }
    return next.execute(command);
  }
}
