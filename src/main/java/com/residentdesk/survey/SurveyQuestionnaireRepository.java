package com.residentdesk.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyQuestionnaireRepository extends JpaRepository<SurveyQuestionnaire, Long> {

  Optional<SurveyQuestionnaire> findByTokenHash(String tokenHash);

  List<SurveyQuestionnaire> findByCampaignIdOrderById(Long campaignId);
}
