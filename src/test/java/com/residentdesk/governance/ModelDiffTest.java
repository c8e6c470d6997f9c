package com.residentdesk.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * GOV-01: what the centre manager reads is computed from the two versions of a file, in words:
 * steps added, removed, renamed or given to another group; decision table rows changed cell by cell
 * under their column's label, durations in words; form fields added and changed.
 */
@Tag("fast")
class ModelDiffTest {

  private static final ChangeTexts TEXTS = new ChangeTexts(messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages/governance");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static String shipped(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModelFile file(String name, String content) {
    try {
      return ModelFile.read(name, content.getBytes(StandardCharsets.UTF_8));
    } catch (ModelFile.Unreadable e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> words(String name, String before, String after, Locale locale) {
    return TEXTS.render(ModelDiff.between(file(name, before), file(name, after)), locale);
  }

  @Test
  void aDeadlineChangedInTheTriageTableReadsAsTheRowTheColumnAndTheDurations_GOV01() {
    String triage = shipped("processes/triage/triage.dmn");
    String changed =
        triage.replaceFirst(
            "(<outputEntry id=\"LiteralExpression_Lockout_DispatchWithin\">\\s*<text>)\"PT1H\"",
            "$1\"PT30M\"");

    List<Change> changes =
        ModelDiff.between(file("triage.dmn", triage), file("triage.dmn", changed));

    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).subject()).contains("lockout");
    assertThat(TEXTS.render(changes.get(0), Locale.SIMPLIFIED_CHINESE))
        .contains("规则行")
        .endsWith("1小时 → 30分");
    assertThat(TEXTS.render(changes.get(0), Locale.ENGLISH)).endsWith("1 h → 30 min");
  }

  @Test
  void rowsAddedAndRemovedShowTheirConditionsAndResults_GOV01() {
    String triage = shipped("processes/triage/triage.dmn");
    String withoutLockout = triage.replaceFirst("(?s)<rule id=\"Rule_Lockout\">.*?</rule>\\s*", "");

    List<String> removed = words("triage.dmn", triage, withoutLockout, Locale.SIMPLIFIED_CHINESE);

    assertThat(removed).singleElement().asString().startsWith("删除规则行").contains("lockout");
    assertThat(words("triage.dmn", withoutLockout, triage, Locale.ENGLISH))
        .singleElement()
        .asString()
        .startsWith("Added row")
        .contains("1 h");
  }

  @Test
  void stepsRenamedRegroupedAndAddedReadInWords_GOV01() {
    String model = shipped("processes/inquiry/unified-answer.bpmn");
    String changed =
        model
            .replaceFirst(
                "(<bpmn:userTask id=\"Task_ApproveUnifiedAnswer\" name=\")[^\"]*\"",
                "$1审批统一口径（新）\"")
            .replace(
                "camunda:candidateGroups=\"cs-head\"",
                "camunda:candidateGroups=\"centre-manager\"");

    List<String> changes = words("unified-answer.bpmn", model, changed, Locale.SIMPLIFIED_CHINESE);

    assertThat(changes)
        .anySatisfy(text -> assertThat(text).startsWith("任务「").contains("改名为「审批统一口径（新）」"))
        .anySatisfy(text -> assertThat(text).contains("的处理组：cs-head → centre-manager"));
  }

  @Test
  void formFieldsChangedAndAddedReadInWords_GOV01() {
    String form = shipped("forms/inquiry/unified-answer.form");
    String changed =
        form.replaceFirst("(\"key\": \"answerText\",\\s*\"label\": \")[^\"]*\"", "$1统一口径全文\"");

    assertThat(words("unified-answer.form", form, changed, Locale.SIMPLIFIED_CHINESE))
        .singleElement()
        .asString()
        .startsWith("表单字段「统一口径全文」的标签：");
  }

  @Test
  void aChangeOfLayoutOnlyIsStillAChange_GOV01() {
    String model = shipped("processes/inquiry/unified-answer.bpmn");
    String moved = model.replace("<dc:Bounds x=\"260\" y=\"80\"", "<dc:Bounds x=\"270\" y=\"80\"");

    assertThat(words("unified-answer.bpmn", model, moved, Locale.SIMPLIFIED_CHINESE))
        .singleElement()
        .asString()
        .contains("其他改动");
  }
}
