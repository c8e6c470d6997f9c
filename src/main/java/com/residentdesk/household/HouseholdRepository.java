package com.residentdesk.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

  /** A unit is named per property: "1-0502" exists in several estates. */
  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select h from Household h where h.propertyCode = ?1 and h.unit = ?2")
  Optional<Household> findByPropertyCodeAndUnit(String propertyCode, String unit);

  /** The units of a property's register, for a unit said without its building. */
  @Query("select h.unit from Household h where h.propertyCode = ?1")
  List<String> unitsOf(String propertyCode);

  /** The property's register in unit order (QA-04: the survey's sample is drawn from it). */
  List<Household> findByPropertyCodeOrderByUnit(String propertyCode);

  long countByPropertyCode(String propertyCode);
}
