package com.residentdesk.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpecialServiceSupervisionRepository
    extends JpaRepository<SpecialServiceSupervision, Long> {

  Optional<SpecialServiceSupervision> findByPropertyCodeAndPeriod(String property, String period);

  List<SpecialServiceSupervision> findByPropertyCodeInOrderByPeriodDesc(Collection<String> codes);
}
