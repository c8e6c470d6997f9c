package com.residentdesk.reports;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonthlyEvaluationRepository extends JpaRepository<MonthlyEvaluation, Long> {

  Optional<MonthlyEvaluation> findByPropertyCodeAndEvaluatedMonth(String property, String month);

  List<MonthlyEvaluation> findByPropertyCodeInOrderByEvaluatedMonthDescPropertyCodeAsc(
      List<String> properties);
}
