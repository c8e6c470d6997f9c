package com.residentdesk.property;

import com.residentdesk.system.Privileged;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Component;

/**
 * One procedure for all: the company's models are deployed once, without a tenant, and every
 * property runs them. A property may have a variant of its own (its own triage row, say) only as a
 * procedure change approved for that property (package governance): deployed with the property's
 * code as tenant id together with the processes that use it. A process the desk starts for a
 * property runs the property's variant when it has one, else the company's; the processes it calls
 * and the decisions it evaluates come from the same deployment.
 */
@Component
public class ProcedureVariants {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public ProcedureVariants(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  /**
   * The start of a process for the property: its own definition when it has one. (Starting by key
   * alone would fail as soon as one property has a variant: the key would then name two.)
   */
  public ProcessInstantiationBuilder instantiate(String processKey, String propertyCode) {
    boolean ownVariant =
        Privileged.asSystem(
                () ->
                    repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(processKey)
                        .tenantIdIn(propertyCode)
                        .count())
            > 0;
    ProcessInstantiationBuilder start = runtime.createProcessInstanceByKey(processKey);
    return ownVariant
        ? start.processDefinitionTenantId(propertyCode)
        : start.processDefinitionWithoutTenantId();
  }
}
