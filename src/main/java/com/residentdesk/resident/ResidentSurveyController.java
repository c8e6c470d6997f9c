package com.residentdesk.resident;

import com.residentdesk.survey.SatisfactionSurveys;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A satisfaction questionnaire behind its link (QA-04), for the page /r/survey.html: no account,
 * the questionnaire's token in {@value ResidentController#TOKEN}; it opens that questionnaire only,
 * says nothing about the household or any other, and takes one answer while the campaign collects.
 * Limited per source address; unknown links lock the address for a while.
 */
@RestController
@RequestMapping("/api/resident/survey")
class ResidentSurveyController {

  record Answer(@NotNull Map<String, Integer> ratings, @Size(max = 2000) String opinion) {}

  private final SatisfactionSurveys surveys;
  private final ResidentThrottle throttle;

  ResidentSurveyController(SatisfactionSurveys surveys, ResidentThrottle throttle) {
    this.surveys = surveys;
    this.throttle = throttle;
  }

  @Operation(summary = "The questionnaire the link opens: the services to rate, until when")
  @GetMapping
  SatisfactionSurveys.QuestionnaireView view(
      @RequestHeader(name = ResidentController.TOKEN, required = false) String token,
      HttpServletRequest request) {
    String address = admitted(request);
    try {
      return surveys.view(token);
    } catch (SatisfactionSurveys.SurveyLinkInvalid refused) {
      throttle.surveyLinkFailed(address);
      throw refused;
    }
  }

  @Operation(summary = "The resident's answer: a rating 1..5 per service, an opinion (QA-04)")
  @PostMapping
  ResponseEntity<Void> answer(
      @RequestHeader(name = ResidentController.TOKEN, required = false) String token,
      @Valid @RequestBody Answer answer,
      HttpServletRequest request) {
    String address = admitted(request);
    try {
      surveys.answerByLink(token, answer.ratings(), answer.opinion());
    } catch (SatisfactionSurveys.SurveyLinkInvalid refused) {
      throttle.surveyLinkFailed(address);
      throw refused;
    }
    return ResponseEntity.noContent().build();
  }

  private String admitted(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.surveyRequest(address);
    if (wait.isPresent()) {
      throw new ResidentController.TooManyAttempts(wait.get(), "problem.survey.too-many");
    }
    return address;
  }
}
