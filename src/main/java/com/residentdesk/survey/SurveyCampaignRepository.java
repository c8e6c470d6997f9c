package com.residentdesk.survey;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyCampaignRepository extends JpaRepository<SurveyCampaign, Long> {

  boolean existsByPropertyCodeAndKindAndProposedAtGreaterThanEqual(
      String property, SurveyCampaign.Kind kind, java.time.Instant since);

  List<SurveyCampaign> findByPropertyCodeInOrderByProposedAtDesc(Collection<String> properties);
}
