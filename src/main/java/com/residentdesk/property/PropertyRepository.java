package com.residentdesk.property;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PropertyRepository extends JpaRepository<Property, String> {

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select p from Property p order by p.code")
  List<Property> findAllByOrderByCodeAsc();
}
