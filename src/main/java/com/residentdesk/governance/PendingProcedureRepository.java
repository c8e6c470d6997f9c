package com.residentdesk.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PendingProcedureRepository extends JpaRepository<PendingProcedure, String> {

  List<PendingProcedure> findByChangeId(Long changeId);
}
