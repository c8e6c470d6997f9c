package com.residentdesk.household;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdRepository extends JpaRepository<Household, Long> {

  Optional<Household> findByUnit(String unit);
}
