package com.residentdesk.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

  Optional<Complaint> findByCaseId(Long caseId);

  List<Complaint> findByCaseIdIn(List<Long> caseIds);
}
