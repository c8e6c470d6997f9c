package com.residentdesk.resident;

import com.residentdesk.casefile.CasePhoto;
import com.residentdesk.casefile.CasePhotoRepository;
import com.residentdesk.casefile.ServiceCase;
import com.residentdesk.intake.CaseQueries;
import com.residentdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff see a case's photos: the handler from the link on their task, auditors beside the timeline.
 * Only those who may read the case see them.
 */
@RestController
class CasePhotoController {

  private final CaseQueries queries;
  private final CasePhotoRepository photos;

  CasePhotoController(CaseQueries queries, CasePhotoRepository photos) {
    this.queries = queries;
    this.photos = photos;
  }

  @Operation(summary = "The photos the resident sent with the case (without their bytes)")
  @GetMapping("/api/cases/{caseNumber}/photos")
  @Transactional(readOnly = true)
  public List<CasePhotoRepository.PhotoInfo> list(
      @PathVariable String caseNumber, Authentication user) {
    ServiceCase serviceCase = queries.visibleCase(caseNumber, user);
    return photos.infoOf(serviceCase.getId());
  }

  @Operation(summary = "One photo of the case")
  @GetMapping("/api/cases/{caseNumber}/photos/{photoId}")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> photo(
      @PathVariable String caseNumber, @PathVariable long photoId, Authentication user) {
    ServiceCase serviceCase = queries.visibleCase(caseNumber, user);
    CasePhoto photo =
        photos
            .findByIdAndCaseId(photoId, serviceCase.getId())
            .orElseThrow(() -> new NotFoundException("problem.photo.none"));
    return ResidentController.image(photo);
  }
}
