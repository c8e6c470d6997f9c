package com.residentdesk.casefile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * The English of a Chinese text staff read on a form or as a task's name ("处理人" → "Handler"), from
 * the catalogue Tasklist applies to our forms for an English browser ({@value #CATALOGUE}, see
 * desk-form-language.js). The case block's English version names steps and fields with it.
 */
public final class FormEnglish {

  /** On the class path and served to Tasklist next to the script that reads it. */
  public static final String CATALOGUE =
      "META-INF/resources/webjars/camunda/app/tasklist/scripts/desk-form-english.json";

  private static volatile Map<String, String> english;

  private FormEnglish() {}

  /** The English entry of {@code chinese}, else the text as it is. */
  public static String of(String chinese) {
    return chinese == null ? null : all().getOrDefault(chinese, chinese);
  }

  /** Every entry, Chinese to English. */
  public static Map<String, String> all() {
    Map<String, String> loaded = english;
    if (loaded == null) {
      try (InputStream in = new ClassPathResource(CATALOGUE).getInputStream()) {
        loaded =
            Map.copyOf(
                new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      english = loaded;
    }
    return loaded;
  }
}
