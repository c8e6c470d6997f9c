package com.residentdesk.survey;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OwnersForumRepository extends JpaRepository<OwnersForum, Long> {

  List<OwnersForum> findByPropertyCodeInOrderByHeldAtDesc(Collection<String> properties);
}
