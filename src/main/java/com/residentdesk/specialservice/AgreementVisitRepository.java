package com.residentdesk.specialservice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVisitRepository extends JpaRepository<AgreementVisit, Long> {
  List<AgreementVisit> findByAgreementIdOrderByVisitedAt(Long agreementId);

  /** Visits delivered per agreement, as [agreementId, count] rows, in one query. */
  @org.springframework.data.jpa.repository.Query(
      "select v.agreementId, count(v) from AgreementVisit v where v.agreementId in :ids"
          + " group by v.agreementId")
  List<Object[]> countByAgreementIds(java.util.Collection<Long> ids);
}
