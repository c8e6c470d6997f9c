package com.residentdesk.governance;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GovernedProcedureRepository extends JpaRepository<GovernedProcedure, Long> {

  // a JPQL string: Hibernate translates it once, a derived query's criteria on every call
  @Query("select p from GovernedProcedure p where p.procedureRef = ?1")
  Optional<GovernedProcedure> findByProcedureRef(String procedureRef);

  List<GovernedProcedure> findAllByOrderByProcedureRef();

  /** The row, locked until the transaction ends: one node at a time schedules its review. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from GovernedProcedure p where p.procedureRef = :ref")
  Optional<GovernedProcedure> lockByProcedureRef(@Param("ref") String procedureRef);
}
