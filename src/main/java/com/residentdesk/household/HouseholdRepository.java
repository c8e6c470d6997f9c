package com.residentdesk.household;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

  /** A unit is named per property: "1-0502" exists in several estates. */
  Optional<Household> findByPropertyCodeAndUnit(String propertyCode, String unit);

  long countByPropertyCode(String propertyCode);
}
