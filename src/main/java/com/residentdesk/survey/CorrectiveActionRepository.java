package com.residentdesk.survey;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

  List<CorrectiveAction> findBySourceAndSourceIdOrderById(
      CorrectiveAction.Source source, Long sourceId);

  List<CorrectiveAction> findByPropertyCodeInOrderByRaisedAtDesc(Collection<String> properties);
}
