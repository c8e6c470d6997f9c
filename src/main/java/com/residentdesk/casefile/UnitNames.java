package com.residentdesk.casefile;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units as residents and clerks say them ("1栋502室", "一栋五零二", "1号楼2单元502", "1-502") and as the
 * household register keeps them ("1-0502": building, hyphen, room of four digits). The entrance
 * (单元) is spoken but not part of the register's name: a room number is unique in its building.
 */
public final class UnitNames {

  private static final String DIGITS = "零〇一二两三四五六七八九";
  private static final Pattern SPOKEN =
      Pattern.compile(
          "^(?:(?<building>[0-9A-Za-z"
              + DIGITS
              + "十]{1,4})\\s*(?:栋|幢|座|号楼|楼|-|－|—|/|\\s)\\s*)?"
              + "(?:(?<entrance>[0-9"
              + DIGITS
              + "十]{1,2})\\s*单元\\s*)?"
              + "(?<room>[0-9"
              + DIGITS
              + "]{1,5})\\s*(?:室|号|房)?$");

  private UnitNames() {}

  /** A unit as the register names it, or empty when the text does not name a room at all. */
  public static Optional<Spoken> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SPOKEN.matcher(text.strip().replace('　', ' '));
    if (!m.matches()) {
      return Optional.empty();
    }
    String building = m.group("building") == null ? null : number(m.group("building"));
    String room = digits(m.group("room"));
    if (room.length() > 4 && room.startsWith("0")) {
      room = room.substring(room.length() - 4);
    }
    if (room.length() > 4 || Integer.parseInt(room) == 0) {
      return Optional.empty();
    }
    return Optional.of(new Spoken(building, "0".repeat(4 - room.length()) + room));
  }

  /** The register's name "1-0502" as staff say it: "1栋502室". */
  public static String spoken(String registered) {
    if (registered == null) {
      return "";
    }
    int hyphen = registered.indexOf('-');
    if (hyphen < 1 || !registered.substring(hyphen + 1).matches("[0-9]{1,5}")) {
      return registered;
    }
    String room = registered.substring(hyphen + 1).replaceFirst("^0+(?=.)", "");
    return registered.substring(0, hyphen) + "栋" + room + "室";
  }

  /**
   * A unit as spoken: the building when it was said, and the room as the register writes it.
   *
   * @param building null when only a room was said ("502室")
   */
  public record Spoken(String building, String room) {

    /** The register's name when the building was said. */
    public Optional<String> registered() {
      return building == null ? Optional.empty() : Optional.of(building + "-" + room);
    }

    /** Whether a register name ("1-0502") is this room in the building said (or in any). */
    public boolean fits(String registered) {
      return registered.endsWith("-" + room)
          && (building == null || registered.equals(building + "-" + room));
    }

    /** The candidates of the register this may mean. */
    public List<String> candidates(List<String> units) {
      return units.stream().filter(this::fits).sorted().toList();
    }
  }

  private static String number(String text) {
    if (text.matches("[0-9A-Za-z]+")) {
      return text.replaceFirst("^0+(?=.)", "").toUpperCase();
    }
    if (text.contains("十")) {
      int ten = text.indexOf('十');
      int tens = ten == 0 ? 1 : digitValue(text.charAt(0));
      int ones = ten == text.length() - 1 ? 0 : digitValue(text.charAt(ten + 1));
      return Integer.toString(tens * 10 + ones);
    }
    return digits(text).replaceFirst("^0+(?=.)", "");
  }

  private static String digits(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(Character.isDigit(c) ? Character.getNumericValue(c) : digitValue(c));
    }
    return out.toString();
  }

  private static int digitValue(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> Character.getNumericValue(c);
    };
  }
}
