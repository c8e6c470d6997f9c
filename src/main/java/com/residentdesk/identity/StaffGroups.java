package com.residentdesk.identity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The roles of RULES.md §1 as Camunda groups, plus the accounts that channel integrations use. */
public final class StaffGroups {

  public static final String FRONT_DESK = "front-desk";
  public static final String SUPERVISOR = "supervisor";
  public static final String REGIONAL_MANAGER = "regional-manager";
  public static final String CS_HEAD = "cs-head";
  public static final String CENTRE_MANAGER = "centre-manager";
  public static final String ENGINEERING = "engineering";
  public static final String SECURITY = "security";
  public static final String RECORDS = "records";
  public static final String QUALITY = "quality";
  public static final String AUDITOR = "auditor";

  /**
   * Process owners (流程负责人): change the procedures in Camunda Modeler; a change takes effect only
   * once the centre manager approves it (GOV-01), and they revise a procedure a review found
   * wanting (GOV-02).
   */
  public static final String PROCESS_OWNER = "process-owner";

  /** The security control centre (安防监控中心): takes requests after front-desk hours (HLP-02). */
  public static final String SECURITY_CONTROL = "security-control";

  /** Web form and app back ends that submit requests through POST /api/cases (INT-01). */
  public static final String CHANNEL_INTEGRATION = "channel-integration";

  /** Created by the Camunda starter for the administrator. */
  public static final String ADMIN = "camunda-admin";

  /**
   * IT operations (运维): reads the metrics and the health details of the running application,
   * nothing about cases. Not a role of RULES.md, so not in {@link #STAFF}.
   */
  public static final String OPERATOR = "operator";

  /** Group id to display name, in the order of RULES.md §1. */
  public static final Map<String, String> STAFF =
      orderedMap(
          FRONT_DESK, "Front desk",
          SUPERVISOR, "Service-centre supervisors",
          REGIONAL_MANAGER, "Regional customer managers",
          CS_HEAD, "Customer-service head",
          CENTRE_MANAGER, "Service-centre manager",
          ENGINEERING, "Engineering",
          SECURITY, "Security",
          RECORDS, "Records and administration",
          QUALITY, "Quality",
          AUDITOR, "Auditors",
          PROCESS_OWNER, "Process owners",
          SECURITY_CONTROL, "Security control centre");

  /** May read every case (the others read only the cases their group handles). */
  public static final List<String> READ_ALL_CASES =
      List.of(
          FRONT_DESK,
          SUPERVISOR,
          REGIONAL_MANAGER,
          CS_HEAD,
          CENTRE_MANAGER,
          RECORDS,
          QUALITY,
          AUDITOR,
          SECURITY_CONTROL,
          ADMIN);

  /**
   * May change the special-service catalogue (SVC-16): process owners the company defaults, the
   * customer-service head their property's own entries.
   */
  public static final List<String> EDIT_SERVICE_CATALOGUE = List.of(PROCESS_OWNER, CS_HEAD, ADMIN);

  /**
   * May tick off a visit on an agreement's confirmation sheet (SVC-15): the groups that deliver
   * special services, the front desk that keeps the sheet, and the customer-service head.
   */
  public static final List<String> TICK_AGREEMENT_VISITS =
      List.of(FRONT_DESK, ENGINEERING, SECURITY, SUPERVISOR, CS_HEAD, ADMIN);

  /** May use the audit screens (the history of every case); auditors and quality only read. */
  public static final List<String> AUDIT = List.of(AUDITOR, CENTRE_MANAGER, QUALITY, ADMIN);

  /**
   * May read the record of procedure changes and reviews (GOV-01, GOV-02): the audit screens' users
   * and the process owners who propose the changes.
   */
  public static final List<String> READ_PROCEDURE_RECORD =
      List.of(AUDITOR, CENTRE_MANAGER, QUALITY, PROCESS_OWNER, ADMIN);

  /** May read the monthly statistics (CMP-08). */
  public static final List<String> READ_REPORTS =
      List.of(CS_HEAD, CENTRE_MANAGER, QUALITY, AUDITOR, ADMIN);

  /**
   * May propose satisfaction surveys and enter answers given by phone or on paper (QA-02..QA-04):
   * customer service prepares them, quality runs the company's surveys.
   */
  public static final List<String> RUN_SURVEYS =
      List.of(FRONT_DESK, CS_HEAD, CENTRE_MANAGER, QUALITY, ADMIN);

  /** May read the surveys, corrective actions and owners' forums (QA-05, QA-08). */
  public static final List<String> READ_QUALITY =
      List.of(FRONT_DESK, CS_HEAD, CENTRE_MANAGER, QUALITY, AUDITOR, ADMIN);

  /** May record owners' forums and raise their follow-up actions (QA-08). */
  public static final List<String> RECORD_FORUMS = List.of(CS_HEAD, CENTRE_MANAGER, QUALITY, ADMIN);

  /** Issue 14: who may put a case's deadlines on hold and take them off (handlers and clerks). */
  public static final List<String> PAUSE_DEADLINES =
      List.of(FRONT_DESK, SUPERVISOR, CENTRE_MANAGER, ENGINEERING, SECURITY, SECURITY_CONTROL);

  /**
   * Issue 14: who may change a case's category/subcategory or priority (re-prioritisation): the
   * supervisors only, as CAT-02 makes them the ones the front desk consults.
   */
  public static final List<String> REPRIORITISE = List.of(SUPERVISOR);

  /**
   * INT-03: any staff member who takes a request verbally anywhere (a guard on patrol, an engineer
   * on a visit) registers it at once ({@code POST /api/cases/verbal}).
   */
  public static final List<String> TAKE_VERBAL_REQUESTS =
      List.of(
          FRONT_DESK,
          SUPERVISOR,
          REGIONAL_MANAGER,
          CS_HEAD,
          CENTRE_MANAGER,
          ENGINEERING,
          SECURITY,
          SECURITY_CONTROL);

  /** May change the on-duty rota. */
  public static final List<String> MANAGE_ROTA = List.of(SUPERVISOR, CENTRE_MANAGER, ADMIN);

  /** May register requests. */
  public static final List<String> REGISTER_CASES =
      List.of(FRONT_DESK, SUPERVISOR, CHANNEL_INTEGRATION, ADMIN);

  /** May read /actuator/prometheus, /actuator/metrics and the health details. */
  public static final List<String> OPERATE = List.of(OPERATOR, ADMIN);

  /** Read everything in the engine, change nothing. */
  public static final List<String> READ_ONLY_OVERSIGHT = List.of(AUDITOR, QUALITY);

  /**
   * The company's own departments: they work for every property (members of every property's
   * tenant), where every other group works only for the properties its members are assigned to.
   * Process owners maintain the procedures of every property (a property's variant included).
   */
  public static final List<String> COMPANY = List.of(QUALITY, AUDITOR, PROCESS_OWNER);

  private static final String PROPERTY_GROUP_PREFIX = "property-";

  /**
   * The group whose members are a property's staff ("property-YG"): adding a user to it assigns
   * them to the property, and the property's Tasklist queues are shown to its members.
   */
  public static String propertyGroup(String propertyCode) {
    return PROPERTY_GROUP_PREFIX + propertyCode;
  }

  public static boolean isPropertyGroup(String groupId) {
    return groupId.startsWith(PROPERTY_GROUP_PREFIX);
  }

  private StaffGroups() {}

  private static Map<String, String> orderedMap(String... pairs) {
    var map = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
