package com.residentdesk.specialservice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {
  Optional<Agreement> findByCaseId(Long caseId);

  List<Agreement> findByPropertyCodeInOrderByIdDesc(List<String> propertyCodes);
}
