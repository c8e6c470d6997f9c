package com.residentdesk.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureReviewRepository extends JpaRepository<ProcedureReview, Long> {

  List<ProcedureReview> findAllByOrderByOpenedAtDescIdDesc();

  List<ProcedureReview> findByProcedureRefOrderByOpenedAtDescIdDesc(String procedureRef);
}
