package com.residentdesk.specialservice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueChangeRepository extends JpaRepository<CatalogueChange, Long> {

  List<CatalogueChange> findByCodeOrderByChangedAtAscIdAsc(String code);
}
