package com.residentdesk.specialservice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueRepository extends JpaRepository<CatalogueEntry, Long> {

  Optional<CatalogueEntry> findByScopeAndCode(String scope, String code);

  List<CatalogueEntry> findByScopeInOrderByCode(Collection<String> scopes);
}
