package com.residentdesk.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CasePhotoRepository extends JpaRepository<CasePhoto, Long> {

  /** What a case's photos are, without their bytes. */
  record PhotoInfo(Long id, String contentType, int sizeBytes, Instant uploadedAt) {}

  @Query(
      "select new com.residentdesk.casefile.CasePhotoRepository$PhotoInfo("
          + "p.id, p.contentType, p.sizeBytes, p.uploadedAt)"
          + " from CasePhoto p where p.caseId = ?1 order by p.id")
  List<PhotoInfo> infoOf(Long caseId);

  Optional<CasePhoto> findByIdAndCaseId(Long id, Long caseId);
}
