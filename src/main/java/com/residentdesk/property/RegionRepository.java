package com.residentdesk.property;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

  List<Region> findByPropertyCodeOrderByNameAsc(String propertyCode);

  long countByPropertyCode(String propertyCode);
}
