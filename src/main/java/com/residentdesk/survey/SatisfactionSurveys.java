package com.residentdesk.survey;

import com.residentdesk.casefile.CaseVariables;
import com.residentdesk.casefile.ResidentLinks;
import com.residentdesk.casefile.ResidentPageSettings;
import com.residentdesk.household.Household;
import com.residentdesk.household.HouseholdRepository;
import com.residentdesk.notification.MessagePurpose;
import com.residentdesk.notification.Outbox;
import com.residentdesk.property.PropertyDirectory;
import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskFormat;
import com.residentdesk.system.InvalidEntryException;
import com.residentdesk.system.InvalidFieldException;
import com.residentdesk.system.NotFoundException;
import com.residentdesk.system.UnprocessableException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction survey campaigns (QA-02..QA-06): proposes one, records its plan and approvals, sends
 * the questionnaires (a link per household, by e-mail or text message), takes the answers (through
 * the link or entered by staff) and counts the results. Exposed to the models as {@code
 * satisfactionSurveys}.
 */
@Service("satisfactionSurveys")
public class SatisfactionSurveys {

  /** One service's result (QA-05): answers, satisfied answers, their share, below target or not. */
  public record ServiceResult(
      String code, String zh, String en, int answers, int satisfied, Double rate, boolean below) {}

  /** A campaign as the dashboard and the report show it. */
  public record Results(
      long id,
      String property,
      String kind,
      String status,
      String purpose,
      int sent,
      int answered,
      Double returnRate,
      boolean lowReturn,
      Instant opensAt,
      Instant closesAt,
      List<ServiceResult> services,
      Double overall,
      List<String> opinions,
      String commonOpinions,
      String report) {}

  /** What a resident's link shows: nothing about the household or any other. */
  public record QuestionnaireView(
      String property,
      String purpose,
      List<SurveyServices.Service> services,
      Instant closesAt,
      boolean answered) {}

  private final SurveyCampaignRepository campaigns;
  private final SurveyQuestionnaireRepository questionnaires;
  private final HouseholdRepository households;
  private final PropertyDirectory directory;
  private final RuntimeService runtime;
  private final Outbox outbox;
  private final ResidentPageSettings page;
  private final DeskClock clock;
  private final List<String> approvalChain;
  private final int samplePercent;
  private final int windowDays;
  private final double minReturnRate;
  private final double targetSatisfaction;
  private final int keepYears;

  public SatisfactionSurveys(
      SurveyCampaignRepository campaigns,
      SurveyQuestionnaireRepository questionnaires,
      HouseholdRepository households,
      PropertyDirectory directory,
      RuntimeService runtime,
      Outbox outbox,
      ResidentPageSettings page,
      DeskClock clock,
      @Value("${desk.surveys.plan-approval-chain:cs-head,centre-manager}")
          List<String> approvalChain,
      @Value("${desk.surveys.sample-percent:98}") int samplePercent,
      @Value("${desk.surveys.window-days:14}") int windowDays,
      @Value("${desk.surveys.min-return-rate:0.30}") double minReturnRate,
      @Value("${desk.surveys.target-satisfaction:0.95}") double targetSatisfaction,
      @Value("${desk.reports.keep-years:2}") int keepYears) {
    this.campaigns = campaigns;
    this.questionnaires = questionnaires;
    this.households = households;
    this.directory = directory;
    this.runtime = runtime;
    this.outbox = outbox;
    this.page = page;
    this.clock = clock;
    this.approvalChain = List.copyOf(approvalChain);
    this.samplePercent = samplePercent;
    this.windowDays = windowDays;
    this.minReturnRate = minReturnRate;
    this.targetSatisfaction = targetSatisfaction;
    this.keepYears = keepYears;
  }

  /**
   * QA-02/QA-03: a campaign is proposed (by staff, or by the quarterly timer for the help services)
   * and its process starts with the draft of the plan. Returns the campaign's id.
   */
  @Transactional
  public long propose(String property, SurveyCampaign.Kind kind, String by) {
    directory.get(property);
    List<String> services =
        kind == SurveyCampaign.Kind.HELP_SERVICE
            ? SurveyServices.HELP_SERVICE
            : SurveyServices.codes();
    String purpose = kind == SurveyCampaign.Kind.HELP_SERVICE ? "季度求助服务满意度调查" : "业主满意度调查";
    SurveyCampaign campaign =
        campaigns.save(
            new SurveyCampaign(
                property, kind, purpose, services, samplePercent, windowDays, by, clock.now()));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CaseVariables.PROPERTY.name(), property);
    variables.put(SatisfactionSurveyProcess.Var.SURVEY_ID.name(), campaign.getId());
    variables.put(SatisfactionSurveyProcess.Var.APPROVAL_CHAIN, new ArrayList<>(approvalChain));
    runtime.startProcessInstanceByKey(
        SatisfactionSurveyProcess.KEY,
        SatisfactionSurveyProcess.businessKey(campaign.getId()),
        variables);
    return campaign.getId();
  }

  /** The approval chain the process walks (QA-03), as configured. */
  public List<String> approvalChain() {
    return approvalChain;
  }

  /** The plan as drafted (QA-03): checked, then it goes to the approval chain. */
  @Transactional
  public void plan(
      long id,
      String purpose,
      List<String> services,
      String targetUnits,
      int percent,
      LocalDate opensOn,
      int days,
      String staff) {
    SurveyCampaign campaign = get(id);
    if (services.isEmpty()) {
      throw new InvalidEntryException(
          SatisfactionSurveyProcess.Field.SERVICES.name(),
          "请选择调查的服务 / choose the services the questionnaire asks about");
    }
    if (percent < 90 || percent > 100) {
      throw new InvalidEntryException(
          SatisfactionSurveyProcess.Field.SAMPLE_PERCENT.name(),
          "发放比例应为 90 到 100（一般 98，5 万平方米以上的项目 90）/ the share of households must be 90 to 100");
    }
    if (days < 10 || days > 15) {
      throw new InvalidEntryException(
          SatisfactionSurveyProcess.Field.WINDOW_DAYS.name(),
          "收集期应为 10 到 15 天 / the collection window must be 10 to 15 days");
    }
    LocalDate today = clock.nowIn(directory.zoneOf(campaign.getPropertyCode())).toLocalDate();
    if (opensOn.isBefore(today)) {
      throw new InvalidEntryException(
          SatisfactionSurveyProcess.Field.OPENS_ON.name(),
          "开始日期不能早于今天 / the first day cannot be in the past");
    }
    for (String unit : SurveyCampaign.units(targetUnits)) {
      if (households.findByPropertyCodeAndUnit(campaign.getPropertyCode(), unit).isEmpty()) {
        throw new InvalidEntryException(
            SatisfactionSurveyProcess.Field.TARGET_UNITS.name(),
            "房号 " + unit + " 不在本项目住户登记中 / unit " + unit + " is not in the register");
      }
    }
    campaign.plan(purpose, services, targetUnits, percent, opensOn, days, staff);
  }

  /** One approver's decision (QA-03); the last approval of the chain approves the plan. */
  @Transactional
  public void decide(long id, String group, boolean approve, String note, String by) {
    String when = DeskFormat.time(clock.now(), directory.zoneOf(get(id).getPropertyCode()));
    String line =
        when
            + " "
            + group
            + " "
            + by
            + "："
            + (approve ? "同意" : "退回")
            + (note == null || note.isBlank() ? "" : "（" + note.strip() + "）");
    boolean last = approvalChain.get(approvalChain.size() - 1).equals(group);
    get(id).approval(line, approve, last);
  }

  /** For the model: the plan's first day, 00:00 at the property. */
  public Date opensAt(Long id) {
    SurveyCampaign campaign = get(id);
    return Date.from(campaign.getOpensOn().atStartOfDay(zone(campaign)).toInstant());
  }

  /** For the model: the end of the collection window (QA-04, 10 to 15 days). */
  public Date closesAt(Long id) {
    return Date.from(get(id).getClosesAt());
  }

  /**
   * QA-04: a questionnaire to each target household (the plan's own list, or the sample of the
   * register: {@code samplePercent} of its households, rounded up), each with its own link that
   * expires when the collection window closes. Returns how many were sent.
   */
  @Transactional
  public int send(long id) {
    SurveyCampaign campaign = get(id);
    if (campaign.getStatus() != SurveyCampaign.Status.APPROVED) {
      return campaign.getSent();
    }
    ZoneId zone = zone(campaign);
    Instant closes =
        campaign.getOpensOn().plusDays(campaign.getWindowDays()).atStartOfDay(zone).toInstant();
    List<Household> targets = targets(campaign);
    String property = directory.get(campaign.getPropertyCode()).name();
    Instant now = clock.now();
    for (Household household : targets) {
      String token = ResidentLinks.newToken();
      SurveyQuestionnaire questionnaire =
          questionnaires.save(
              new SurveyQuestionnaire(id, household.getId(), ResidentLinks.hash(token), now));
      String link = page.pageUrl() + "survey.html#t=" + token;
      String until = DeskFormat.time(closes.minusSeconds(60), zone);
      boolean english = "en".equals(household.getLanguage());
      String dedupe = "survey-" + questionnaire.getId();
      if (household.getEmail() != null) {
        outbox.enqueue(
            dedupe,
            null,
            MessagePurpose.SATISFACTION_SURVEY,
            household.getEmail(),
            english ? "Satisfaction survey · " + property : "满意度调查 · " + property,
            english
                ? "Dear resident,\n\nPlease tell us how satisfied you are with our services: "
                    + link
                    + "\nThe link opens without signing in and is valid until "
                    + until
                    + ".\n\n"
                    + property
                : "尊敬的住户：\n\n请您对我们的服务进行评价：" + link + "\n无需登录，链接有效期至 " + until + "。\n\n" + property);
      } else {
        outbox.enqueueSms(
            dedupe,
            null,
            MessagePurpose.SATISFACTION_SURVEY,
            household.getPhone(),
            english
                ? property + " satisfaction survey, until " + until + ": " + link
                : property + "满意度调查，" + until + "前有效：" + link);
      }
    }
    campaign.opened(now, closes, targets.size());
    return targets.size();
  }

  /** QA-04: the households a campaign goes to. */
  List<Household> targets(SurveyCampaign campaign) {
    List<String> units = campaign.targetUnitList();
    if (!units.isEmpty()) {
      return units.stream()
          .map(u -> households.findByPropertyCodeAndUnit(campaign.getPropertyCode(), u))
          .flatMap(Optional::stream)
          .distinct()
          .toList();
    }
    List<Household> register =
        new ArrayList<>(households.findByPropertyCodeOrderByUnit(campaign.getPropertyCode()));
    int quantity = sampleSize(register.size(), campaign.getSamplePercent());
    // a fixed shuffle per campaign: the same sample when the step is retried
    Collections.shuffle(register, new Random(campaign.getId()));
    return register.subList(0, quantity);
  }

  /** QA-04: {@code percent} of the households, rounded up (98 % of 50 is 49; of 4, 4). */
  static int sampleSize(int households, int percent) {
    return (int) Math.min(households, (households * (long) percent + 99) / 100);
  }

  /**
   * QA-04: the window has closed; links opened from now on are refused (the campaign is closed). A
   * return rate below the minimum flags the campaign. Records are kept {@code keep-years} (QA-06).
   */
  @Transactional
  public Results close(long id) {
    SurveyCampaign campaign = get(id);
    if (campaign.getStatus() == SurveyCampaign.Status.COLLECTING) {
      Double rate = campaign.returnRate();
      boolean low = rate == null || rate < minReturnRate;
      LocalDate today = clock.nowIn(zone(campaign)).toLocalDate();
      campaign.closed(clock.now(), low, today.plusYears(keepYears));
    }
    return results(campaign);
  }

  /** The customer-service head's report with the common opinions (QA-05). */
  @Transactional
  public void report(long id, String commonOpinions, String report) {
    get(id).reported(commonOpinions, report);
  }

  /** QA-05: the centre manager read the report. */
  @Transactional
  public void read(long id, String note, String by) {
    get(id).read(note, by);
  }

  @Transactional(readOnly = true)
  public Results results(long id) {
    return results(get(id));
  }

  /** QA-05: the services below target, for the corrective actions. */
  @Transactional(readOnly = true)
  public List<ServiceResult> belowTarget(long id) {
    return results(id).services().stream().filter(ServiceResult::below).toList();
  }

  /** The households that rated the service unsatisfied: called back once it is corrected. */
  @Transactional(readOnly = true)
  public List<Household> unsatisfied(long id, String service) {
    List<Long> ids =
        questionnaires.findByCampaignIdOrderById(id).stream()
            .filter(q -> q.getRatings().getOrDefault(service, HIGHEST) < SATISFIED_FROM)
            .map(SurveyQuestionnaire::getHouseholdId)
            .toList();
    return households.findAllById(ids);
  }

  private static final int HIGHEST = SurveyServices.HIGHEST;
  private static final int SATISFIED_FROM = SurveyServices.SATISFIED_FROM;

  Results results(SurveyCampaign campaign) {
    List<SurveyQuestionnaire> answered =
        questionnaires.findByCampaignIdOrderById(campaign.getId()).stream()
            .filter(SurveyQuestionnaire::isAnswered)
            .toList();
    List<ServiceResult> services = new ArrayList<>();
    int all = 0;
    int allSatisfied = 0;
    for (String code : campaign.serviceCodes()) {
      SurveyServices.Service service = SurveyServices.find(code).orElseThrow();
      int answers = 0;
      int satisfied = 0;
      for (SurveyQuestionnaire q : answered) {
        Integer rating = q.getRatings().get(code);
        if (rating != null) {
          answers++;
          if (rating >= SATISFIED_FROM) {
            satisfied++;
          }
        }
      }
      all += answers;
      allSatisfied += satisfied;
      Double rate = answers == 0 ? null : (double) satisfied / answers;
      services.add(
          new ServiceResult(
              code,
              service.zh(),
              service.en(),
              answers,
              satisfied,
              rate,
              rate != null && rate < targetSatisfaction));
    }
    List<String> opinions =
        answered.stream()
            .map(SurveyQuestionnaire::getOpinion)
            .filter(o -> o != null && !o.isBlank())
            .toList();
    Instant opensAt =
        campaign.getOpensOn() == null
            ? null
            : campaign.getOpensOn().atStartOfDay(zone(campaign)).toInstant();
    return new Results(
        campaign.getId(),
        campaign.getPropertyCode(),
        campaign.getKind().name(),
        campaign.getStatus().name(),
        campaign.getPurpose(),
        campaign.getSent(),
        campaign.getAnswered(),
        campaign.returnRate(),
        campaign.isLowReturn(),
        opensAt,
        campaign.getClosesAt(),
        services,
        all == 0 ? null : (double) allSatisfied / all,
        opinions,
        campaign.getCommonOpinions(),
        campaign.getReport());
  }

  /** What the resident's link opens (QA-04); refused when unknown or expired. */
  @Transactional(readOnly = true)
  public QuestionnaireView view(String token) {
    SurveyQuestionnaire questionnaire = byToken(token);
    SurveyCampaign campaign = open(questionnaire);
    return new QuestionnaireView(
        directory.get(campaign.getPropertyCode()).name(),
        campaign.getPurpose(),
        campaign.serviceCodes().stream().map(c -> SurveyServices.find(c).orElseThrow()).toList(),
        campaign.getClosesAt(),
        questionnaire.isAnswered());
  }

  /** The resident answers through the link (QA-04): once, while the campaign collects. */
  @Transactional
  public void answerByLink(String token, Map<String, Integer> ratings, String opinion) {
    SurveyQuestionnaire questionnaire = byToken(token);
    record(
        open(questionnaire),
        questionnaire,
        ratings,
        opinion,
        SurveyQuestionnaire.Channel.LINK,
        "resident");
  }

  /** Staff enter an answer given by phone or on paper (QA-04), for a household of the campaign. */
  @Transactional
  public void answerForHousehold(
      long campaignId,
      String unit,
      SurveyQuestionnaire.Channel channel,
      Map<String, Integer> ratings,
      String opinion,
      String by) {
    SurveyCampaign campaign = get(campaignId);
    Household household =
        households
            .findByPropertyCodeAndUnit(campaign.getPropertyCode(), unit == null ? "" : unit.strip())
            .orElseThrow(() -> new InvalidFieldException("unit", "problem.survey.not-sent"));
    SurveyQuestionnaire questionnaire =
        questionnaires.findByCampaignIdOrderById(campaignId).stream()
            .filter(q -> q.getHouseholdId().equals(household.getId()))
            .findFirst()
            .orElseThrow(() -> new InvalidFieldException("unit", "problem.survey.not-sent"));
    if (campaign.getStatus() != SurveyCampaign.Status.COLLECTING) {
      throw new UnprocessableException("surveyId", "problem.survey.closed");
    }
    record(campaign, questionnaire, ratings, opinion, channel, by);
  }

  private void record(
      SurveyCampaign campaign,
      SurveyQuestionnaire questionnaire,
      Map<String, Integer> ratings,
      String opinion,
      SurveyQuestionnaire.Channel channel,
      String by) {
    if (questionnaire.isAnswered()) {
      throw new UnprocessableException("questionnaire", "problem.survey.answered");
    }
    Map<String, Integer> checked = new LinkedHashMap<>();
    for (String code : campaign.serviceCodes()) {
      Integer rating = ratings == null ? null : ratings.get(code);
      if (rating == null) {
        throw new InvalidFieldException("ratings." + code, "problem.survey.rating-missing");
      }
      if (rating < SurveyServices.LOWEST || rating > SurveyServices.HIGHEST) {
        throw new InvalidFieldException("ratings." + code, "problem.survey.rating-scale");
      }
      checked.put(code, rating);
    }
    if (ratings.size() != checked.size()) {
      String unknown =
          ratings.keySet().stream().filter(k -> !checked.containsKey(k)).findFirst().orElse("");
      throw new InvalidFieldException("ratings." + unknown, "problem.survey.service", unknown);
    }
    if (opinion != null && opinion.length() > 2000) {
      throw new InvalidFieldException("opinion", "problem.survey.opinion-length");
    }
    questionnaire.answer(
        checked,
        opinion == null || opinion.isBlank() ? null : opinion.strip(),
        channel,
        by,
        clock.now());
    campaign.answered();
  }

  private SurveyQuestionnaire byToken(String token) {
    if (!ResidentLinks.wellFormed(token)) {
      throw new SurveyLinkInvalid();
    }
    return questionnaires
        .findByTokenHash(ResidentLinks.hash(token))
        .orElseThrow(SurveyLinkInvalid::new);
  }

  /** The campaign of a link while it collects; a closed campaign's link has expired. */
  private SurveyCampaign open(SurveyQuestionnaire questionnaire) {
    SurveyCampaign campaign = get(questionnaire.getCampaignId());
    if (campaign.getStatus() != SurveyCampaign.Status.COLLECTING
        || !clock.now().isBefore(campaign.getClosesAt())) {
      throw new SurveyLinkInvalid();
    }
    return campaign;
  }

  @Transactional(readOnly = true)
  public SurveyCampaign get(long id) {
    return campaigns
        .findById(id)
        .orElseThrow(() -> new NotFoundException("problem.survey.none", id));
  }

  @Transactional(readOnly = true)
  public List<Results> of(List<String> properties) {
    return properties.isEmpty()
        ? List.of()
        : campaigns.findByPropertyCodeInOrderByProposedAtDesc(properties).stream()
            .map(this::results)
            .toList();
  }

  double targetSatisfaction() {
    return targetSatisfaction;
  }

  private ZoneId zone(SurveyCampaign campaign) {
    return directory.zoneOf(campaign.getPropertyCode());
  }

  /** The link is unknown, malformed, or its campaign no longer collects: it opens nothing. */
  public static final class SurveyLinkInvalid extends RuntimeException {
    SurveyLinkInvalid() {
      super("problem.survey.link-invalid", null, false, false);
    }
  }
}
