package com.residentdesk.system;

/** Free text cut to the column or field that holds it, so a long entry is kept, not refused. */
public final class Texts {

  private Texts() {}

  /**
   * @return the text, cut to {@code max} characters; null stays null
   */
  public static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
