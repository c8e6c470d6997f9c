package com.residentdesk.casefile;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ServiceCaseRepository
    extends JpaRepository<ServiceCase, Long>, JpaSpecificationExecutor<ServiceCase> {

  Optional<ServiceCase> findByCaseNumber(String caseNumber);
}
