package com.residentdesk.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select c from Complaint c where c.caseId = ?1")
  Optional<Complaint> findByCaseId(Long caseId);

  List<Complaint> findByCaseIdIn(List<Long> caseIds);
}
