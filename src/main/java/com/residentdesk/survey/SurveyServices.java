package com.residentdesk.survey;

import com.residentdesk.identity.StaffGroups;
import java.util.List;
import java.util.Optional;

/**
 * The services a questionnaire asks about (QA-05: security, cleaning, parking, repairs, ...), with
 * the group that owns a correction of each.
 */
public final class SurveyServices {

  /** One rated service: its code, its names, the group that corrects it. */
  public record Service(String code, String zh, String en, String owner) {}

  public static final List<Service> ALL =
      List.of(
          new Service("security", "安全秩序", "Security", StaffGroups.SECURITY),
          new Service("cleaning", "环境卫生", "Cleaning", StaffGroups.CS_HEAD),
          new Service("parking", "停车管理", "Parking", StaffGroups.SECURITY),
          new Service("repairs", "维修服务", "Repairs", StaffGroups.ENGINEERING),
          new Service("greenery", "绿化养护", "Greenery", StaffGroups.CS_HEAD),
          new Service("customer-service", "客户服务", "Customer service", StaffGroups.FRONT_DESK));

  /** QA-02: the quarterly help-service survey asks about repairs and customer service. */
  public static final List<String> HELP_SERVICE = List.of("repairs", "customer-service");

  /** The questionnaires a plan can choose (form draft-survey-plan, field surveyServices). */
  public static final java.util.Map<String, List<String>> QUESTIONNAIRES =
      java.util.Map.of(
          "all",
              List.of("security", "cleaning", "parking", "repairs", "greenery", "customer-service"),
          "help", HELP_SERVICE,
          "estate", List.of("security", "cleaning", "parking", "greenery"));

  public static Optional<Service> find(String code) {
    return ALL.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public static List<String> codes() {
    return ALL.stream().map(Service::code).toList();
  }

  /** QA-04: the five levels, 5 very satisfied .. 1 very unsatisfied; 3 and above are satisfied. */
  public static final int LOWEST = 1;

  public static final int HIGHEST = 5;
  public static final int SATISFIED_FROM = 3;

  public static String level(int rating) {
    return switch (rating) {
      case 5 -> "非常满意";
      case 4 -> "满意";
      case 3 -> "基本满意";
      case 2 -> "不满意";
      default -> "非常不满意";
    };
  }

  private SurveyServices() {}
}
