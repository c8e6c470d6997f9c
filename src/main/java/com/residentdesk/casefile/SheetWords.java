package com.residentdesk.casefile;

import com.residentdesk.system.DeskLocaleResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A handling-sheet line in the reader's language. A step records its entries under the English
 * labels of its {@link TaskStep} ("Front desk note: …") and its title as the model names the task
 * (Chinese): a Chinese reader gets the labels the step's form shows ("备注：…", yes/no as 是/否), an
 * English reader the task's English name from the form catalogue ({@link FormEnglish}). A line of a
 * step without a form stays as it was written.
 */
@Component
public class SheetWords {

  private final ObjectProvider<TaskStep> steps;

  SheetWords(ObjectProvider<TaskStep> steps) {
    this.steps = steps;
  }

  /** The line's title: the task's name, in English for an English reader. */
  public String title(String title, Locale locale) {
    return chinese(locale) ? title : FormEnglish.of(title);
  }

  /** The line's entries, one after the other. */
  public String details(String step, String details, Locale locale) {
    if (details == null) {
      return null;
    }
    boolean chinese = chinese(locale);
    String separator = chinese ? "；" : "; ";
    String form = FormLabels.formOf(step).orElse(null);
    if (form == null) {
      return details.replace("\n", separator);
    }
    Map<String, String> labels = new HashMap<>();
    steps
        .orderedStream()
        .filter(s -> s.taskKeys().contains(step))
        .flatMap(s -> s.fields().stream())
        .forEach(
            field ->
                FormLabels.of(form, field.name())
                    .ifPresent(label -> labels.put(field.label(), label)));
    List<String> lines = new ArrayList<>();
    for (String line : details.split("\n")) {
      int colon = line.indexOf(": ");
      String label = colon < 0 ? null : labels.get(line.substring(0, colon));
      if (label == null) {
        lines.add(line);
        continue;
      }
      String value = line.substring(colon + 2);
      if (chinese) {
        lines.add(label + "：" + ("true".equals(value) ? "是" : "false".equals(value) ? "否" : value));
      } else {
        lines.add(
            line.substring(0, colon)
                + ": "
                + ("true".equals(value) ? "yes" : "false".equals(value) ? "no" : value));
      }
    }
    return String.join(separator, lines);
  }

  private static boolean chinese(Locale locale) {
    return DeskLocaleResolver.CHINESE.getLanguage().equals(locale.getLanguage());
  }
}
