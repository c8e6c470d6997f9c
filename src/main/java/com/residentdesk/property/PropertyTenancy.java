package com.residentdesk.property;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ProcessVariable;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Properties as Camunda tenants. The models are deployed once, without a tenant, and shared by
 * every property; each case's process instances get its property's code as their tenant id as they
 * start, and the engine's tenant check then keeps every user to the properties they work for, in
 * Tasklist, Cockpit and /engine-rest alike (tasks, instances, history, variables).
 *
 * <p>The tenant of an instance of a shared definition can only be set by a {@link
 * TenantIdProvider}: {@code processDefinitionTenantId} on the instantiation builder selects which
 * definition runs, not the tenant the instance belongs to, and there is no public API besides. The
 * provider is an engine {@code impl} interface, but the documented one for shared definitions.
 *
 * <p>The tenant of a new instance is, in order: the calling instance's (every called process and
 * every escalation), none for a process the company runs for itself ({@link #COMPANY_WIDE}), the
 * property of the case it starts with (the API, a follow-up case, a unified answer), or the
 * property named on a clerk's start form, or the clerk's only property.
 */
@Component
public class PropertyTenancy extends AbstractProcessEnginePlugin {

  /**
   * Set on the start of a process the company runs for itself, not for a property (the approval and
   * review of a company-wide procedure, GOV-01/GOV-02): its instance has no tenant, so the people
   * it goes to see it whichever properties they work for.
   */
  public static final ProcessVariable<Boolean> COMPANY_WIDE = ProcessVariable.flag("companyWide");

  /**
   * Processes the company runs for itself that a timer starts, with nothing to say whose they are
   * (the monthly evaluation's schedule, QA-01, which then opens one evaluation per property).
   */
  public static final Set<String> COMPANY_TIMER_PROCESSES =
      Set.of(
          "monthly-evaluation-schedule",
          "special-service-sampling-schedule",
          "survey-schedule",
          "supervision-schedule",
          "special-service-report-schedule",
          "kpi-warm-up");

  private final ObjectProvider<CaseFiles> caseFiles;
  private final ObjectProvider<PropertyAccess> access;
  private final MessageSource messages;

  public PropertyTenancy(
      ObjectProvider<CaseFiles> caseFiles,
      ObjectProvider<PropertyAccess> access,
      MessageSource messages) {
    this.caseFiles = caseFiles;
    this.access = access;
    this.messages = messages;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new CaseProperty());
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new OtherPropertyRefused());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private class CaseProperty implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      if (ctx.getSuperExecution() != null) {
        return ctx.getSuperExecution().getTenantId();
      }
      if (Boolean.TRUE.equals(COMPANY_WIDE.read(ctx.getVariables().get(COMPANY_WIDE.name())))
          || COMPANY_TIMER_PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
        return null;
      }
      Long caseId =
          CaseVariables.CASE_ID.read(ctx.getVariables().get(CaseVariables.CASE_ID.name()));
      if (caseId != null) {
        return caseFiles.getObject().get(caseId).getPropertyCode();
      }
      String number =
          CaseVariables.CASE_NUMBER.read(ctx.getVariables().get(CaseVariables.CASE_NUMBER.name()));
      if (number != null && !number.isBlank()) {
        // a start form acting on an existing case: the case says the property, if the starter
        // may see it (a clerk of several properties names none)
        return caseFiles
            .getObject()
            .propertyOf(number.trim())
            .filter(p -> starter() == null || access.getObject().visibleTo(starter()).contains(p))
            .orElseThrow(
                () ->
                    new InvalidEntryException(
                        CaseVariables.CASE_NUMBER.name(),
                        messages.getMessage(
                                "problem.case.none-visible",
                                new Object[] {number.trim()},
                                Locale.CHINESE)
                            + " / "
                            + messages.getMessage(
                                "problem.case.none-visible",
                                new Object[] {number.trim()},
                                Locale.ENGLISH)));
      }
      String named =
          CaseVariables.PROPERTY.read(ctx.getVariables().get(CaseVariables.PROPERTY.name()));
      try {
        return access.getObject().propertyFor(named, starter());
      } catch (InvalidFieldException e) {
        // a start form: Tasklist shows the message under the form (staff read Chinese first), the
        // REST API answers 400
        throw new InvalidEntryException(
            e.field(),
            messages.getMessage(e.getMessage(), e.args(), Locale.CHINESE)
                + " / "
                + messages.getMessage(e.getMessage(), e.args(), Locale.ENGLISH));
      }
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null; // no CMMN
    }

    /** A decision's history belongs to the property whose process evaluated it. */
    @Override
    public String provideTenantIdForHistoricDecisionInstance(
        TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }

    private String starter() {
      return Optional.ofNullable(Context.getCommandContext())
          .map(context -> context.getAuthenticatedUserId())
          .orElse(null);
    }
  }

  /**
   * The engine refuses work on another property's task or instance with a plain engine exception,
   * which Camunda's REST API answers with 500 and Tasklist as a server error. It is a refusal of
   * access, and is passed on as one: 403, as for another group's task.
   */
  static class OtherPropertyRefused extends CommandInterceptor {

    static final String TENANT_REFUSAL = "belongs to no authenticated tenant";

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (AuthorizationException e) {
        throw e;
      } catch (ProcessEngineException e) {
        if (String.valueOf(e.getMessage()).contains(TENANT_REFUSAL)) {
          throw new AuthorizationException(e.getMessage());
        }
        throw e;
      }
    }
  }
}
