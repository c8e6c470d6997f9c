package com.residentdesk.casefile;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResidentLinkRepository extends JpaRepository<ResidentLink, String> {}
