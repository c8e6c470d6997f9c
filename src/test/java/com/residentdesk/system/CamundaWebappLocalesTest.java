package com.residentdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese translations of the Camunda webapps (issue 13) against the English files inside the
 * camunda-webapp-webjar on the classpath: every key the 7.24 webapps use is translated, no key is
 * invented, and every placeholder, HTML tag and format token survives the translation. A Camunda
 * upgrade that adds keys fails here until they are translated.
 */
class CamundaWebappLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {{name}}, {{ name }}, {} and %s / %d: angular-translate's and moment's substitutions. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}|\\{}|%[sd]");

  /** Markup the webapps render as HTML (not "<null>" or "<version>", which are shown as text). */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(?:a|br|strong|em|b|i|span|code|p)\\b[^>]*>|&[a-z]+;");

  /** Our own keys (the Welcome page's links to the desk's pages), in both of our files. */
  private static final String DESK_PREFIX = "labels.DESK_";

  /** English values that are right in Chinese too: names, codes, symbols and date formats. */
  private static final Set<String> SAME_IN_CHINESE =
      Set.of(
          "Camunda",
          "CSV",
          "JSON",
          "ID",
          "ID*",
          "Optimize",
          "requestPayload",
          "YYYY-MM-DDTHH:mm:ss",
          "HH:mm",
          "L",
          "<",
          "<=",
          ">",
          ">=",
          "");

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void everyKeyOfTheWebjarIsTranslatedWithItsPlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(webjarFile(app, "en.json"));
    Map<String, String> chinese = flatten(ourFile(app, "zh.json"));

    assertThat(withoutDeskKeys(chinese.keySet()))
        .as("keys of our %s zh.json", app)
        .containsExactlyInAnyOrderElementsOf(english.keySet());

    List<String> problems = new ArrayList<>();
    english.forEach(
        (key, en) -> {
          String zh = chinese.get(key);
          if (!tokens(PLACEHOLDER, en).equals(tokens(PLACEHOLDER, zh))) {
            problems.add(key + ": placeholders " + tokens(PLACEHOLDER, en) + " -> " + zh);
          }
          if (!tokens(HTML_TAG, en).equals(tokens(HTML_TAG, zh))) {
            problems.add(key + ": markup " + tokens(HTML_TAG, en) + " -> " + zh);
          }
          if (!key.startsWith("dateLocales.week.")
              && zh.equals(en)
              && !SAME_IN_CHINESE.contains(en)) {
            problems.add(key + ": not translated: " + en);
          }
        });
    assertThat(problems).as("translation problems in %s zh.json", app).isEmpty();
  }

  @Test
  void theDesksOwnKeysAreInBothLanguagesAndTheEnglishWelcomeFileKeepsCamundasTexts()
      throws IOException {
    Map<String, String> webjar = flatten(webjarFile("welcome", "en.json"));
    Map<String, String> english = flatten(ourFile("welcome", "en.json"));
    Map<String, String> chinese = flatten(ourFile("welcome", "zh.json"));

    webjar.forEach(
        (key, value) -> assertThat(english).as("our welcome en.json").containsEntry(key, value));
    Set<String> deskKeys = new TreeSet<>(english.keySet());
    deskKeys.removeAll(webjar.keySet());
    assertThat(deskKeys).isNotEmpty().allMatch(key -> key.startsWith(DESK_PREFIX));
    assertThat(chinese.keySet()).containsAll(deskKeys);
  }

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void chineseIsOfferedFirstAndIsTheFallback(String app) throws IOException {
    assertThat(text(ourResource(app, "scripts/config.js")))
        .contains("import { deskConfig")
        .contains("from '../../common/desk-config.js';")
        .contains("deskConfig(");
    assertThat(text(shared("desk-config.js")).replaceAll("\\s+", ""))
        .contains("availableLocales:['zh','en']")
        // English only for an English browser (desk-config.js: english), else Chinese
        .contains("fallbackLocale:english?'en':'zh'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"welcome", "tasklist", "cockpit", "admin"})
  void theMigrationBannerIsHidden(String app) throws IOException {
    assertThat(text(ourResource(app, "styles/user-styles.css")))
        .contains("@import url('../../common/desk.css');");
    assertThat(text(shared("desk.css")).replaceAll("\\s+", ""))
        .contains("[cam-widget-header].ce-eol-banner{display:none!important;}");
  }

  @Test
  void tasklistIndexIsTheWebjarsExceptThatCreateTaskIsExcluded() throws IOException {
    String webjar = text(webjarResource("tasklist", "index.html"));
    String ours = text(ourResource("tasklist", "index.html"));

    String withoutOurComment = ours.replaceFirst("(?s)\\s*<!-- Resident Service Desk:.*?-->", "");
    assertThat(withoutOurComment)
        .isEqualTo(
            webjar.replace(
                "app-name=\"tasklist\"/>",
                "app-name=\"tasklist\"\n"
                    + "        cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"/>"));
    // the starter reads index.html in the platform charset
    assertThat(ours.chars().allMatch(c -> c < 128)).as("index.html is ASCII").isTrue();
  }

  /** A file of app/common, which the four webapps share. */
  private static URL shared(String file) {
    URL url = CamundaWebappLocalesTest.class.getClassLoader().getResource(APP + "common/" + file);
    assertThat(url).as("common/" + file).isNotNull();
    return url;
  }

  private static Set<String> withoutDeskKeys(Set<String> keys) {
    Set<String> result = new TreeSet<>(keys);
    result.removeIf(key -> key.startsWith(DESK_PREFIX));
    return result;
  }

  private static List<String> tokens(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      boolean named = matcher.groupCount() > 0 && matcher.group(1) != null;
      found.add(named ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new LinkedHashMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix + e.getKey() + ".", e.getValue(), into));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + i + ".", node.get(i), into);
      }
    } else {
      into.put(prefix.substring(0, prefix.length() - 1), node.asText());
    }
  }

  private static JsonNode webjarFile(String app, String file) throws IOException {
    return JSON.readTree(withoutBom(text(webjarResource(app, "locales/" + file))));
  }

  private static JsonNode ourFile(String app, String file) throws IOException {
    return JSON.readTree(withoutBom(text(ourResource(app, "locales/" + file))));
  }

  /** The copy inside camunda-webapp-webjar, even where ours overrides it on the classpath. */
  private static URL webjarResource(String app, String path) throws IOException {
    for (URL url :
        Collections.list(
            CamundaWebappLocalesTest.class.getClassLoader().getResources(APP + app + "/" + path))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("no " + path + " of " + app + " in the camunda-webapp-webjar");
  }

  private static URL ourResource(String app, String path) throws IOException {
    for (URL url :
        Collections.list(
            CamundaWebappLocalesTest.class.getClassLoader().getResources(APP + app + "/" + path))) {
      if (!url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("we do not override " + path + " of " + app);
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
