package com.residentdesk.answers;

import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unified answers (CHA-04): read by staff, published and retired by the customer-service head.
 */
@RestController
@RequestMapping("/api/answers")
public class UnifiedAnswerController {

  private final UnifiedAnswers answers;

  public UnifiedAnswerController(UnifiedAnswers answers) {
    this.answers = answers;
  }

  public record AnswerView(
      String topic,
      int version,
      String answerText,
      String status,
      String approvedBy,
      Instant approvedAt,
      Instant endedAt) {

    static AnswerView of(UnifiedAnswer answer) {
      return new AnswerView(
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
      @NotBlank @Size(max = 4000) String answerText) {}

  @Operation(summary = "The current answer of every topic")
  @GetMapping
  public List<AnswerView> current() {
    return answers.allCurrent().stream().map(AnswerView::of).toList();
  }

  @Operation(summary = "Every version of a topic's answer, newest first")
  @GetMapping("/{topic}")
  public List<AnswerView> versions(@PathVariable String topic) {
    List<UnifiedAnswer> versions = answers.versions(topic);
    if (versions.isEmpty()) {
      throw new NotFoundException("problem.answer.none", topic);
    }
    return versions.stream().map(AnswerView::of).toList();
  }

  @Operation(summary = "Publish a new version of a topic's answer, approved by the caller")
  @PostMapping
  public ResponseEntity<AnswerView> publish(
      @Valid @RequestBody NewAnswer answer, Authentication user) {
    UnifiedAnswer published = answers.publish(answer.topic(), answer.answerText(), user.getName());
    return ResponseEntity.created(URI.create("/api/answers/" + published.getTopic()))
        .body(AnswerView.of(published));
  }

  @Operation(summary = "Retire a topic's current answer")
  @PostMapping("/{topic}/retire")
  public ResponseEntity<Void> retire(@PathVariable String topic) {
    if (!answers.retire(topic)) {
      throw new NotFoundException("problem.answer.none-current", topic);
    }
    return ResponseEntity.noContent().build();
  }
}
