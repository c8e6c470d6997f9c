package com.residentdesk.survey;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyCampaignRepository extends JpaRepository<SurveyCampaign, Long> {

  /** Whether one of the kind was proposed at the property within [since, until). */
  boolean existsByPropertyCodeAndKindAndProposedAtGreaterThanEqualAndProposedAtLessThan(
      String property, SurveyCampaign.Kind kind, java.time.Instant since, java.time.Instant until);

  List<SurveyCampaign> findByPropertyCodeInOrderByProposedAtDesc(Collection<String> properties);
}
