package com.residentdesk.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of what the desk answers (problem bodies, the auditor page's exports): Chinese
 * first, English available, as in the Camunda webapps.
 *
 * <ol>
 *   <li>{@code ?lang=zh-CN} or {@code ?lang=en} on a GET: our pages put it on download links, which
 *       cannot carry a header, so a file comes in the language the page shows;
 *   <li>the first of Chinese or English in {@code Accept-Language}, by preference;
 *   <li>Chinese when the header names neither (a browser set to another language);
 *   <li>English when there is no header at all: scripts and channel integrations send none, and
 *       their developers read the problem bodies in the log.
 * </ol>
 */
@Component("localeResolver")
public class DeskLocaleResolver implements LocaleResolver {

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if ("GET".equals(request.getMethod())) {
      Locale chosen = supported(request.getParameter("lang"));
      if (chosen != null) {
        return chosen;
      }
    }
    String header = request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return ENGLISH;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        Locale chosen = supported(range.getRange());
        if (chosen != null) {
          return chosen;
        }
      }
    } catch (IllegalArgumentException malformed) {
      // a garbled header is a browser's, not a script's
    }
    return CHINESE;
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException(
        "The language follows the request (lang parameter or Accept-Language)");
  }

  /** Chinese or English for a language tag or range, or null for any other language. */
  static Locale supported(String tag) {
    if (tag == null) {
      return null;
    }
    String language = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return switch (language) {
      case "zh" -> CHINESE;
      case "en" -> ENGLISH;
      default -> null;
    };
  }
}
