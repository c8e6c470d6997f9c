package com.residentdesk.casefile;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ServiceCaseRepository
    extends JpaRepository<ServiceCase, Long>, JpaSpecificationExecutor<ServiceCase> {

  Optional<ServiceCase> findByCaseNumber(String caseNumber);

  /** The case number alone, for a log line (no resident data loaded). */
  @Query("select c.caseNumber from ServiceCase c where c.id = :id")
  Optional<String> findCaseNumberById(Long id);
}
