package com.residentdesk.system;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Everything a service centre tunes without code: time zone, deadlines, escalation, mail. */
@ConfigurationProperties("desk")
public record DeskProperties(
    ZoneId timeZone,
    String caseNumberPrefix,
    Deadlines deadlines,
    Escalation escalation,
    Callback callback,
    Mail mail,
    Outbox outbox,
    Hours frontDeskHours,
    Emergency emergency,
    Complaint complaint,
    Topics topics,
    SignIn signIn) {

  /**
   * Failed sign-ins: after {@code maxFailures} within {@code window} from one source address, that
   * address may not sign in to that account for {@code lockDuration}; other addresses, and the
   * right password from them, are never refused. {@code integrationTokens}: account id to the
   * bearer token a channel integration signs in with (unguessable, so never locked).
   */
  public record SignIn(
      int maxFailures,
      Duration window,
      Duration lockDuration,
      int maxTracked,
      Map<String, String> integrationTokens) {}

  /**
   * CHA-03/CHA-04: topics whose replies need the customer-service head's approval, and how many
   * residents raising a topic within the window make the head approve a unified answer.
   */
  public record Topics(List<String> sensitive, Duration repeatWindow, int repeatThreshold) {}

  /**
   * Opening hours in the property's time zone; closing before opening means open across midnight.
   */
  public record Hours(LocalTime opens, LocalTime closes) {
    public boolean contains(LocalTime time) {
      if (opens.equals(closes)) {
        return true;
      }
      return opens.isBefore(closes)
          ? !time.isBefore(opens) && time.isBefore(closes)
          : !time.isBefore(opens) || time.isBefore(closes);
    }
  }

  /**
   * EMG-04/SVC-05: on site within {@code daytimeArrival} inside {@code daytime} (its closing minute
   * included), else {@code otherArrival}. EMG-01: an alert not acknowledged within {@code
   * acknowledgement} escalates.
   */
  public record Emergency(
      Hours daytime, String daytimeArrival, String otherArrival, String acknowledgement) {}

  /** ISO-8601 durations or periods ("PT5M", "P3D"); see {@code sla.Deadlines}. */
  public record Deadlines(
      String thankYouCall,
      String complaintAcceptance,
      String complaintAgeLimit,
      String acknowledgement,
      String supervisorReply,
      String dispatch,
      String resolution,
      String writtenFeedback,
      String trialRun,
      String callback) {}

  /** Rule id (e.g. CAT-04) to the group that receives the escalation task and e-mail. */
  public record Escalation(Map<String, String> groups) {
    public String groupFor(String ruleId) {
      return groups.getOrDefault(ruleId, "supervisor");
    }
  }

  public record Callback(int maxFollowUps) {}

  /** CMP-05: how long after the decision the complainant may appeal. */
  public record Complaint(Period appealWindow) {}

  /** {@code tasklistUrl}: where staff open Tasklist, for the links in their alerts. */
  public record Mail(String from, String tasklistUrl) {}

  public record Outbox(
      Duration pollInterval, int batchSize, Duration retryBase, Duration retryMax) {}
}
