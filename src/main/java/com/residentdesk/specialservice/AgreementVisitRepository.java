package com.residentdesk.specialservice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVisitRepository extends JpaRepository<AgreementVisit, Long> {
  List<AgreementVisit> findByAgreementIdOrderByVisitedAt(Long agreementId);
}
