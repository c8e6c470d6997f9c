package com.residentdesk.resident;

import com.residentdesk.casefile.CasePhoto;
import com.residentdesk.casefile.ResidentLinks;
import com.residentdesk.casefile.ResidentPageSettings;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The residents' API behind the page under /r/ (issue 18). No staff account: a report is tied to a
 * household of the register and limited per source address; everything about a case needs its token
 * in {@value #TOKEN}, which opens that one case and nothing else. Residents never reach the Camunda
 * webapps or /engine-rest.
 */
@RestController
@RequestMapping("/api/resident")
class ResidentController {

  static final String TOKEN = "X-Resident-Token";

  private final ResidentDesk desk;
  private final ResidentLinks links;
  private final ResidentThrottle throttle;
  private final ResidentPageSettings settings;
  private final Problems problems;

  ResidentController(
      ResidentDesk desk,
      ResidentLinks links,
      ResidentThrottle throttle,
      ResidentPageSettings settings,
      Problems problems) {
    this.desk = desk;
    this.links = links;
    this.throttle = throttle;
    this.settings = settings;
    this.problems = problems;
  }

  record AccessRequest(
      @NotBlank @Size(max = 40) String caseNumber,
      @NotBlank @Pattern(regexp = "^[0-9]{4}$", message = "must be four digits")
          String phoneLastFour) {}

  record AccessGranted(String token) {}

  record Confirmation(
      @NotNull Boolean fixed, @NotBlank String satisfaction, @Size(max = 500) String comment) {}

  record Appeal(@NotBlank @Size(max = 2000) String appealText) {}

  @Operation(summary = "The properties residents may report to, with the centres' phones")
  @GetMapping("/properties")
  List<ResidentDesk.PropertyCard> properties() {
    return desk.properties();
  }

  @Operation(summary = "The property a report page is for: its name and the centre's phone")
  @GetMapping("/properties/{code}")
  ResidentDesk.PropertyCard property(@PathVariable String code) {
    return desk.property(code);
  }

  @Operation(summary = "A resident's report with up to 6 photos; answers with the case number")
  @PostMapping(value = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ResidentDesk.Receipt> report(
      @Valid @RequestPart("report") ResidentReport report,
      @RequestPart(name = "photos", required = false) List<MultipartFile> photos,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      HttpServletRequest request)
      throws IOException {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 80)) {
      throw new InvalidFieldException("Idempotency-Key", "problem.idempotency-key.length");
    }
    List<PhotoCheck.Photo> checked = check(photos == null ? List.of() : photos);
    Optional<Duration> wait = throttle.report(request.getRemoteAddr());
    if (wait.isPresent()) {
      throw new TooManyAttempts(wait.get(), "problem.resident.too-many-reports");
    }
    ResidentDesk.Receipt receipt;
    try {
      receipt = asResident(() -> desk.report(report, checked, idempotencyKey));
    } catch (DataIntegrityViolationException concurrentTwin) {
      // the same submission sent twice at once: the first stored it, the second gets its case
      receipt = asResident(() -> desk.report(report, checked, idempotencyKey));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
  }

  @Operation(summary = "A link to a case for its number and the last four digits of its phone")
  @PostMapping("/access")
  AccessGranted access(@Valid @RequestBody AccessRequest access, HttpServletRequest request) {
    String caseNumber = access.caseNumber().trim();
    String address = request.getRemoteAddr();
    Optional<Duration> locked = throttle.lookupLocked(caseNumber, address);
    if (locked.isPresent()) {
      throw new TooManyAttempts(locked.get(), "problem.resident.lookup-locked");
    }
    Optional<String> token = desk.lookUp(caseNumber, access.phoneLastFour());
    if (token.isEmpty()) {
      throttle.lookupFailed(caseNumber, address);
      throw new NoAccess("problem.resident.lookup-failed");
    }
    throttle.lookupSucceeded(caseNumber);
    return new AccessGranted(token.get());
  }

  @Operation(summary = "The resident's case: timeline, expected completion, whom to call")
  @GetMapping("/case")
  ResidentCaseView view(@RequestHeader(name = TOKEN, required = false) String token) {
    return desk.view(caseOf(token));
  }

  @Operation(summary = "A photo of the resident's case")
  @GetMapping("/case/photos/{photoId}")
  ResponseEntity<byte[]> photo(
      @RequestHeader(name = TOKEN, required = false) String token, @PathVariable long photoId) {
    CasePhoto photo =
        desk.photo(caseOf(token), photoId)
            .orElseThrow(() -> new com.residentdesk.system.NotFoundException("problem.photo.none"));
    return image(photo);
  }

  @Operation(summary = "The resident confirms the fix (or not) and rates the service (HLP-06)")
  @PostMapping("/case/confirmation")
  ResponseEntity<Void> confirm(
      @RequestHeader(name = TOKEN, required = false) String token,
      @Valid @RequestBody Confirmation confirmation) {
    Long caseId = caseOf(token);
    asResident(
        () -> {
          desk.confirm(
              caseId, confirmation.fixed(), confirmation.satisfaction(), confirmation.comment());
          return null;
        });
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The resident appeals the complaint decision within the window (CMP-05)")
  @PostMapping("/case/appeal")
  ResponseEntity<Void> appeal(
      @RequestHeader(name = TOKEN, required = false) String token,
      @Valid @RequestBody Appeal appeal) {
    Long caseId = caseOf(token);
    return asResident(
        () -> {
          desk.appeal(caseId, appeal.appealText());
          return ResponseEntity.noContent().build();
        });
  }

  /** A photo as it is stored; never cached by a shared cache, never sniffed as something else. */
  static ResponseEntity<byte[]> image(CasePhoto photo) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.getContentType()))
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
        .body(photo.getContent());
  }

  private Long caseOf(String token) {
    return links.caseOf(token).orElseThrow(() -> new NoAccess("problem.resident.link-invalid"));
  }

  private List<PhotoCheck.Photo> check(List<MultipartFile> photos) throws IOException {
    List<MultipartFile> sent = photos.stream().filter(p -> !p.isEmpty()).toList();
    if (sent.size() > settings.maxPhotos()) {
      throw new InvalidFieldException("photos", "problem.photo.count", settings.maxPhotos());
    }
    List<PhotoCheck.Photo> checked = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      if (sent.get(i).getSize() > settings.maxPhotoBytes()) {
        throw new InvalidFieldException(
            "photos[" + i + "]",
            "problem.photo.too-large",
            settings.maxPhotoBytes() / (1024 * 1024));
      }
      checked.add(
          PhotoCheck.check("photos[" + i + "]", sent.get(i).getBytes(), settings.maxPhotoBytes()));
    }
    return checked;
  }

  /** Runs a step as the resident: the handling sheet and the case name "resident" as the actor. */
  private static <T> T asResident(Supplier<T> action) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext resident = SecurityContextHolder.createEmptyContext();
    resident.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(ResidentDesk.ACTOR, null, List.of()));
    SecurityContextHolder.setContext(resident);
    try {
      return action.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /** The token is missing, unknown or expired, or a look-up did not match. */
  static final class NoAccess extends RuntimeException {
    NoAccess(String code) {
      super(code, null, false, false);
    }
  }

  static final class TooManyAttempts extends RuntimeException {
    final transient Duration wait;

    TooManyAttempts(Duration wait, String code) {
      super(code, null, false, false);
      this.wait = wait;
    }
  }
}
