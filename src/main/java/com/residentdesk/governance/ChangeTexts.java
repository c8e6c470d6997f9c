package com.residentdesk.governance;

import com.residentdesk.system.DeskFormat;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a {@link Change} for a manager in their language (messages/governance*.properties): what
 * kind of thing, its name, what about it, from what to what. Deadlines read as durations in words
 * ("1小时" rather than PT1H), flags as yes and no.
 */
@Component
class ChangeTexts {

  /** An ISO-8601 duration of days, hours, minutes and seconds (PT1H, P3D, PT30M) in a value. */
  private static final Pattern DURATION =
      Pattern.compile("\\bP(?=\\d|T\\d)(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?\\b");

  private final MessageSource messages;

  ChangeTexts(MessageSource messages) {
    this.messages = messages;
  }

  List<String> render(List<Change> changes, Locale locale) {
    return changes.stream().map(change -> render(change, locale)).toList();
  }

  String render(Change change, Locale locale) {
    String element = word("governance.element." + change.element(), change.element(), locale);
    return switch (change.type()) {
      case Change.ADDED ->
          change.after() == null
              ? text("governance.change.added", locale, element, change.subject())
              : text(
                  "governance.change.added.detail",
                  locale,
                  element,
                  change.subject(),
                  value(change.after(), locale));
      case Change.REMOVED ->
          change.before() == null
              ? text("governance.change.removed", locale, element, change.subject())
              : text(
                  "governance.change.removed.detail",
                  locale,
                  element,
                  change.subject(),
                  value(change.before(), locale));
      case Change.RENAMED ->
          text("governance.change.renamed", locale, element, change.before(), change.after());
      case Change.CHANGED ->
          text(
              "governance.change.changed",
              locale,
              element,
              change.subject(),
              word("governance.aspect." + change.aspect(), change.aspect(), locale),
              value(change.before(), locale),
              value(change.after(), locale));
      default -> text("governance.change.other", locale, element, change.subject());
    };
  }

  /** A value as staff read it: a duration in words, a flag as yes or no, nothing as "(none)". */
  String value(String raw, Locale locale) {
    if (raw == null) {
      return text("governance.value.none", locale);
    }
    if ("true".equals(raw) || "false".equals(raw)) {
      return text("true".equals(raw) ? "governance.change.yes" : "governance.change.no", locale);
    }
    return DURATION.matcher(raw).replaceAll(match -> duration(match.group(), locale));
  }

  private static String duration(String iso, Locale locale) {
    try {
      return Matcher.quoteReplacement(DeskFormat.duration(Duration.parse(iso), locale));
    } catch (DateTimeParseException notADuration) {
      return Matcher.quoteReplacement(iso);
    }
  }

  private String word(String code, String fallback, Locale locale) {
    return messages.getMessage(code, null, fallback, locale);
  }

  private String text(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }
}
