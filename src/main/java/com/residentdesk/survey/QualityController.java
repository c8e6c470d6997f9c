package com.residentdesk.survey;

import com.residentdesk.casefile.CurrentActor;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quality loop for staff (QA-02..QA-05, QA-08, SVC-12): survey campaigns with their live return
 * rate and results, answers given by phone or on paper, the published notice, corrective actions,
 * owners' forums and the special-service supervisions. Each reader sees the properties they work
 * for.
 */
@Tag(name = "Quality")
@RestController
public class QualityController {

  /** A campaign to propose. */
  public record NewSurvey(
      @Size(max = 12) String property,
      @NotBlank
          @Pattern(regexp = "^(HELP_SERVICE|GENERAL)$", message = "must be HELP_SERVICE or GENERAL")
          String kind) {}

  /** An answer a resident gave by phone or on paper. */
  public record StaffAnswer(
      @NotBlank @Size(max = 20) String unit,
      @NotBlank @Pattern(regexp = "^(PHONE|PAPER)$", message = "must be PHONE or PAPER")
          String channel,
      @NotNull Map<String, Integer> ratings,
      @Size(max = 2000) String opinion) {}

  /** A campaign with its corrective actions. */
  public record SurveyView(
      SatisfactionSurveys.Results results, List<CorrectiveAction> corrections) {}

  /** A forum to record. */
  public record NewForum(
      @Size(max = 12) String property,
      @NotBlank @Size(max = 200) String theme,
      @NotNull Instant heldAt,
      @NotBlank @Size(max = 4000) String attendees,
      @NotBlank @Size(max = 8000) String opinions,
      @Size(max = 4000) String followUp,
      @Valid List<Correction> actions) {}

  /** A follow-up action to correct. */
  public record Correction(
      @NotBlank @Size(max = 2000) String description,
      @NotBlank @Size(max = 64) String ownerGroup,
      @NotNull Instant dueAt) {}

  private final SatisfactionSurveys surveys;
  private final CorrectiveActions actions;
  private final OwnersForums forums;
  private final QualitySchedules schedules;
  private final SurveyNotice notice;
  private final PropertyAccess access;
  private final CurrentActor actor;

  QualityController(
      SatisfactionSurveys surveys,
      CorrectiveActions actions,
      OwnersForums forums,
      QualitySchedules schedules,
      SurveyNotice notice,
      PropertyAccess access,
      CurrentActor actor) {
    this.surveys = surveys;
    this.actions = actions;
    this.forums = forums;
    this.schedules = schedules;
    this.notice = notice;
    this.access = access;
    this.actor = actor;
  }

  @Operation(summary = "Survey campaigns with their return rate and results (QA-04, QA-05)")
  @GetMapping("/api/surveys")
  public List<SatisfactionSurveys.Results> surveys(
      @RequestParam(required = false) String property, Authentication reader) {
    return surveys.of(access.filter(property, reader));
  }

  @Operation(summary = "Proposes a survey: its plan is drafted in Tasklist, then approved (QA-03)")
  @PostMapping("/api/surveys")
  public ResponseEntity<Map<String, Long>> propose(
      @Valid @RequestBody NewSurvey survey, Authentication reader) {
    String property = access.propertyFor(survey.property(), reader.getName());
    long id = surveys.propose(property, SurveyCampaign.Kind.valueOf(survey.kind()), actor.id());
    return ResponseEntity.created(URI.create("/api/surveys/" + id)).body(Map.of("id", id));
  }

  @Operation(summary = "One campaign: plan, live return rate, results, corrective actions")
  @GetMapping("/api/surveys/{id}")
  public SurveyView survey(@PathVariable long id, Authentication reader) {
    visible(id, reader);
    return new SurveyView(surveys.results(id), actions.of(CorrectiveAction.Source.SURVEY, id));
  }

  @Operation(summary = "Staff enter an answer given by phone or on paper (QA-04)")
  @PostMapping("/api/surveys/{id}/answers")
  public ResponseEntity<Void> answer(
      @PathVariable long id, @Valid @RequestBody StaffAnswer answer, Authentication reader) {
    visible(id, reader);
    surveys.answerForHousehold(
        id,
        answer.unit(),
        SurveyQuestionnaire.Channel.valueOf(answer.channel()),
        answer.ratings(),
        answer.opinion(),
        actor.id());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The results and corrections as a notice to residents, HTML (QA-05)")
  @GetMapping("/api/surveys/{id}/notice")
  public ResponseEntity<String> noticeHtml(@PathVariable long id, Authentication reader) {
    published(id, reader);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .body(notice.html(id));
  }

  @Operation(summary = "The same notice as PDF, to print and post (QA-05)")
  @GetMapping("/api/surveys/{id}/notice.pdf")
  public ResponseEntity<byte[]> noticePdf(@PathVariable long id, Authentication reader) {
    published(id, reader);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"survey-notice-" + id + ".pdf\"")
        .body(notice.pdf(id));
  }

  @Operation(summary = "Corrective actions and where they stand (QA-05, QA-08, SVC-12)")
  @GetMapping("/api/corrective-actions")
  public List<CorrectiveAction> corrections(
      @RequestParam(required = false) String property, Authentication reader) {
    return actions.of(access.filter(property, reader));
  }

  @Operation(summary = "Owners' forums (QA-08)")
  @GetMapping("/api/forums")
  public List<OwnersForum> forums(
      @RequestParam(required = false) String property, Authentication reader) {
    return forums.of(access.filter(property, reader));
  }

  @Operation(
      summary =
          "Records an owners' forum with attendees, opinions and follow-up; follow-up actions to"
              + " correct become corrective actions (QA-08)")
  @PostMapping("/api/forums")
  public ResponseEntity<Map<String, Object>> recordForum(
      @Valid @RequestBody NewForum forum, Authentication reader) {
    String property = access.propertyFor(forum.property(), reader.getName());
    List<Long> ids =
        forums.record(
            property,
            forum.theme(),
            forum.heldAt(),
            forum.attendees(),
            forum.opinions(),
            forum.followUp(),
            forum.actions() == null
                ? List.of()
                : forum.actions().stream()
                    .map(
                        a ->
                            new OwnersForums.FollowUpAction(
                                a.description(), a.ownerGroup(), a.dueAt()))
                    .toList(),
            actor.id());
    return ResponseEntity.created(URI.create("/api/forums/" + ids.get(0)))
        .body(Map.of("id", ids.get(0), "correctiveActions", ids.subList(1, ids.size())));
  }

  @Operation(summary = "The six-monthly special-service supervisions (SVC-12)")
  @GetMapping("/api/supervisions")
  public List<SpecialServiceSupervision> supervisions(
      @RequestParam(required = false) String property, Authentication reader) {
    return schedules.supervisionsOf(access.filter(property, reader));
  }

  private SurveyCampaign visible(long id, Authentication reader) {
    SurveyCampaign campaign = surveys.get(id);
    access.requireVisible(campaign.getPropertyCode(), reader, "problem.survey.none", id);
    return campaign;
  }

  private void published(long id, Authentication reader) {
    if (visible(id, reader).getStatus() != SurveyCampaign.Status.CLOSED) {
      throw new InvalidFieldException("id", "problem.survey.not-closed");
    }
  }
}
