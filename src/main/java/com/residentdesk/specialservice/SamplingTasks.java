package com.residentdesk.specialservice;

import com.residentdesk.casefile.CaselessTasks;
import com.residentdesk.property.PropertyDirectory;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Names the sampling callback's tasks with the household and the month, and gives their forms the
 * draw and the answer so far as the task variable {@value #INFO}.
 */
@Component
class SamplingTasks implements CaselessTasks {

  static final String INFO = "samplingInfo";

  private final Sampling sampling;
  private final PropertyDirectory directory;

  SamplingTasks(Sampling sampling, PropertyDirectory directory) {
    this.sampling = sampling;
    this.directory = directory;
  }

  @Override
  public void describe(DelegateTask task) {
    String what =
        switch (task.getTaskDefinitionKey()) {
          case SamplingProcess.Element.CALL_BACK -> "特约服务抽样回访";
          case SamplingProcess.Element.FOLLOW_UP -> "跟进抽样回访不满意";
          default -> null;
        };
    if (what == null || !SamplingProcess.Var.SAMPLING_ID.isSet(task.getExecution())) {
      return;
    }
    SamplingCallback s = sampling.get(SamplingProcess.Var.SAMPLING_ID.from(task.getExecution()));
    String property = directory.get(s.getPropertyCode()).name();
    task.setName(what + "：房号 " + s.getUnit() + "（" + s.getSampledMonth() + "）");
    task.setDescription(property + " · " + s.getSampledMonth() + " 特约服务抽样回访");
    StringBuilder info =
        new StringBuilder()
            .append("**房号 ")
            .append(s.getUnit())
            .append("** · ")
            .append(property)
            .append(" · ")
            .append(s.getSampledMonth())
            .append("：本月服务 ")
            .append(s.getHouseholdsServed())
            .append(" 户，应抽样 ")
            .append(s.getSampleSize())
            .append(" 户（SVC-09）");
    if (Boolean.FALSE.equals(s.getSatisfied())) {
      info.append("\n\n回访不满意（")
          .append(s.getCalledBy())
          .append("）：")
          .append(s.getReason())
          .append(s.getOtherServices() == null ? "" : "\n\n希望的其他服务：" + s.getOtherServices());
    }
    task.setVariableLocal(INFO, info.toString());
  }
}
