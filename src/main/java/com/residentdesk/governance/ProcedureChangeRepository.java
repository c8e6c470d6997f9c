package com.residentdesk.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProcedureChangeRepository
    extends JpaRepository<ProcedureChange, Long>, JpaSpecificationExecutor<ProcedureChange> {

  boolean existsByDeploymentId(String deploymentId);

  /** What the releases deployed at start-up, newest first, with their files. */
  @Query(
      "select distinct c from ProcedureChange c left join fetch c.files where c.origin ="
          + " com.residentdesk.governance.ProcedureChange.Origin.RELEASE order by c.proposedAt desc")
  List<ProcedureChange> releases();

  /**
   * The record, newest first, filtered by status, procedure key (a word of procedures) and time; a
   * criterion left out is not part of the query (PostgreSQL cannot type a null parameter).
   */
  default List<ProcedureChange> search(
      ProcedureChange.Status status, String procedure, Instant from, Instant to) {
    List<Specification<ProcedureChange>> criteria = new ArrayList<>();
    if (status != null) {
      criteria.add((change, query, cb) -> cb.equal(change.get("status"), status));
    }
    if (procedure != null) {
      criteria.add(
          (change, query, cb) ->
              cb.like(
                  cb.concat(cb.concat(" ", change.get("procedures")), " "),
                  "% " + procedure.replace("%", "").replace("_", "\\_") + " %",
                  '\\'));
    }
    if (from != null) {
      criteria.add((change, query, cb) -> cb.greaterThanOrEqualTo(change.get("proposedAt"), from));
    }
    if (to != null) {
      criteria.add((change, query, cb) -> cb.lessThan(change.get("proposedAt"), to));
    }
    return findAll(
        Specification.allOf(criteria),
        Sort.by(Sort.Order.desc("proposedAt"), Sort.Order.desc("id")));
  }
}
