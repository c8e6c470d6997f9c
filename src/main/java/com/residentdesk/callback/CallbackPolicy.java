package com.residentdesk.callback;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.system.DeskProperties;
import org.springframework.stereotype.Component;

/** CB-04: how many follow-ups an unsatisfied resident gets before the centre manager decides. */
@Component("callbackPolicy")
public class CallbackPolicy {

  private final CaseFiles caseFiles;
  private final int maxFollowUps;

  public CallbackPolicy(CaseFiles caseFiles, DeskProperties properties) {
    this.caseFiles = caseFiles;
    this.maxFollowUps = properties.callback().maxFollowUps();
  }

  public boolean followUpAllowed(Long caseId) {
    return caseFiles.get(caseId).getFollowUpCount() < maxFollowUps;
  }
}
