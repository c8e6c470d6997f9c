package com.residentdesk.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * How an engine plugin of the desk adds a command interceptor: after those of the plugins before
 * it, ahead of the engine's own (in the transaction every command needs).
 */
public final class EngineInterceptors {

  private EngineInterceptors() {}

  public static void add(
      ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
