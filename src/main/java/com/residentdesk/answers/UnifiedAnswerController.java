package com.residentdesk.answers;

import com.residentdesk.identity.StaffGroups;
import com.residentdesk.property.PropertyAccess;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unified answers (CHA-04): read by staff, published and retired by the customer-service head
 * for their property. The administrator publishes the company's answers (no property), which every
 * property uses until it has its own.
 */
@RestController
@RequestMapping("/api/answers")
public class UnifiedAnswerController {

  private final UnifiedAnswers answers;
  private final PropertyAccess access;

  public UnifiedAnswerController(UnifiedAnswers answers, PropertyAccess access) {
    this.answers = answers;
    this.access = access;
  }

  /** {@code property} is null for the company's answers. */
  public record AnswerView(
      String property,
      String topic,
      int version,
      String answerText,
      String status,
      String approvedBy,
      Instant approvedAt,
      Instant endedAt) {

    static AnswerView of(UnifiedAnswer answer) {
      return new AnswerView(
          answer.getPropertyCode(),
          answer.getTopic(),
          answer.getVersion(),
          answer.getAnswerText(),
          answer.getStatus().name(),
          answer.getApprovedBy(),
          answer.getApprovedAt(),
          answer.getEndedAt());
    }
  }

  public record NewAnswer(
      @NotBlank
          @Size(max = 50)
          @Pattern(
              regexp = "^[a-z0-9-]+$",
              message = "must be a lower-case code like property-fee-rise")
          String topic,
      @NotBlank @Size(max = 4000) String answerText,
      @Size(max = 12) String property) {}

  @Operation(
      summary =
          "The current answers: the company's and those of the caller's properties (or of one)")
  @GetMapping
  public List<AnswerView> current(
      @RequestParam(required = false) String property, Authentication reader) {
    return answers.allCurrent(access.filter(property, reader)).stream()
        .map(AnswerView::of)
        .toList();
  }

  @Operation(
      summary =
          "Every version of a topic's answer, newest first: the company's and the caller's"
              + " properties' (or one property's)")
  @GetMapping("/{topic}")
  public List<AnswerView> versions(
      @PathVariable String topic,
      @RequestParam(required = false) String property,
      Authentication reader) {
    List<UnifiedAnswer> versions = new ArrayList<>(answers.versions(null, topic));
    access.filter(property, reader).forEach(code -> versions.addAll(answers.versions(code, topic)));
    if (versions.isEmpty()) {
      throw new NotFoundException("problem.answer.none", topic);
    }
    return versions.stream().map(AnswerView::of).toList();
  }

  @Operation(
      summary =
          "Publish a new version of a topic's answer for a property, approved by the caller;"
              + " the administrator without a property publishes the company's")
  @PostMapping
  public ResponseEntity<AnswerView> publish(
      @Valid @RequestBody NewAnswer answer, Authentication user) {
    UnifiedAnswer published =
        answers.publish(
            library(answer.property(), user), answer.topic(), answer.answerText(), user.getName());
    return ResponseEntity.created(URI.create("/api/answers/" + published.getTopic()))
        .body(AnswerView.of(published));
  }

  @Operation(summary = "Retire a topic's current answer of a property (or the company's)")
  @PostMapping("/{topic}/retire")
  public ResponseEntity<Void> retire(
      @PathVariable String topic,
      @RequestParam(required = false) String property,
      Authentication user) {
    if (!answers.retire(library(property, user), topic)) {
      throw new NotFoundException("problem.answer.none-current", topic);
    }
    return ResponseEntity.noContent().build();
  }

  /** The property whose library changes; null (the company's) only for the administrator. */
  private String library(String property, Authentication user) {
    boolean admin =
        user.getAuthorities().stream().anyMatch(a -> StaffGroups.ADMIN.equals(a.getAuthority()));
    if (admin && (property == null || property.isBlank())) {
      return null;
    }
    return access.propertyFor(property, user.getName());
  }
}
