package com.residentdesk.governance;

import static com.residentdesk.governance.ProcedureChangeProcess.Field.DECISION_NOTE;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.CHANGE_ID;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.DECISION;
import static com.residentdesk.governance.ProcedureChangeProcess.Var.MIGRATE_CASES;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.casefile.TaskForm;
import com.residentdesk.system.InvalidEntryException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * GOV-01: the centre manager approves or rejects a procedure change, with the reason on the record
 * (required to reject). An approval must still change the version in use the proposal was compared
 * with; and migrating running cases is asked only with an approval.
 */
@Component
class ApproveChangeStep extends GovernanceStep {

  private final ProcedureApprovals approvals;

  ApproveChangeStep(ProcedureApprovals approvals, CurrentActor actor) {
    super(
        ProcedureChangeProcess.Element.APPROVE_CHANGE,
        "GOV-01",
        actor,
        outcome(DECISION),
        outcome(MIGRATE_CASES),
        recorded(DECISION_NOTE));
    this.approvals = approvals;
  }

  @Override
  protected void complete(TaskForm form, ServiceCase none) {
    String decision =
        form.oneOf(
            DECISION,
            "审批结果 (decision)",
            List.of(ProcedureChangeProcess.APPROVE, ProcedureChangeProcess.REJECT));
    String note = form.text(DECISION_NOTE);
    ProcedureChange change = approvals.change(form.process(CHANGE_ID));
    if (change.getStatus() != ProcedureChange.Status.PENDING) {
      throw new InvalidEntryException(
          DECISION.name(), "此变更已经审批过了（This change was decided already）");
    }
    if (ProcedureChangeProcess.REJECT.equals(decision)) {
      if (note == null) {
        throw new InvalidEntryException(
            DECISION_NOTE.name(),
            "不批准时请写明原因，流程负责人会看到（Write why you reject it: the process owner reads it）");
      }
      form.set(MIGRATE_CASES, false);
      approvals.reject(change, actor.id(), note);
      return;
    }
    if (!approvals.basedOnVersionInUse(change)) {
      throw new InvalidEntryException(
          DECISION.name(),
          "此变更所依据的版本已被其后批准的变更或新版本替换，批准会撤销那些改动：请选择“不批准”，"
              + "并请流程负责人在正在使用的版本上重新修改后部署（The version this change was"
              + " compared with has been replaced since; approving it would undo that change."
              + " Reject it and ask the process owner to redo it on the version in use）");
    }
    form.set(MIGRATE_CASES, form.flag(MIGRATE_CASES));
    approvals.approve(change, actor.id(), note, form.flag(MIGRATE_CASES));
  }
}
