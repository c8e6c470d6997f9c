package com.residentdesk.inquiry;

import com.residentdesk.casefile.CaseFiles;
import com.residentdesk.casefile.Channel;
import com.residentdesk.casefile.Coded;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.identity.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * How a suggestion is thanked, who decides it and how it is answered (SUG-02..04): {@code
 * suggestions}.
 */
@Component("suggestions")
public class Suggestions {

  /** SUG-03: more than five households jointly. */
  static final int JOINT_SUGGESTION_ABOVE = 5;

  private final CaseFiles caseFiles;
  private final TopicFiles topics;
  private final HouseholdRepository households;

  public Suggestions(CaseFiles caseFiles, TopicFiles topics, HouseholdRepository households) {
    this.caseFiles = caseFiles;
    this.topics = topics;
    this.households = households;
  }

  /** SUG-02: written and not handed over in person: a letter or the suggestion box. */
  public boolean needsThankYouCall(Long caseId) {
    Channel channel = channelOf(caseFiles.get(caseId));
    return channel == Channel.LETTER || channel == Channel.SUGGESTION_BOX;
  }

  /**
   * SUG-03: the customer-service head; an important owner or more than five co-signers: the centre
   * manager.
   */
  public String deciders(Long caseId) {
    ServiceCase serviceCase = caseFiles.get(caseId);
    boolean important =
        households
            .findByPropertyCodeAndUnit(
                serviceCase.getPropertyCode(), serviceCase.getRequest().unit())
            .map(Household::isImportantOwner)
            .orElse(false);
    boolean joint = topics.of(caseId).getCoSigners() > JOINT_SUGGESTION_ABOVE;
    return important || joint ? StaffGroups.CENTRE_MANAGER : StaffGroups.CS_HEAD;
  }

  /** SUG-04: the reply goes back the way the suggestion came: letter, e-mail, or phone/visit. */
  public String replyChannel(Long caseId) {
    Channel channel = channelOf(caseFiles.get(caseId));
    if (channel == Channel.LETTER || channel == Channel.SUGGESTION_BOX) {
      return "letter";
    }
    return channel == Channel.EMAIL ? "email" : "in-person";
  }

  private static Channel channelOf(ServiceCase serviceCase) {
    return Coded.fromCode(Channel.class, serviceCase.getRequest().channel())
        .orElse(Channel.WALK_IN);
  }
}
